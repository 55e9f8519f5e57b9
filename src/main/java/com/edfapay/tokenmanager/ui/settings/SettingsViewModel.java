package com.edfapay.tokenmanager.ui.settings;

import com.edfapay.tokenmanager.desktop.Settings;
import com.edfapay.tokenmanager.desktop.SettingsStore;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;

/**
 * The Settings screen. Every change is applied at once (through {@code apply}) and saved in the background to
 * the OS config folder. A choice fixed by a command-line flag for this run is shown, and its control disabled.
 */
public final class SettingsViewModel {

    /** The idle-lock choices offered; 0 is "off". */
    public static final List<Integer> IDLE_LOCK_CHOICES = List.of(0, 1, 2, 5, 10, 15, 30, 60);

    private final SettingsStore store;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Settings> apply;
    private final @Nullable String languageFlag;
    private final @Nullable String themeFlag;

    private final IntegerProperty clipboardSeconds = new SimpleIntegerProperty();
    private final ObjectProperty<Integer> idleLockMinutes = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.Language> language = new SimpleObjectProperty<>();
    private final IntegerProperty concurrency = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private Settings current;
    private boolean showing;

    /**
     * @param languageFlag the {@code --language} value given for this run, or null
     * @param themeFlag    the {@code --theme} value given for this run, or null
     */
    public SettingsViewModel(Settings initial, SettingsStore store, TaskRunner tasks, Messages messages,
                             Consumer<Settings> apply, @Nullable String languageFlag, @Nullable String themeFlag) {
        this.store = store;
        this.tasks = tasks;
        this.messages = messages;
        this.apply = apply;
        this.languageFlag = languageFlag;
        this.themeFlag = themeFlag;
        show(initial);
        clipboardSeconds.addListener((obs, old, value) -> changed());
        idleLockMinutes.addListener((obs, old, value) -> changed());
        theme.addListener((obs, old, value) -> changed());
        language.addListener((obs, old, value) -> changed());
        concurrency.addListener((obs, old, value) -> changed());
    }

    private void show(Settings settings) {
        showing = true;
        current = settings;
        clipboardSeconds.set(settings.clipboardClearSeconds());
        idleLockMinutes.set(settings.idleLockMinutes());
        theme.set(settings.theme());
        language.set(settings.language());
        concurrency.set(settings.checkConcurrency());
        showing = false;
    }

    private void changed() {
        if (showing) {
            return;
        }
        Integer idle = idleLockMinutes.get();
        Settings next = new Settings(clipboardSeconds.get(), idle == null ? 0 : idle, theme.get(), language.get(),
                concurrency.get());
        if (next.equals(current)) {
            return;
        }
        current = next;
        apply.accept(next);
        tasks.run(() -> {
            store.save(next);
            return next;
        }, saved -> {
            statusKind.set(StatusKind.SUCCESS);
            status.set(messages.get("settings.saved"));
        }, failure -> {
            statusKind.set(StatusKind.ERROR);
            status.set(messages.get("settings.saveFailed"));
        });
    }

    /** Puts every setting back to its default (applied and saved like any change). */
    public void resetToDefaults() {
        showing = true;
        clipboardSeconds.set(Settings.DEFAULTS.clipboardClearSeconds());
        idleLockMinutes.set(Settings.DEFAULTS.idleLockMinutes());
        theme.set(Settings.DEFAULTS.theme());
        language.set(Settings.DEFAULTS.language());
        concurrency.set(Settings.DEFAULTS.checkConcurrency());
        showing = false;
        changed();
    }

    public Settings current() {
        return current;
    }

    public String idleLockLabel(Integer minutes) {
        if (minutes == null || minutes == 0) {
            return messages.get("settings.idleLock.off");
        }
        return messages.get("settings.idleLock.minutes", minutes);
    }

    public String themeLabel(Settings.Theme value) {
        return value == null ? "" : messages.get("settings.theme." + value.name());
    }

    public String languageLabel(Settings.Language value) {
        return value == null ? "" : messages.get("settings.language." + value.name());
    }

    public boolean languageFixedByFlag() {
        return languageFlag != null;
    }

    public boolean themeFixedByFlag() {
        return themeFlag != null;
    }

    /** Why a control is disabled for this run, or "" when nothing is fixed. */
    public String flagNote() {
        if (languageFlag != null && themeFlag != null) {
            return messages.get("settings.flags.both", languageFlag, themeFlag);
        }
        if (languageFlag != null) {
            return messages.get("settings.flags.language", languageFlag);
        }
        if (themeFlag != null) {
            return messages.get("settings.flags.theme", themeFlag);
        }
        return "";
    }

    public List<Integer> idleLockChoices() {
        return IDLE_LOCK_CHOICES;
    }

    public List<Settings.Theme> themes() {
        return List.of(Settings.Theme.values());
    }

    public List<Settings.Language> languages() {
        return List.of(Settings.Language.values());
    }

    public IntegerProperty clipboardSecondsProperty() { return clipboardSeconds; }
    public ObjectProperty<Integer> idleLockMinutesProperty() { return idleLockMinutes; }
    public ObjectProperty<Settings.Theme> themeProperty() { return theme; }
    public ObjectProperty<Settings.Language> languageProperty() { return language; }
    public IntegerProperty concurrencyProperty() { return concurrency; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() { return statusKind.getReadOnlyProperty(); }
}
