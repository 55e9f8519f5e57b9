package com.edfapay.tokenmanager.sandbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the standalone sandbox keeps its database by default: the user's data folder for this app, or
 * {@code <edfapay.tokenmanager.home>/sandbox} when that system property is set (tests and portable installs).
 * The returned path is the H2 base name; H2 adds {@code .mv.db}.
 */
public final class SandboxDataFolder {

    public static final String HOME_PROPERTY = "edfapay.tokenmanager.home";
    private static final String FILE_NAME = "sandbox";

    private SandboxDataFolder() {
    }

    public static Path defaultDataFile(Map<String, String> env, Properties system) {
        String home = system.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home, "sandbox", FILE_NAME);
        }
        String os = system.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = system.getProperty("user.home", ".");
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? Path.of(userHome, "AppData", "Roaming")
                    : Path.of(appData);
            return base.resolve("EdfaPayTokenManager").resolve("sandbox").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "EdfaPayTokenManager", "sandbox", FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve("edfapay-token-manager").resolve("sandbox").resolve(FILE_NAME);
    }
}
