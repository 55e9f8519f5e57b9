package com.edfapay.tokenmanager.desktop;

import com.edfapay.tokenmanager.api.Strings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the shapes of EdfaPay secrets in free text and masks them to their last four characters, the same
 * part every token list shows: SDK tokens (64 hexadecimal characters) and API secrets ({@code edfa_} followed by
 * 40 base62 characters). Used wherever text leaves the app's memory (the activity log, the log file, diagnostics).
 * It knows no particular secret; the API client's scrubber removes the ones a session knows.
 */
public final class TokenShapes {

    private static final Pattern SHAPES = Pattern.compile(
            "(?<![0-9A-Za-z])(?:edfa_[0-9A-Za-z]{40}|[0-9A-Fa-f]{64})(?![0-9A-Za-z])");

    private TokenShapes() {
    }

    /** True if the text holds something shaped like an EdfaPay token. */
    public static boolean containsToken(CharSequence text) {
        return SHAPES.matcher(text).find();
    }

    /** The text with every token-shaped part replaced by {@code [redacted …last4]}. */
    public static String redact(String text) {
        Matcher matcher = SHAPES.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String token = matcher.group();
            matcher.appendReplacement(out,
                    Matcher.quoteReplacement("[redacted \u2026" + Strings.last4(token) + "]"));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
