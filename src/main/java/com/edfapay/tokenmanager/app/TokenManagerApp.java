package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.KeychainSecretStore;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The JavaFX application. Start-up order (docs/decisions/0032-first-frame-first.md): folders in init(), the
 * Connect screen in start(), and everything the first frame does not show (logging, keychain probe, embedded
 * sandbox, saved profiles) only after that frame.
 */
public final class TokenManagerApp extends Application {

    private AppFolders folders;
    private AppOptions options;
    private EmbeddedSandbox sandbox;
    private @Nullable SmokeRun smoke;
    private CompositionRoot root;

    @Override
    public void init() {
        folders = AppFolders.forCurrentUser().create();
        options = AppOptions.from(getParameters().getNamed(), getParameters().getUnnamed());
        sandbox = new EmbeddedSandbox(options.inMemorySandbox() ? null : folders.sandboxDatabase());
    }

    @Override
    public void start(Stage stage) {
        DeferredSecretStore secretStore = new DeferredSecretStore(
                () -> KeychainSecretStore.open().orElseGet(MemorySecretStore::new));
        smoke = options.smoke() ? SmokeRun.create(options.smokeTimeout(), options.smokeConnectOnly()) : null;
        root = new CompositionRoot(folders, stage, getHostServices()::showDocument, options, sandbox,
                secretStore, smoke);
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
