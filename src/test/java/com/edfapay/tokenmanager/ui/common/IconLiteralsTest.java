package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A misspelt icon name only fails when its view loads; catch it here instead. */
class IconLiteralsTest {

    @Test
    void everyIconNameInTheSourcesExists() throws IOException {
        Pattern literal = Pattern.compile("\"(md(al|mz)-[a-z0-9_]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml"))
                    .toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(name -> assertThat(exists(name)).as(name).isTrue());
    }

    private static boolean exists(String name) {
        try {
            if (name.startsWith("mdal-")) {
                Material2AL.findByDescription(name);
            } else {
                Material2MZ.findByDescription(name);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
