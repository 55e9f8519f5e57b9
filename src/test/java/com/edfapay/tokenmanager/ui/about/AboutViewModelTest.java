package com.edfapay.tokenmanager.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.desktop.logging.LogRedaction;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AboutViewModelTest {

    private static final String SDK_TOKEN = "A1B2C3D4E5F60718".repeat(4);
    private static final AboutViewModel.Facts FACTS = new AboutViewModel.Facts("1.2.3", "Linux 6.1 (amd64)",
            "17.0.13", "21.0.11", "/home/u/.config/etm", "/home/u/.local/share/etm", "/home/u/.local/state/etm");

    @TempDir
    Path dir;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final List<String> clipboard = new ArrayList<>();

    private AboutViewModel about(Path logFile, Locale locale) {
        return new AboutViewModel(FACTS, logFile, tasks, Messages.forLocale(locale), clipboard::add);
    }

    @Test
    void factsAreWordedInTheUsersLanguage() {
        AboutViewModel en = about(dir.resolve("none.log"), Locale.ENGLISH);
        assertThat(en.versionText()).isEqualTo("Version 1.2.3");
        assertThat(en.runtimeText()).isEqualTo("Java 17.0.13 \u00b7 JavaFX 21.0.11 \u00b7 Linux 6.1 (amd64)");
        assertThat(en.foldersText()).isEqualTo("Settings: /home/u/.config/etm\nData: /home/u/.local/share/etm\n"
                + "Logs: /home/u/.local/state/etm");

        AboutViewModel ar = about(dir.resolve("none.log"), Locale.forLanguageTag("ar"));
        assertThat(ar.versionText()).contains("1.2.3").containsPattern("[\\u0600-\\u06FF]");
    }

    @Test
    void diagnosticsCarryTheFactsAndTheLastLogLinesWithTokensRemoved() throws IOException {
        Path log = dir.resolve("token-manager.log");
        List<String> lines = IntStream.rangeClosed(1, 300).mapToObj(i -> "line " + i).collect(Collectors.toList());
        lines.set(299, "line 300 token " + SDK_TOKEN);
        Files.write(log, lines, StandardCharsets.UTF_8);

        AboutViewModel about = about(log, Locale.ENGLISH);
        about.copyDiagnostics();

        assertThat(clipboard).hasSize(1);
        String report = clipboard.get(0);
        assertThat(report).startsWith("EdfaPay Token Manager 1.2.3\nOS: Linux 6.1 (amd64)\nJava: 17.0.13\n"
                + "JavaFX: 21.0.11\nConfig: /home/u/.config/etm\nData: /home/u/.local/share/etm\n"
                + "Logs: /home/u/.local/state/etm\n\n--- last 200 log lines ---\n");
        List<String> tail = report.lines().dropWhile(l -> !l.startsWith("--- last")).skip(1).toList();
        assertThat(tail).as("exactly the last 200 lines").hasSize(AboutViewModel.LOG_TAIL_LINES);
        assertThat(tail.get(0)).isEqualTo("line 101");
        assertThat(tail.get(199)).startsWith("line 300 token [redacted");
        assertThat(report).doesNotContain(SDK_TOKEN);
        assertThat(about.statusProperty().get()).startsWith("Diagnostics copied");
    }

    @Test
    void aSecretTheSessionKnowsIsScrubbedFromTheReportToo() throws IOException {
        Path log = dir.resolve("token-manager.log");
        Files.writeString(log, "connected with key s3cret-key-of-the-session\n", StandardCharsets.UTF_8);
        Runnable unregister = LogRedaction.register(text -> text.replace("s3cret-key-of-the-session", "[key]"));
        try {
            about(log, Locale.ENGLISH).copyDiagnostics();
        } finally {
            unregister.run();
        }
        assertThat(clipboard.get(0)).contains("connected with key [key]").doesNotContain("s3cret");
    }

    @Test
    void aLongLogIsReadFromItsEndWithoutAPartialFirstLine() throws IOException {
        Path log = dir.resolve("token-manager.log");
        // 100 KB of lines: more than the 64 KB read from the end, so the first line read is cut and dropped.
        String line = "x".repeat(99);
        Files.writeString(log, (line + "\n").repeat(1000) + "the last line\n", StandardCharsets.UTF_8);

        about(log, Locale.ENGLISH).copyDiagnostics();

        List<String> tail = clipboard.get(0).lines().dropWhile(l -> !l.startsWith("--- last")).skip(1).toList();
        assertThat(tail).hasSize(AboutViewModel.LOG_TAIL_LINES).allMatch(l -> l.equals(line) || l.equals("the last line"));
        assertThat(tail.get(tail.size() - 1)).isEqualTo("the last line");
    }

    @Test
    void withoutALogFileTheReportSaysSo() {
        about(dir.resolve("missing.log"), Locale.ENGLISH).copyDiagnostics();
        assertThat(clipboard.get(0)).endsWith("--- last 200 log lines ---\n(no log file)\n");
    }
}
