package com.edfapay.tokenmanager.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps its settings, data and logs, per operating-system convention. */
public record AppFolders(Path config, Path data, Path logs) {

    /** Overrides every folder, for tests and portable installs. */
    public static final String HOME_PROPERTY = "edfapay.tokenmanager.home";

    public static AppFolders forCurrentUser() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")), System.getenv());
    }

    static AppFolders resolve(String homeOverride, String osName, Path userHome, Map<String, String> env) {
        if (homeOverride != null && !homeOverride.isBlank()) {
            Path home = Path.of(homeOverride);
            return new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path base = Path.of(env.getOrDefault("APPDATA", userHome.resolve("AppData/Roaming").toString()))
                    .resolve("EdfaPayTokenManager");
            return new AppFolders(base, base, base.resolve("logs"));
        }
        if (os.contains("mac")) {
            Path base = userHome.resolve("Library/Application Support/EdfaPayTokenManager");
            return new AppFolders(base, base, userHome.resolve("Library/Logs/EdfaPayTokenManager"));
        }
        Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("edfapay-token-manager");
        Path data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local/share")).resolve("edfapay-token-manager");
        Path state = xdg(env, "XDG_STATE_HOME", userHome.resolve(".local/state")).resolve("edfapay-token-manager");
        return new AppFolders(config, data, state.resolve("logs"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    /** The saved connection profiles, shared by the window and the command line. */
    public Path profilesFile() {
        return config.resolve("profiles.json");
    }

    public Path sandboxDatabase() {
        return data.resolve("sandbox").resolve("sandbox");
    }

    /** The folder of the activity log shared by the app and the command line (see FileActivityLog). */
    public Path activityLog() {
        return data.resolve("activity");
    }

    /** Creates the folders; called from a background thread at start-up. */
    public AppFolders create() {
        try {
            Files.createDirectories(config);
            Files.createDirectories(data);
            Files.createDirectories(logs);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the application folders", e);
        }
    }
}
