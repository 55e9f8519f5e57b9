package com.edfapay.tokenmanager.ui.about;

import com.edfapay.tokenmanager.desktop.logging.LogRedaction;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The About box: version, operating system, Java and JavaFX, where the app keeps its files, and "Copy
 * diagnostics", which puts that and the last lines of the log on the clipboard, redacted again on the way out
 * (token shapes and known secrets), so a support request never carries a token.
 */
public final class AboutViewModel {

    /** Lines of the log file that go into the diagnostics. */
    public static final int LOG_TAIL_LINES = 200;
    private static final int LOG_TAIL_BYTES = 64 * 1024;

    public record Facts(String version, String os, String java, String javafx, String config, String data,
                        String logs) {
    }

    private final Facts facts;
    private final @Nullable Path logFile;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<String> copyText;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AboutViewModel(Facts facts, @Nullable Path logFile, TaskRunner tasks, Messages messages,
                          Consumer<String> copyText) {
        this.facts = facts;
        this.logFile = logFile;
        this.tasks = tasks;
        this.messages = messages;
        this.copyText = copyText;
    }

    public String versionText() {
        return messages.get("about.version", facts.version());
    }

    public String runtimeText() {
        return messages.get("about.runtime", facts.java(), facts.javafx(), facts.os());
    }

    public String foldersText() {
        return messages.get("about.folders", facts.config(), facts.data(), facts.logs());
    }

    /** Reads the log tail in the background and puts the whole report on the clipboard. */
    public void copyDiagnostics() {
        tasks.run(this::diagnostics, text -> {
            copyText.accept(text);
            status.set(messages.get("about.copied"));
        }, failure -> status.set(messages.get("error.unexpected")));
    }

    /** The report, redacted line by line. Blocking (reads the log file). */
    String diagnostics() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("EdfaPay Token Manager " + facts.version());
        lines.add("OS: " + facts.os());
        lines.add("Java: " + facts.java());
        lines.add("JavaFX: " + facts.javafx());
        lines.add("Config: " + facts.config());
        lines.add("Data: " + facts.data());
        lines.add("Logs: " + facts.logs());
        lines.add("");
        lines.add("--- last " + LOG_TAIL_LINES + " log lines ---");
        lines.addAll(logTail());
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(LogRedaction.redact(line)).append('\n');
        }
        return out.toString();
    }

    private List<String> logTail() throws IOException {
        if (logFile == null || !Files.isRegularFile(logFile)) {
            return List.of("(no log file)");
        }
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(0, length - LOG_TAIL_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n")));
            if (start > 0 && !all.isEmpty()) {
                all.remove(0); // a partial first line
            }
            return all.subList(Math.max(0, all.size() - LOG_TAIL_LINES), all.size());
        }
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
