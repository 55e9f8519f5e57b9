package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.AppFolders;
import javafx.application.Application;

/**
 * Entry point. Kept apart from the Application subclass so the app starts from a plain class path, and so the
 * log folder is known before the first logger is created.
 */
public final class Launcher {

    /** Read by logback.xml to place the log file. */
    static final String LOG_DIR_PROPERTY = "edfapay.tokenmanager.logs";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, AppFolders.forCurrentUser().logs().toString());
        }
        Application.launch(TokenManagerApp.class, args);
    }
}
