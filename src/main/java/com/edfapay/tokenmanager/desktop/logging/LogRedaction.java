package com.edfapay.tokenmanager.desktop.logging;

import com.edfapay.tokenmanager.desktop.TokenShapes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * What every log line goes through before it is written (see logback.xml): token shapes are masked
 * ({@link TokenShapes}), and so is every secret a live session knows, through the scrubbers the app registers for
 * the length of a session (the API client's {@code SecretScrubber}). Logback creates its converters itself, so
 * this is the one process-wide registry; it holds functions, never secrets.
 */
public final class LogRedaction {

    private static final List<UnaryOperator<String>> SCRUBBERS = new CopyOnWriteArrayList<>();

    private LogRedaction() {
    }

    /** Adds a scrubber of known secrets; returns what removes it again (call it when the session ends). */
    public static Runnable register(UnaryOperator<String> scrubber) {
        SCRUBBERS.add(scrubber);
        return () -> SCRUBBERS.remove(scrubber);
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (!SCRUBBERS.isEmpty()) {
            // Line by line: a scrubber may fold line breaks, and a stack trace must keep its lines.
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (UnaryOperator<String> scrubber : SCRUBBERS) {
                    try {
                        String cleaned = scrubber.apply(lines[i]);
                        lines[i] = cleaned == null ? "" : cleaned;
                    } catch (RuntimeException ignored) {
                        // A failing scrubber must not stop logging; the token shapes below still apply.
                    }
                }
            }
            result = String.join("\n", lines);
        }
        return TokenShapes.redact(result);
    }
}
