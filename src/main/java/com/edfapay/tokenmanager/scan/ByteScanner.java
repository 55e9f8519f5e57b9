package com.edfapay.tokenmanager.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the shapes of {@link TokenPatterns} in raw bytes, without decoding text and without a regular expression
 * on the hot path. Both shapes are whole "words" of ASCII word characters of an exact length (45 or 64), so the
 * scanner looks for maximal runs of word bytes: it probes one byte every {@link TokenPatterns#SHORTEST} bytes (a
 * non-word byte there rules out every run ending in the skipped stretch), and only around a word byte does it
 * measure the run. A run of the right length is then checked character by character. Most bytes of ordinary text
 * and code are never looked at; line numbers are counted only up to a hit.
 *
 * <p>Not thread-safe (it owns a digest); use one per thread.
 */
public final class ByteScanner {

    /** git's rule: content with a NUL byte in its first 8000 bytes is binary. */
    public static final int BINARY_PROBE_BYTES = 8000;

    private static final boolean[] WORD = new boolean[256];
    private static final boolean[] HEX = new boolean[256];
    private static final boolean[] BASE62 = new boolean[256];
    private static final byte[] API_PREFIX = TokenPatterns.API_PREFIX.getBytes(StandardCharsets.US_ASCII);

    static {
        for (int c = '0'; c <= '9'; c++) {
            WORD[c] = HEX[c] = BASE62[c] = true;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            WORD[c] = BASE62[c] = true;
            WORD[Character.toUpperCase(c)] = BASE62[Character.toUpperCase(c)] = true;
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX[c] = HEX[Character.toUpperCase(c)] = true;
        }
        WORD['_'] = true;
    }

    private final MessageDigest sha256;

    public ByteScanner() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** True when the first {@value #BINARY_PROBE_BYTES} bytes hold a NUL byte. */
    public static boolean isBinary(byte[] content, int length) {
        int end = Math.min(length, BINARY_PROBE_BYTES);
        for (int i = 0; i < end; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Every token-shaped value in {@code content[0, length)}, in order. */
    public List<TokenMatch> scan(byte[] content, int length) {
        @Nullable List<TokenMatch> found = null;
        final int step = TokenPatterns.SHORTEST;
        int line = 1;
        int counted = 0;
        int probe = step - 1;
        while (probe < length) {
            if (!WORD[content[probe] & 0xff]) {
                probe += step;
                continue;
            }
            int start = probe;
            while (start > 0 && WORD[content[start - 1] & 0xff]) {
                start--;
            }
            int end = probe + 1;
            while (end < length && WORD[content[end] & 0xff]) {
                end++;
            }
            TokenKind kind = kindOfRun(content, start, end - start);
            if (kind != null) {
                for (int i = counted; i < start; i++) {
                    if (content[i] == '\n') {
                        line++;
                    }
                }
                counted = start;
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(match(kind, line, content, start, end - start));
            }
            probe = end + step;
        }
        return found == null ? List.of() : found;
    }

    private static @Nullable TokenKind kindOfRun(byte[] content, int start, int length) {
        if (length == TokenPatterns.API_TOKEN_LENGTH && startsWithApiPrefix(content, start)) {
            for (int i = start + API_PREFIX.length; i < start + length; i++) {
                if (!BASE62[content[i] & 0xff]) {
                    return null;
                }
            }
            return TokenKind.API_TOKEN;
        }
        if (length == TokenPatterns.SDK_TOKEN_LENGTH) {
            for (int i = start; i < start + length; i++) {
                if (!HEX[content[i] & 0xff]) {
                    return null;
                }
            }
            return TokenKind.SDK_TOKEN;
        }
        return null;
    }

    private static boolean startsWithApiPrefix(byte[] content, int start) {
        for (int i = 0; i < API_PREFIX.length; i++) {
            if (content[start + i] != API_PREFIX[i]) {
                return false;
            }
        }
        return true;
    }

    private TokenMatch match(TokenKind kind, int line, byte[] content, int start, int length) {
        sha256.reset();
        sha256.update(content, start, length);
        String hash = HexFormat.of().formatHex(sha256.digest());
        int prefixLength = TokenPatterns.displayPrefixLength(kind);
        String prefix = new String(content, start, prefixLength, StandardCharsets.US_ASCII);
        String last4 = new String(content, start + length - TokenPatterns.LAST_SHOWN, TokenPatterns.LAST_SHOWN,
                StandardCharsets.US_ASCII);
        return new TokenMatch(kind, line, prefix, last4, hash);
    }

    /** SHA-256 (lower-case hex) of a token's UTF-8 bytes: how scope tokens are compared with findings. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
