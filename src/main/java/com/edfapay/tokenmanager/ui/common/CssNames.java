package com.edfapay.tokenmanager.ui.common;

import java.util.Locale;

/**
 * Style-class names made from enum values. Always lower-cased in the root locale: under a Turkish default locale
 * {@code "PRODUCTION".toLowerCase()} is {@code "productıon"} (dotless i), which no stylesheet rule matches.
 */
public final class CssNames {

    private CssNames() {
    }

    /** {@code prefix + "-" + value in lower case}, for example {@code environment-production}. */
    public static String of(String prefix, Enum<?> value) {
        return prefix + "-" + value.name().toLowerCase(Locale.ROOT);
    }
}
