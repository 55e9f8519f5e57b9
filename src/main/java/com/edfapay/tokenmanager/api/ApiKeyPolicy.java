package com.edfapay.tokenmanager.api;

import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an API key may look like before it is put in a header. Leading and trailing white space is ignored;
 * anything else odd is refused with its own reason, never quoting the key: an invisible character pasted with it
 * (a no-break space, a zero-width space, a byte-order mark; {@code detail} names it, e.g. {@code U+00A0}), inner
 * spaces or line breaks, other non-ASCII characters, or an absurd length.
 */
public final class ApiKeyPolicy {

    /** Longer than any real key; a longer value is a paste of something else. */
    public static final int MAX_LENGTH = 512;

    private ApiKeyPolicy() {
    }

    public static Optional<EdfaPayException.InvalidInput> problem(@Nullable String apiKey) {
        String key = apiKey == null ? "" : apiKey.strip();
        if (key.isEmpty()) {
            return fail(Reason.KEY_MISSING, null);
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 0x21 && c <= 0x7e) {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                return fail(Reason.KEY_SPACES, null);
            }
            if (isInvisible(c)) {
                return fail(Reason.KEY_INVISIBLE, String.format(Locale.ROOT, "U+%04X", (int) c));
            }
            return fail(Reason.KEY_NOT_ASCII, null);
        }
        if (key.length() > MAX_LENGTH) {
            return fail(Reason.KEY_TOO_LONG, String.valueOf(MAX_LENGTH));
        }
        return Optional.empty();
    }

    static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c == '\u00AD' || c == '\u034F' || c == '\u115F' || c == '\u1160' || c == '\u3164';
    }

    private static Optional<EdfaPayException.InvalidInput> fail(Reason reason, @Nullable String detail) {
        return Optional.of(EdfaPayException.invalid(reason, detail));
    }
}
