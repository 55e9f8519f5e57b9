package com.edfapay.tokenmanager.api;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** EdfaPay user types. {@link #SELF} = "some end-user type, found by probing"; {@link #UNKNOWN} = unrecognised. */
public enum UserType {
    SUPER_ADMIN, PARTNER, MERCHANT, BRANCH, TERMINAL, SDK_USER, USER, SELF, UNKNOWN;

    /** Lenient parse: null or blank gives null; an unrecognised value gives {@link #UNKNOWN}. */
    public static @Nullable UserType parse(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String norm = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (UserType t : values()) {
            if (t.name().equals(norm)) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
