package com.edfapay.tokenmanager.ui.common;

import com.edfapay.tokenmanager.api.Strings;

/** How a secret looks when it is not being revealed: bullets and its last four characters. */
public final class SecretMask {

    private SecretMask() {
    }

    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        return "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 " + Strings.last4(secret);
    }

    public static String maskLast4(String last4) {
        return last4 == null || last4.isEmpty() ? "" : "\u2022\u2022\u2022\u2022 " + last4;
    }
}
