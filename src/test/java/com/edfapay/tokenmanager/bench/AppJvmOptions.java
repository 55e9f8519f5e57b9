package com.edfapay.tokenmanager.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's JVM options as the pom gives them to the installed launcher and to {@code javafx:run} (the
 * {@code app.jvm.*} properties), so a benchmark's app JVM runs as the users' does.
 */
final class AppJvmOptions {

    private static final Pattern PROPERTY = Pattern.compile("<app\\.jvm\\.[a-z]+>([^<]+)</app\\.jvm\\.[a-z]+>");

    private AppJvmOptions() {
    }

    static List<String> fromPom(Path pom) {
        String text;
        try {
            text = Files.readString(pom);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pom, e);
        }
        List<String> options = new ArrayList<>();
        Matcher matcher = PROPERTY.matcher(text);
        while (matcher.find()) {
            options.add(matcher.group(1).trim());
        }
        if (options.isEmpty()) {
            throw new IllegalStateException(pom + " has no app.jvm.* properties");
        }
        return options;
    }
}
