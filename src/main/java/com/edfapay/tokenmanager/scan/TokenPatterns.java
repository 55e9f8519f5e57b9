package com.edfapay.tokenmanager.scan;

import com.edfapay.tokenmanager.api.Strings;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one place that defines what an EdfaPay credential looks like. EdfaPay publishes no format for its production
 * keys, so these are the shapes this project's sandbox issues (and its API-token list describes):
 *
 * <ul>
 *   <li><b>API token</b>: {@code edfa_} followed by exactly 40 base62 characters ({@code [0-9A-Za-z]}), 45 in all;
 *       its displayed prefix is the first {@value #API_DISPLAY_PREFIX_LENGTH} characters.</li>
 *   <li><b>SDK token</b>: exactly 64 hexadecimal characters (either case; the sandbox issues upper case).</li>
 * </ul>
 *
 * Both must stand alone as a "word": the characters right before and after are not ASCII word characters
 * ({@code [A-Za-z0-9_]}), so a longer identifier or hash that merely contains such a run is not a candidate. The
 * byte scanner ({@link ByteScanner}) implements exactly {@link #API_TOKEN_REGEX} and {@link #SDK_TOKEN_REGEX}; the
 * benchmark hands the same expressions to {@code rg} and {@code grep -E}, and a test checks the scanner against the
 * {@link java.util.regex.Pattern}s below. Change a shape here and nowhere else.
 */
public final class TokenPatterns {

    /** What every API token starts with. */
    public static final String API_PREFIX = "edfa_";
    /** Random base62 characters after {@link #API_PREFIX}. */
    public static final int API_RANDOM_LENGTH = 40;
    public static final int API_TOKEN_LENGTH = API_PREFIX.length() + API_RANDOM_LENGTH;
    /** The part of an API token its list shows: {@code edfa_} plus the first four random characters. */
    public static final int API_DISPLAY_PREFIX_LENGTH = 9;
    public static final int SDK_TOKEN_LENGTH = 64;
    /** How many leading characters of an SDK token a masked value shows. */
    public static final int SDK_DISPLAY_PREFIX_LENGTH = 4;
    public static final int LAST_SHOWN = Strings.LAST_SHOWN;

    /** API token, with ASCII word boundaries (ripgrep, Java and GNU grep syntax alike). */
    public static final String API_TOKEN_REGEX = "\\bedfa_[0-9A-Za-z]{40}\\b";
    /** SDK token, with ASCII word boundaries. */
    public static final String SDK_TOKEN_REGEX = "\\b[0-9A-Fa-f]{64}\\b";

    private static final Pattern API = Pattern.compile(API_TOKEN_REGEX);
    private static final Pattern SDK = Pattern.compile(SDK_TOKEN_REGEX);
    /** The shortest candidate: the byte scanner skips ahead by this much between probes. */
    static final int SHORTEST = Math.min(API_TOKEN_LENGTH, SDK_TOKEN_LENGTH);

    private TokenPatterns() {
    }

    /** The kind {@code value} has if it is, as a whole, one of the shapes; null otherwise. */
    public static @Nullable TokenKind kindOf(CharSequence value) {
        if (API.matcher(value).matches()) {
            return TokenKind.API_TOKEN;
        }
        if (SDK.matcher(value).matches()) {
            return TokenKind.SDK_TOKEN;
        }
        return null;
    }

    /** {@code edfa_Ab12…wXyZ} or {@code 3F9A…01BC}: what the app shows of a token, never more. */
    public static String mask(String prefix, String last4) {
        return prefix + "\u2026" + last4;
    }

    static int displayPrefixLength(TokenKind kind) {
        return kind == TokenKind.API_TOKEN ? API_DISPLAY_PREFIX_LENGTH : SDK_DISPLAY_PREFIX_LENGTH;
    }
}
