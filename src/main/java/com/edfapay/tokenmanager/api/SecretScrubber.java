package com.edfapay.tokenmanager.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Makes text that came from a server safe to show or log. One instance per client session (see
 * {@link EdfaPayClient#scrubber()}): it learns the session's secrets (the API key, every SDK token the client
 * saw, every API secret it generated) and, in {@link #clean(String)}:
 * <ol>
 *   <li>removes control characters, bidi overrides and isolates (U+202A..U+202E, U+2066..U+2069), marks
 *       (U+200E, U+200F, U+061C), zero-width characters and every other Unicode format character; line breaks and
 *       tabs become one space;</li>
 *   <li>replaces every known secret with {@code ****}, whatever its letter case, also when the server split it
 *       with invisible characters, and for the API key and generated secrets also any echoed piece of
 *       {@link #PARTIAL_MATCH_LENGTH} characters or more;</li>
 *   <li>caps the length (after scrubbing, so a cut can never leave half a secret).</li>
 * </ol>
 * The secrets are kept only as truncated SHA-256 digests, never in clear; {@link #forgetAll()} drops them (the
 * client calls it on close). Thread-safe.
 */
public final class SecretScrubber {

    /** Longest text {@link #clean(String)} returns (one more for the ellipsis). */
    public static final int DEFAULT_MAX_LENGTH = 300;
    /** A piece of the API key or a generated secret this long is masked too. */
    public static final int PARTIAL_MATCH_LENGTH = 16;
    /** Values shorter than this are not treated as secrets (they would mask ordinary words). */
    public static final int MIN_SECRET_LENGTH = 8;
    /** Work is bounded: at most this many characters (or the cap, if larger) are looked at. */
    static final int MAX_INPUT = 16 * 1024;
    private static final String MASK = "****";
    private static final char ELLIPSIS = '\u2026';

    /** Digests of whole secrets, by length. */
    private final Map<Integer, Set<Digest>> whole = new ConcurrentHashMap<>();
    /** Digests of every {@link #PARTIAL_MATCH_LENGTH}-character window of the key and of generated secrets. */
    private final Set<Digest> windows = ConcurrentHashMap.newKeySet();
    private final Set<Digest> known = ConcurrentHashMap.newKeySet();

    /** Learns the API key or a generated secret: masked whole and in pieces. Null, blank or short is ignored. */
    public void remember(@Nullable String secret) {
        String s = normalised(secret);
        if (s == null) {
            return;
        }
        addWhole(s);
        for (int i = 0; i + PARTIAL_MATCH_LENGTH <= s.length(); i++) {
            windows.add(Digest.of(s, i, PARTIAL_MATCH_LENGTH));
        }
    }

    /** Learns a generated API secret (whole and in pieces), without keeping it in clear. */
    public void remember(@Nullable Secret secret) {
        if (secret == null || secret.isWiped()) {
            return;
        }
        char[] chars = secret.toCharArray();
        try {
            remember(new String(chars));
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    /** Learns an SDK token: masked whole (a session may see thousands, so no pieces). */
    public void rememberToken(@Nullable String token) {
        String s = normalised(token);
        if (s != null) {
            addWhole(s);
        }
    }

    private void addWhole(String s) {
        Digest d = Digest.of(s, 0, s.length());
        whole.computeIfAbsent(s.length(), n -> ConcurrentHashMap.newKeySet()).add(d);
        known.add(d);
    }

    private static @Nullable String normalised(@Nullable String secret) {
        if (secret == null) {
            return null;
        }
        String s = stripUnsafe(secret);
        if (s == null || s.length() < MIN_SECRET_LENGTH) {
            return null;
        }
        return lower(s);
    }

    /** How many distinct secrets this session knows. */
    public int knownSecrets() {
        return known.size();
    }

    /** Drops every secret; afterwards only the character cleaning and the cap apply. */
    public void forgetAll() {
        whole.clear();
        windows.clear();
        known.clear();
    }

    /** {@link #clean(String, int)} with {@link #DEFAULT_MAX_LENGTH}. */
    public @Nullable String clean(@Nullable String serverText) {
        return clean(serverText, DEFAULT_MAX_LENGTH);
    }

    /**
     * Server text made safe to show: unsafe characters removed, secrets masked, at most {@code maxLength}
     * characters (the last one an ellipsis when cut). Null when nothing readable is left.
     */
    public @Nullable String clean(@Nullable String serverText, int maxLength) {
        if (serverText == null) {
            return null;
        }
        int limit = Math.max(2, maxLength);
        String bounded = serverText.length() > Math.max(MAX_INPUT, limit)
                ? serverText.substring(0, Math.max(MAX_INPUT, limit)) : serverText;
        String visible = stripUnsafe(bounded);
        if (visible == null) {
            return null;
        }
        String masked = mask(visible);
        return cap(masked, limit);
    }

    /** True when {@code text} carries a known secret (after removing invisible characters). */
    public boolean containsSecret(@Nullable String text) {
        if (text == null) {
            return false;
        }
        String visible = stripUnsafe(text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text);
        if (visible == null) {
            return false;
        }
        boolean[] hit = marks(visible);
        for (boolean b : hit) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes control characters, bidi controls and other format characters; line and paragraph breaks, tabs and
     * runs of white space become one space; the result is trimmed. Null when nothing is left.
     */
    public static @Nullable String stripUnsafe(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                i++;
                if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.PRIVATE_USE) {
                    continue;
                }
                pendingSpace = appendPending(sb, pendingSpace);
                sb.appendCodePoint(cp);
                continue;
            }
            if (Character.isSurrogate(c)) {
                continue; // unpaired half of a pair
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED) {
                continue;
            }
            pendingSpace = appendPending(sb, pendingSpace);
            sb.append(c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean appendPending(StringBuilder sb, boolean pendingSpace) {
        if (pendingSpace && sb.length() > 0) {
            sb.append(' ');
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
                || Character.isSpaceChar(c) || Character.isWhitespace(c);
    }

    private String mask(String text) {
        if (known.isEmpty()) {
            return text;
        }
        boolean[] hit = marks(text);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (hit[i]) {
                if (i == 0 || !hit[i - 1]) {
                    sb.append(MASK);
                }
            } else {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    private boolean[] marks(String text) {
        boolean[] hit = new boolean[text.length()];
        if (known.isEmpty()) {
            return hit;
        }
        String lowered = lower(text);
        int[] runEnd = runEnds(lowered);
        for (Map.Entry<Integer, Set<Digest>> bucket : whole.entrySet()) {
            markWindows(lowered, runEnd, bucket.getKey(), bucket.getValue(), hit);
        }
        if (!windows.isEmpty()) {
            markWindows(lowered, runEnd, PARTIAL_MATCH_LENGTH, windows, hit);
        }
        return hit;
    }

    /** For each position, where its run of non-space characters ends (secrets hold no spaces). */
    private static int[] runEnds(String text) {
        int[] end = new int[text.length()];
        int e = text.length();
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.charAt(i) == ' ') {
                e = i;
            }
            end[i] = e;
        }
        return end;
    }

    private static void markWindows(String text, int[] runEnd, int length, Set<Digest> digests, boolean[] hit) {
        if (digests.isEmpty()) {
            return;
        }
        for (int i = 0; i + length <= text.length(); i++) {
            if (runEnd[i] - i < length) {
                continue;
            }
            if (digests.contains(Digest.of(text, i, length))) {
                java.util.Arrays.fill(hit, i, i + length, true);
            }
        }
    }

    private static String cap(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = limit - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + ELLIPSIS;
    }

    private static String lower(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(s.charAt(i));
        }
        return new String(out);
    }

    @Override
    public String toString() {
        return "SecretScrubber[" + known.size() + " secrets known]";
    }

    /** The first 128 bits of a SHA-256 digest. */
    private record Digest(long high, long low) {

        static Digest of(String text, int from, int length) {
            MessageDigest md = sha256();
            byte[] bytes = text.substring(from, from + length).getBytes(StandardCharsets.UTF_8);
            byte[] d = md.digest(bytes);
            long h = 0;
            long l = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
                l = (l << 8) | (d[i + 8] & 0xff);
            }
            return new Digest(h, l);
        }

        private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
            }
        });

        static MessageDigest sha256() {
            MessageDigest md = SHA.get();
            md.reset();
            return md;
        }
    }
}
