package com.edfapay.tokenmanager.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.desktop.Settings;
import com.edfapay.tokenmanager.desktop.SettingsStore;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir Path config;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final List<Settings> applied = new ArrayList<>();

    private SettingsStore store() {
        return new SettingsStore(config.resolve("settings.properties"));
    }

    private SettingsViewModel viewModel(Settings initial, String languageFlag, String themeFlag) {
        return new SettingsViewModel(initial, store(), tasks, messages, applied::add, languageFlag, themeFlag);
    }

    @Test
    void everyChangeIsAppliedAtOnceAndSurvivesARestart() {
        SettingsViewModel vm = viewModel(store().load(), null, null);
        assertThat(vm.current()).isEqualTo(Settings.DEFAULTS);
        assertThat(applied).isEmpty();

        vm.clipboardSecondsProperty().set(45);
        vm.idleLockMinutesProperty().set(0);
        vm.themeProperty().set(Settings.Theme.DARK);
        vm.languageProperty().set(Settings.Language.ARABIC);
        vm.concurrencyProperty().set(4);

        assertThat(applied).hasSize(5);
        assertThat(applied.get(4)).isEqualTo(new Settings(45, 0, Settings.Theme.DARK, Settings.Language.ARABIC, 4));
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);

        Settings afterRestart = store().load();
        assertThat(afterRestart).isEqualTo(applied.get(4));
        assertThat(afterRestart.idleLockOn()).isFalse();
        assertThat(afterRestart.language().locale(Locale.ENGLISH)).isEqualTo(Locale.forLanguageTag("ar"));
        SettingsViewModel again = viewModel(afterRestart, null, null);
        assertThat(again.clipboardSecondsProperty().get()).isEqualTo(45);
        assertThat(again.idleLockLabel(again.idleLockMinutesProperty().get())).isEqualTo("Never (off)");
    }

    @Test
    void resetPutsTheDefaultsBackInOneChange() {
        SettingsViewModel vm = viewModel(new Settings(90, 30, Settings.Theme.LIGHT, Settings.Language.ENGLISH, 2),
                null, null);
        vm.resetToDefaults();
        assertThat(applied).containsExactly(Settings.DEFAULTS);
        assertThat(store().load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void commandLineFlagsAreNamedAndTheirControlsFixed() {
        SettingsViewModel vm = viewModel(Settings.DEFAULTS, "ar", null);
        assertThat(vm.languageFixedByFlag()).isTrue();
        assertThat(vm.themeFixedByFlag()).isFalse();
        assertThat(vm.flagNote()).isEqualTo("The language is set by --language=ar for this run.");
        assertThat(viewModel(Settings.DEFAULTS, null, null).flagNote()).isEmpty();
    }

    @Test
    void aSettingsFileThatCannotBeWrittenSaysSoAndTheChangeStillApplies() throws Exception {
        Files.createDirectories(config.resolve("settings.properties")); // a folder where the file should be
        SettingsViewModel vm = viewModel(Settings.DEFAULTS, null, null);
        vm.clipboardSecondsProperty().set(20);
        assertThat(applied).extracting(Settings::clipboardClearSeconds).containsExactly(20);
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(vm.statusProperty().get()).contains("could not be saved");
    }

    @Test
    void labelsInBothLanguages() {
        SettingsViewModel vm = viewModel(Settings.DEFAULTS, null, null);
        assertThat(vm.idleLockLabel(1)).isEqualTo("1 minute");
        assertThat(vm.idleLockLabel(15)).isEqualTo("15 minutes");
        assertThat(vm.themeLabel(Settings.Theme.SYSTEM)).isEqualTo("Follow the system");
        SettingsViewModel arabic = new SettingsViewModel(Settings.DEFAULTS, store(), tasks,
                Messages.forLocale(Locale.forLanguageTag("ar")), applied::add, null, null);
        assertThat(arabic.languageLabel(Settings.Language.ARABIC)).isEqualTo("\u0627\u0644\u0639\u0631\u0628\u064a\u0629");
    }
}
