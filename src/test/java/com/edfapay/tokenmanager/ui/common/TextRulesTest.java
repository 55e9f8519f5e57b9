package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Rules for the text the app draws (docs/decisions/0080, 0083): no invisible bidi controls in the window's
 * messages, since JavaFX 21 draws them as missing-glyph boxes; no view wraps text with JavaFX's own wrapping.
 */
class TextRulesTest {

    /**
     * Where JavaFX may wrap: the control itself (its {@code javafx} mode), the secret field (a token, Latin
     * letters and digits only) and the reason text area (an input, which wraps as the user types).
     */
    private static final java.util.Set<String> ALLOWED_WRAP = java.util.Set.of(
            "WrappingText.java", "MaskedSecretField.java", "FxDialogService.java");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages.properties", "messages_ar.properties"})
    void noMessageCarriesABidiControlCharacter(String file) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = TextRulesTest.class.getResourceAsStream("/com/edfapay/tokenmanager/" + file)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            messages.getProperty(key).codePoints().filter(TextRulesTest::bidiControl)
                    .forEach(c -> found.add(key + " U+" + Integer.toHexString(c).toUpperCase()));
        }
        assertThat(messages).hasSizeGreaterThan(100);
        assertThat(found).isEmpty();
    }

    @Test
    void viewsWrapTextOnlyThroughWrappingText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".fxml")
                    || f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("wrapText=\"true\"")
                        || source.contains("setWrapText(true)") && !ALLOWED_WRAP.contains(file.getFileName().toString())) {
                    found.add(file.toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static boolean bidiControl(int c) {
        return c == 0x200E || c == 0x200F || c == 0x061C || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
