package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.KeychainSecretStore;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.desktop.OsTheme;
import com.edfapay.tokenmanager.desktop.Settings;
import com.edfapay.tokenmanager.desktop.SettingsStore;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The JavaFX application. Start-up order (docs/decisions/0032-first-frame-first.md): folders and settings in
 * init(), the Connect screen in start(), and everything the first frame does not show (logging, keychain probe,
 * embedded sandbox, saved profiles, OS lock signals) only after that frame.
 */
public final class TokenManagerApp extends Application {

    private AppFolders folders;
    private AppOptions options;
    private EmbeddedSandbox sandbox;
    private Settings settings;
    private boolean osPrefersDark;
    private @Nullable SmokeRun smoke;
    private CompositionRoot root;

    @Override
    public void init() {
        folders = AppFolders.forCurrentUser().create();
        options = AppOptions.from(getParameters().getNamed(), getParameters().getUnnamed());
        sandbox = new EmbeddedSandbox(options.inMemorySandbox() ? null : folders.sandboxDatabase());
        // init() runs before, and off, the JavaFX thread. The OS is asked for its theme only when the first frame
        // needs the answer (it starts a process).
        settings = SettingsStore.in(folders).load();
        osPrefersDark = options.themeFlag() == null && settings.theme() == Settings.Theme.SYSTEM
                && OsTheme.prefersDark();
    }

    @Override
    public void start(Stage stage) {
        DeferredSecretStore secretStore = new DeferredSecretStore(
                () -> KeychainSecretStore.open().orElseGet(MemorySecretStore::new));
        smoke = options.smoke() ? SmokeRun.create(options.smokeTimeout(), options.smokeConnectOnly()) : null;
        root = new CompositionRoot(folders, stage, getHostServices()::showDocument, options, sandbox,
                secretStore, settings, osPrefersDark, smoke);
        Thread.setDefaultUncaughtExceptionHandler(root::uncaught);
        Thread.currentThread().setUncaughtExceptionHandler(root::uncaught);
        root.showMainWindow();
    }

    @Override
    public void stop() {
        if (root != null) {
            root.close();
        }
        sandbox.close();
        if (smoke != null) {
            // A --smoke run ends with its outcome as the exit code, once everything is closed.
            smoke.exitCode().ifPresent(System::exit);
        }
    }
}
