package com.edfapay.tokenmanager.desktop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The settings in {@code settings.json} of the OS config folder. Blocking: call it off the UI thread. */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore in(AppFolders folders) {
        return new SettingsStore(folders.config().resolve("settings.json"));
    }

    /** The saved settings; the defaults when there is no file or it cannot be read (reported at WARN). */
    public synchronized Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            return stored.toSettings();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The settings file {} cannot be read; using the defaults", file, e);
            return Settings.DEFAULTS;
        }
    }

    public synchronized void save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(temp.toFile(), Stored.of(settings));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The settings cannot be saved (" + file + ")", e);
        }
    }

    /** The file's shape; missing fields keep their defaults, so an older file still loads. */
    static final class Stored {
        public int clipboardClearSeconds = Settings.DEFAULTS.clipboardClearSeconds();
        public int idleLockMinutes = Settings.DEFAULTS.idleLockMinutes();
        public Settings.Theme theme = Settings.DEFAULTS.theme();
        public Settings.Language language = Settings.DEFAULTS.language();
        public int checkConcurrency = Settings.DEFAULTS.checkConcurrency();

        static Stored of(Settings settings) {
            Stored stored = new Stored();
            stored.clipboardClearSeconds = settings.clipboardClearSeconds();
            stored.idleLockMinutes = settings.idleLockMinutes();
            stored.theme = settings.theme();
            stored.language = settings.language();
            stored.checkConcurrency = settings.checkConcurrency();
            return stored;
        }

        Settings toSettings() {
            return new Settings(clipboardClearSeconds, idleLockMinutes, theme, language, checkConcurrency);
        }
    }
}
