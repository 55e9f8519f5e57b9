package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.scan.Classification;
import com.edfapay.tokenmanager.scan.TokenKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the command line prints exists in English and Arabic, and formats cleanly. */
class CliMessagesTest {

    private static final Path CLI_SOURCES = Path.of("src/main/java/com/edfapay/tokenmanager/cli");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CliMessagesTest.class.getResourceAsStream("/com/edfapay/tokenmanager/cli/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndArabicDefineTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_ar.properties").stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(load("messages.properties").stringPropertyNames()));
        assertThat(new TreeSet<>(load("help_ar.properties").stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(load("help.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAsksForIsDefined() throws IOException {
        Set<String> defined = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        Pattern call = Pattern.compile("messages\\(\\)\\.get\\(\"([a-zA-Z0-9.]*[a-zA-Z0-9])\"[,)]|messages\\.get\\(\"([a-zA-Z0-9.]*[a-zA-Z0-9])\"[,)]");
        try (Stream<Path> files = Files.walk(CLI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(defined).containsAll(used);
        for (RowResult.Outcome outcome : RowResult.Outcome.values()) {
            assertThat(defined).contains("outcome." + outcome.name());
        }
        for (Environment environment : Environment.values()) {
            assertThat(defined).contains("environment." + environment.name());
        }
        for (EdfaPayException.Reason reason : EdfaPayException.Reason.values()) {
            assertThat(defined).contains("reason." + reason.name());
        }
        for (EdfaPayException.Operation operation : EdfaPayException.Operation.values()) {
            assertThat(defined).contains("operation." + operation.name());
        }
        for (EdfaPayException.SwitchOutcome outcome : EdfaPayException.SwitchOutcome.values()) {
            assertThat(defined).contains("reason.switch." + outcome.name());
        }
        for (Classification classification : Classification.values()) {
            assertThat(defined).contains("scan.status." + classification.name());
        }
        for (TokenKind kind : TokenKind.values()) {
            assertThat(defined).contains("scan.kind." + kind.name());
        }
    }

    @Test
    void everyMessageFormatsWithoutLeftOversInBothLanguages() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_ar.properties"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String formatted = new MessageFormat(p.getProperty(key)).format(new Object[] {1, 2, 3, 4, 5, 6, 7,
                        8});
                assertThat(formatted).as(name + " " + key).doesNotContain("{").doesNotContain("''");
            }
        }
    }

    @Test
    void arabicIsArabic() throws IOException {
        Properties ar = load("messages_ar.properties");
        Properties en = load("messages.properties");
        int same = 0;
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).equals(ar.getProperty(key))) {
                same++;
            }
        }
        // Only texts that are pure placeholders (error.prefix, error.row) may be equal.
        assertThat(same).isLessThanOrEqualTo(2);
    }
}
