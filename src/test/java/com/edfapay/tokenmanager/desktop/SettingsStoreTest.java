package com.edfapay.tokenmanager.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir Path config;

    @Test
    void roundTripsAndHoldsNothingButTheSettings() throws Exception {
        SettingsStore store = new SettingsStore(config.resolve("settings.properties"));
        Settings chosen = new Settings(15, 10, Settings.Theme.LIGHT, Settings.Language.ENGLISH, 12);
        store.save(chosen);
        assertThat(new SettingsStore(config.resolve("settings.properties")).load()).isEqualTo(chosen);
        String text = Files.readString(config.resolve("settings.properties"));
        assertThat(text).contains("clipboardClearSeconds=15").contains("theme=LIGHT").doesNotContainIgnoringCase("key")
                .doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("secret");
    }

    @Test
    void aMissingDamagedOrHandEditedFileGivesSaneSettings() throws Exception {
        Path file = config.resolve("settings.properties");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.DEFAULTS);
        Files.writeString(file, "{ not a properties file \\u12");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.DEFAULTS);
        Files.writeString(file, "clipboardClearSeconds = 5000\nidleLockMinutes=-3\ntheme=PURPLE\nlanguage=arabic\n"
                + "checkConcurrency=0\nsomethingNew=true\n");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.clipboardClearSeconds()).isEqualTo(Settings.MAX_CLIPBOARD_SECONDS);
        assertThat(loaded.idleLockMinutes()).isZero();
        assertThat(loaded.theme()).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(loaded.language()).as("names are read case-blind").isEqualTo(Settings.Language.ARABIC);
        assertThat(loaded.checkConcurrency()).isEqualTo(Settings.MIN_CONCURRENCY);
    }

    @Test
    void followingTheSystemLanguageMeansArabicOnlyForAnArabicSystem() {
        assertThat(Settings.Language.SYSTEM.locale(Locale.forLanguageTag("ar-SA")).getLanguage()).isEqualTo("ar");
        assertThat(Settings.Language.SYSTEM.locale(Locale.forLanguageTag("tr-TR"))).isEqualTo(Locale.ENGLISH);
        assertThat(Settings.Language.ENGLISH.locale(Locale.forLanguageTag("ar"))).isEqualTo(Locale.forLanguageTag("en"));
    }
}
