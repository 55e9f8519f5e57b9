package com.edfapay.tokenmanager.ui.common;

/** How a secret looks when it is not being revealed: bullets and its last four characters. */
public final class SecretMask {

    private SecretMask() {
    }

    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        String last4 = secret.length() <= 4 ? secret : secret.substring(secret.length() - 4);
        return "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 " + last4;
    }

    public static String maskLast4(String last4) {
        return last4 == null || last4.isEmpty() ? "" : "\u2022\u2022\u2022\u2022 " + last4;
    }
}
