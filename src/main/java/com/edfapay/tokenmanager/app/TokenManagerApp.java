package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.AppFolders;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: disk work in init() (not the FX thread), the window in start(). */
public final class TokenManagerApp extends Application {

    private AppFolders folders;
    private AppOptions options;
    private EmbeddedSandbox sandbox;
    private CompositionRoot root;

    @Override
    public void init() {
        folders = AppFolders.forCurrentUser().create();
        options = AppOptions.from(getParameters().getNamed());
        sandbox = new EmbeddedSandbox(options.inMemorySandbox() ? null : folders.sandboxDatabase());
    }

    @Override
    public void start(Stage stage) {
        root = new CompositionRoot(folders, stage, getHostServices()::showDocument, options, sandbox);
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
