package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Defect 3: server text is scrubbed of every known secret, capped, and stripped of control and bidi characters. */
class SecretScrubberTest {

    private static final String KEY = "live-key-7Hq2ZxPn4Rt9Wm3Kd8Lb";
    private static final String TOKEN = "F0B5BF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123450DFE";
    private static final String API_SECRET = "edfa_Zq9XvB3kLm0Pp7RtYu2WsE4dCf6GhJ8kNaQb";

    private final SecretScrubber scrubber = new SecretScrubber();

    @Test
    void removesTheApiKeyWhereverTheServerEchoesIt() {
        scrubber.remember(KEY);
        assertThat(scrubber.clean("key " + KEY + " is not valid")).isEqualTo("key **** is not valid");
        assertThat(scrubber.clean("INVALID_KEY_" + KEY)).doesNotContain(KEY).isEqualTo("INVALID_KEY_****");
    }

    @Test
    void removesSdkTokensAndGeneratedSecretsSeenInTheSession() {
        scrubber.rememberToken(TOKEN);
        scrubber.remember(Secret.of(API_SECRET));
        String out = scrubber.clean("token=" + TOKEN + " secret=" + API_SECRET);
        assertThat(out).isEqualTo("token=**** secret=****");
    }

    @Test
    void matchesRegardlessOfLetterCase() {
        scrubber.rememberToken(TOKEN);
        assertThat(scrubber.clean("seen " + TOKEN.toLowerCase(java.util.Locale.ROOT))).isEqualTo("seen ****");
    }

    @Test
    void removesAPartialEchoOfTheKeyOrAGeneratedSecret() {
        scrubber.remember(KEY);
        scrubber.remember(Secret.of(API_SECRET));
        String keyPart = KEY.substring(3, 3 + SecretScrubber.PARTIAL_MATCH_LENGTH + 2);
        String secretPart = API_SECRET.substring(0, SecretScrubber.PARTIAL_MATCH_LENGTH);
        String out = scrubber.clean("prefix " + keyPart + " and " + secretPart + " end");
        assertThat(out).doesNotContain(keyPart).doesNotContain(secretPart).contains("prefix ").contains(" end");
    }

    @Test
    void aSecretSplitByInvisibleCharactersIsStillFound() {
        scrubber.remember(KEY);
        String split = KEY.substring(0, 6) + "\u200B" + KEY.substring(6, 12) + "\u202E" + KEY.substring(12);
        assertThat(scrubber.clean("echo " + split)).isEqualTo("echo ****");
    }

    @Test
    void stripsBidiOverridesIsolatesAndControlCharacters() {
        String hostile = "Token \u202Egnp.exe\u202C ok\u2066x\u2069\u200E\u200F\u061C\u0007\u0000\u001B[31m";
        assertThat(scrubber.clean(hostile)).isEqualTo("Token gnp.exe okx[31m");
        assertThat(SecretScrubber.stripUnsafe("a\u202Ab\u202Bc\u202Dd\u2067e\u2068f")).isEqualTo("abcdef");
    }

    @Test
    void lineBreaksAndTabsBecomeOneSpace() {
        assertThat(scrubber.clean("line one\r\nline\ttwo\u2028three")).isEqualTo("line one line two three");
    }

    @Test
    void keepsArabicText() {
        assertThat(scrubber.clean("المفتاح غير صالح")).isEqualTo("المفتاح غير صالح");
    }

    @Test
    void capsTheLengthWithoutSplittingASurrogatePair() {
        String huge = "x".repeat(SecretScrubber.DEFAULT_MAX_LENGTH - 2) + "\uD83D\uDE00" + "y".repeat(1024 * 1024);
        String out = scrubber.clean(huge);
        assertThat(out.length()).isLessThanOrEqualTo(SecretScrubber.DEFAULT_MAX_LENGTH + 1);
        assertThat(out).endsWith("\u2026");
        assertThat(Character.isHighSurrogate(out.charAt(out.length() - 2))).isFalse();
        assertThat(scrubber.clean("short", 3)).isEqualTo("sh\u2026");
    }

    @Test
    void aSecretPastTheCapCannotLeakHalfOfItself() {
        scrubber.remember(KEY);
        String text = "a".repeat(SecretScrubber.DEFAULT_MAX_LENGTH - 5) + KEY;
        assertThat(scrubber.clean(text)).doesNotContain(KEY.substring(0, 5));
    }

    @Test
    void shortValuesAreNotTreatedAsSecrets() {
        scrubber.remember("abc");
        scrubber.remember((String) null);
        scrubber.remember("   ");
        assertThat(scrubber.clean("abc is fine")).isEqualTo("abc is fine");
        assertThat(scrubber.knownSecrets()).isZero();
    }

    @Test
    void nullStaysNullAndBlankBecomesNull() {
        assertThat(scrubber.clean(null)).isNull();
        assertThat(scrubber.clean(" \u202E\u0000 ")).isNull();
    }

    @Test
    void forgetAllDropsTheSessionsSecrets() {
        scrubber.remember(KEY);
        scrubber.remember(TOKEN);
        assertThat(scrubber.knownSecrets()).isEqualTo(2);
        scrubber.forgetAll();
        assertThat(scrubber.knownSecrets()).isZero();
        assertThat(scrubber.clean(KEY)).isEqualTo(KEY);
    }

    @Test
    void containsSecretTellsWhetherTextCarriesOne() {
        scrubber.remember(TOKEN);
        assertThat(scrubber.containsSecret("x" + TOKEN)).isTrue();
        assertThat(scrubber.containsSecret("nothing here")).isFalse();
        assertThat(scrubber.containsSecret(null)).isFalse();
    }

    @Test
    void toStringNamesNoSecret() {
        scrubber.remember(KEY);
        assertThat(scrubber.toString()).doesNotContain(KEY).contains("1");
    }

    @Test
    void manySdkTokensStayCheap() {
        for (int i = 0; i < 5000; i++) {
            scrubber.rememberToken(String.format("%064X", i * 7919L + 1_000_003L));
        }
        String target = String.format("%064X", 42 * 7919L + 1_000_003L);
        assertThat(scrubber.clean("echo " + target + " done")).isEqualTo("echo **** done");
    }
}
