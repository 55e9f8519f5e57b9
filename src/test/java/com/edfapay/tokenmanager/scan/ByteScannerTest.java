package com.edfapay.tokenmanager.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The byte scanner finds exactly what the documented regular expressions find, and nothing else. */
class ByteScannerTest {

    private static final String API = "edfa_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ0bC2dE4fG6hJ8k";
    private static final String SDK = "3F9A0C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B";

    private static List<TokenMatch> scan(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ByteScanner().scan(bytes, bytes.length);
    }

    @Test
    void findsBothShapesWithLineNumbersAndKeepsOnlyPrefixLast4AndHash() {
        List<TokenMatch> found = scan("first line\nX_API_KEY=" + API + "\n\n  sdk: \"" + SDK + "\"\n");
        assertThat(found).hasSize(2);
        TokenMatch api = found.get(0);
        assertThat(api.kind()).isEqualTo(TokenKind.API_TOKEN);
        assertThat(api.line()).isEqualTo(2);
        assertThat(api.prefix()).isEqualTo("edfa_aB3d");
        assertThat(api.last4()).isEqualTo(API.substring(41));
        assertThat(api.masked()).isEqualTo("edfa_aB3d\u2026" + API.substring(41));
        assertThat(api.sha256()).isEqualTo(ByteScanner.sha256(API));
        TokenMatch sdk = found.get(1);
        assertThat(sdk.kind()).isEqualTo(TokenKind.SDK_TOKEN);
        assertThat(sdk.line()).isEqualTo(4);
        assertThat(sdk.masked()).isEqualTo("3F9A\u2026" + SDK.substring(60));
        assertThat(sdk.sha256()).isEqualTo(ByteScanner.sha256(SDK));
        assertThat(found.toString()).doesNotContain(API).doesNotContain(SDK.substring(4, 60));
    }

    @Test
    void decoysOfSimilarShapeAreNotCandidates() {
        String text = String.join("\n",
                API + "x",                         // 41 random characters
                "edfa_" + API.substring(6),        // 39
                "x" + API,                         // inside a longer word
                "_" + API,
                API.replace("aB3d", "aB_d"),       // an underscore among the random part
                "Edfa_" + API.substring(5),        // wrong case of the prefix
                SDK + "0",                         // 65 hex
                SDK.substring(1),                  // 63 hex
                SDK.substring(0, 63) + "G",        // not hex
                "g" + SDK,
                "sha256-" + SDK.toLowerCase() + "_suffix");
        assertThat(scan(text)).isEmpty();
    }

    @Test
    void tokensAtTheVeryStartAndEndAndBetweenPunctuationAreFound() {
        assertThat(scan(API)).hasSize(1);
        assertThat(scan(SDK.toLowerCase())).hasSize(1);
        assertThat(scan("(" + API + ")," + SDK + ";")).extracting(TokenMatch::kind)
                .containsExactly(TokenKind.API_TOKEN, TokenKind.SDK_TOKEN);
        assertThat(scan("caf\u00e9" + API)).as("a non-ASCII letter is not an ASCII word character").hasSize(1);
    }

    @Test
    void agreesWithTheDocumentedRegularExpressionsOnRandomText() {
        Random random = new Random(12);
        Pattern both = Pattern.compile(TokenPatterns.API_TOKEN_REGEX + "|" + TokenPatterns.SDK_TOKEN_REGEX);
        String alphabet = "abcdefABCDEF0123456789_ghijxyzGHXY edfa_\n=.\"";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> text.append(API, 0, 5 + random.nextInt(41));
                    case 1 -> text.append(SDK, 0, 40 + random.nextInt(25));
                    case 2 -> text.append(random.nextBoolean() ? API : SDK);
                    default -> {
                        int n = random.nextInt(80);
                        for (int j = 0; j < n; j++) {
                            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                    }
                }
            }
            List<String> expected = new ArrayList<>();
            Matcher matcher = both.matcher(text);
            while (matcher.find()) {
                expected.add(ByteScanner.sha256(matcher.group()));
            }
            assertThat(scan(text.toString())).extracting(TokenMatch::sha256).as("round %d: %s", round, text)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void binaryIsANulByteInTheFirst8000Bytes() {
        byte[] text = new byte[9000];
        java.util.Arrays.fill(text, (byte) 'a');
        assertThat(ByteScanner.isBinary(text, text.length)).isFalse();
        text[8500] = 0;
        assertThat(ByteScanner.isBinary(text, text.length)).isFalse();
        text[7999] = 0;
        assertThat(ByteScanner.isBinary(text, text.length)).isTrue();
    }

    @Test
    void patternsSayWhichShapeAWholeValueHas() {
        assertThat(TokenPatterns.kindOf(API)).isEqualTo(TokenKind.API_TOKEN);
        assertThat(TokenPatterns.kindOf(SDK)).isEqualTo(TokenKind.SDK_TOKEN);
        assertThat(TokenPatterns.kindOf(API + "1")).isNull();
        assertThat(TokenPatterns.API_TOKEN_LENGTH).isEqualTo(API.length());
    }
}
