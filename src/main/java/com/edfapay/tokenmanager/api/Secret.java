package com.edfapay.tokenmanager.api;

import java.util.Arrays;

/**
 * A secret shown once (a freshly generated API token). Holds a {@code char[]} that {@link #wipe()} overwrites.
 * {@link #toString()} is masked; {@code equals} is identity, never by content.
 */
public final class Secret {

    private final char[] chars;
    private volatile boolean wiped;

    /** Copies {@code value}; the caller may wipe its own array afterwards. */
    public Secret(char[] value) {
        if (value == null) {
            throw new IllegalArgumentException("secret value is required");
        }
        this.chars = value.clone();
    }

    public static Secret of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("secret value is required");
        }
        return new Secret(value.toCharArray());
    }

    /** The secret in clear. Keep the returned string as briefly as possible. */
    public synchronized String reveal() {
        if (wiped) {
            throw new IllegalStateException("The secret has been wiped from memory.");
        }
        return new String(chars);
    }

    /** A copy of the characters, for callers that wipe their copy themselves. */
    public synchronized char[] toCharArray() {
        if (wiped) {
            throw new IllegalStateException("The secret has been wiped from memory.");
        }
        return chars.clone();
    }

    /** The last 4 characters (fewer if the secret is shorter); "" once wiped. */
    public synchronized String last4() {
        if (wiped) {
            return "";
        }
        int from = Math.max(0, chars.length - Strings.LAST_SHOWN);
        return new String(chars, from, chars.length - from);
    }

    public synchronized int length() {
        return wiped ? 0 : chars.length;
    }

    public synchronized void wipe() {
        Arrays.fill(chars, '\0');
        wiped = true;
    }

    public boolean isWiped() {
        return wiped;
    }

    @Override
    public String toString() {
        return wiped ? "Secret[wiped]" : "Secret[****" + last4() + "]";
    }
}
