package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.desktop.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Case changes must not depend on the user's locale: under Turkish, "I" lower-cases to a dotless "ı". */
class LocaleSafetyTest {

    @Test
    void theProductionBadgeKeepsItsStyleUnderATurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat("PRODUCTION".toLowerCase()).isNotEqualTo("production"); // the trap is real
            assertThat(CssNames.of("environment", Environment.Kind.PRODUCTION)).isEqualTo("environment-production");
            assertThat(CssNames.of("flag", Environment.Kind.CUSTOM)).isEqualTo("flag-custom");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void noCaseChangeWithoutALocaleAnywhereInTheSources() throws IOException {
        Pattern bare = Pattern.compile("\\.to(Lower|Upper)Case\\(\\)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (bare.matcher(line).find() && !line.trim().startsWith("*")) {
                        offenders.add(file + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
