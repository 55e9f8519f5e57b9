package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string the UI asks for exists, in English and in Arabic. */
class MessagesConsistencyTest {

    private static final Path MAIN = Path.of("src/main");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(
                "/com/edfapay/tokenmanager/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndArabicDefineTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> arabic = new TreeSet<>(load("messages_ar.properties").stringPropertyNames());
        assertThat(arabic).containsExactlyElementsOf(english);
    }

    @Test
    void everyKeyUsedInFxmlOrCodeIsDefined() throws IOException {
        Set<String> defined = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        collect(Pattern.compile("\"%([a-zA-Z0-9.]+)\""), ".fxml", used);
        collect(Pattern.compile("messages\\.get\\(\"([a-zA-Z0-9.]*[a-zA-Z0-9])\"[,)]"), ".java", used);
        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    @Test
    void everyEnumValueShownToTheUserHasALabel() throws IOException {
        Set<String> defined = load("messages.properties").stringPropertyNames();
        for (UserType type : UserType.values()) {
            assertThat(defined).contains("userType." + type.name());
        }
        for (Environment environment : Environment.values()) {
            assertThat(defined).contains("environment." + environment.name());
            assertThat(defined).contains("badge." + environment.kind().name());
        }
    }

    private static void collect(Pattern pattern, String suffix, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            // The command line has its own bundle (cli/messages*.properties), checked by CliMessagesTest.
            for (Path file : files.filter(f -> f.toString().endsWith(suffix))
                    .filter(f -> !f.toString().replace('\\', '/').contains("/tokenmanager/cli/")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }
}
