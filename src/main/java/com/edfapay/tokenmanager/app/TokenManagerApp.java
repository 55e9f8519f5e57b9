package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.KeychainSecretStore;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.desktop.OsTheme;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.desktop.Settings;
import com.edfapay.tokenmanager.desktop.SettingsStore;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: disk work in init() (not the FX thread), the window in start(). */
public final class TokenManagerApp extends Application {

    private AppFolders folders;
    private AppOptions options;
    private EmbeddedSandbox sandbox;
    private SecretStore secretStore;
    private Settings settings;
    private boolean osPrefersDark;
    private CompositionRoot root;

    @Override
    public void init() {
        folders = AppFolders.forCurrentUser().create();
        options = AppOptions.from(getParameters().getNamed());
        sandbox = new EmbeddedSandbox(options.inMemorySandbox() ? null : folders.sandboxDatabase());
        // Probing the keychain may talk to D-Bus or the OS; init() runs before, and off, the JavaFX thread.
        secretStore = KeychainSecretStore.open().orElseGet(MemorySecretStore::new);
        settings = SettingsStore.in(folders).load();
        osPrefersDark = OsTheme.prefersDark();
    }

    @Override
    public void start(Stage stage) {
        root = new CompositionRoot(folders, stage, getHostServices()::showDocument, options, sandbox,
                secretStore, settings, osPrefersDark);
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
    }
}
