package com.edfapay.tokenmanager.desktop;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The settings in {@code settings.properties} of the OS config folder. Blocking: call it off the UI thread.
 *
 * <p>A properties file, read with the JDK alone: the settings are read before the first frame (theme and
 * language), and a JSON library or the logging set-up there would cost that frame a second
 * (docs/decisions/0032-first-frame-first.md). A missing, damaged or hand-edited value falls back to its default.
 */
public final class SettingsStore {

    private static final String CLIPBOARD = "clipboardClearSeconds";
    private static final String IDLE_LOCK = "idleLockMinutes";
    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";
    private static final String CONCURRENCY = "checkConcurrency";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore in(AppFolders folders) {
        return new SettingsStore(folders.config().resolve("settings.properties"));
    }

    /** The saved settings; the defaults when there is no file or it cannot be read (reported at WARN). */
    public synchronized Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        } catch (IOException | RuntimeException e) {
            // Looked up here: a logger in a static field would set up logging before the first frame.
            LoggerFactory.getLogger(SettingsStore.class)
                    .warn("The settings file {} cannot be read; using the defaults", file, e);
            return Settings.DEFAULTS;
        }
        Settings defaults = Settings.DEFAULTS;
        return new Settings(
                number(stored, CLIPBOARD, defaults.clipboardClearSeconds()),
                number(stored, IDLE_LOCK, defaults.idleLockMinutes()),
                choice(stored, THEME, Settings.Theme::valueOf, defaults.theme()),
                choice(stored, LANGUAGE, Settings.Language::valueOf, defaults.language()),
                number(stored, CONCURRENCY, defaults.checkConcurrency()));
    }

    public synchronized void save(Settings settings) {
        Properties stored = new Properties();
        stored.setProperty(CLIPBOARD, Integer.toString(settings.clipboardClearSeconds()));
        stored.setProperty(IDLE_LOCK, Integer.toString(settings.idleLockMinutes()));
        stored.setProperty(THEME, settings.theme().name());
        stored.setProperty(LANGUAGE, settings.language().name());
        stored.setProperty(CONCURRENCY, Integer.toString(settings.checkConcurrency()));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                stored.store(out, "Display and safety settings of this app; nothing in it opens anything");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The settings cannot be saved (" + file + ")", e);
        }
    }

    private static int number(Properties stored, String name, int fallback) {
        String value = stored.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <E extends Enum<E>> E choice(Properties stored, String name, Function<String, E> parse,
                                                E fallback) {
        @Nullable String value = stored.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
