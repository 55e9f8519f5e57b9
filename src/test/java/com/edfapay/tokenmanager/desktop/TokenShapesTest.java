package com.edfapay.tokenmanager.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenShapesTest {

    @Test
    void redactsSdkTokensAndApiSecretsKeepingTheLastFour() {
        String sdk = "A1B2C3D4E5F60718".repeat(4);
        String secret = "edfa_" + "Zz09Yy18Xx".repeat(4);
        String text = "token " + sdk + " and key=" + secret + ".";
        assertThat(TokenShapes.containsToken(text)).isTrue();
        assertThat(TokenShapes.redact(text))
                .isEqualTo("token [redacted \u20260718] and key=[redacted \u2026Xx].".replace("\u2026Xx",
                        "\u2026" + secret.substring(secret.length() - 4)));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "user 0123456789abcdef, 63 hex: " + "a".repeat(63) + ", edfa_short";
        assertThat(TokenShapes.containsToken(text)).isFalse();
        assertThat(TokenShapes.redact(text)).isSameAs(text);
        // Longer runs are not a token shape either (but a token inside words is caught by the word edges).
        assertThat(TokenShapes.containsToken("x" + "a".repeat(64))).isFalse();
    }
}
