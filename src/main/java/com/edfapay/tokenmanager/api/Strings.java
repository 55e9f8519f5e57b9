package com.edfapay.tokenmanager.api;

import org.jspecify.annotations.Nullable;

/**
 * The small text helpers the client, the desktop services and the screens all need, written once. (The sandbox keeps
 * its own: it is a separate program that must not import the client, docs/decisions/0004.)
 */
public final class Strings {

    /** How many characters of a secret every list, mask and log line shows. */
    public static final int LAST_SHOWN = 4;

    private Strings() {
    }

    /** The trimmed text, or null when it is null, empty or only white space (an optional filter left empty). */
    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The text, or "" for null (an optional field shown in a table cell). */
    public static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The last {@value #LAST_SHOWN} characters of the text (all of it when it is shorter). */
    public static String last4(String text) {
        return text.substring(Math.max(0, text.length() - LAST_SHOWN));
    }
}
