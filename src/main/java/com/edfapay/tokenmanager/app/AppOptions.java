package com.edfapay.tokenmanager.app;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Start-up choices from the command line: {@code --language=ar --theme=dark --sandbox=memory} (with
 * {@code ./mvnw javafx:run -Djavafx.args="..."}), else the system properties
 * {@code edfapay.tokenmanager.language|theme|sandbox.memory}. A language or theme given here overrides the
 * Settings screen for this run; {@code languageFlag}/{@code themeFlag} say what was given (null: nothing).
 * {@code --smoke} (with an optional {@code --smoke-timeout=SECONDS}) signs in to the local sandbox as the merchant
 * admin, waits for the main window's first frame, prints how long that took and exits; {@code --smoke=connect}
 * stops at the Connect screen's first frame (the installer build trains its AOT cache with it).
 */
record AppOptions(Locale locale, boolean darkTheme, boolean inMemorySandbox, @Nullable String languageFlag,
                  @Nullable String themeFlag, boolean smoke, boolean smokeConnectOnly, Duration smokeTimeout) {

    static final Duration DEFAULT_SMOKE_TIMEOUT = Duration.ofSeconds(120);

    /** Language and theme fixed by the caller (tests and tools), as if given on the command line. */
    AppOptions(Locale locale, boolean darkTheme, boolean inMemorySandbox) {
        this(locale, darkTheme, inMemorySandbox, locale.toLanguageTag(), darkTheme ? "dark" : "light", false, false,
                DEFAULT_SMOKE_TIMEOUT);
    }

    static AppOptions from(Map<String, String> named) {
        return from(named, List.of());
    }

    static AppOptions from(Map<String, String> named, List<String> unnamed) {
        String language = named.getOrDefault("language", System.getProperty("edfapay.tokenmanager.language"));
        boolean languageGiven = language != null && !language.isBlank();
        Locale locale = languageGiven ? Locale.forLanguageTag(language) : Locale.getDefault();
        String theme = named.getOrDefault("theme", System.getProperty("edfapay.tokenmanager.theme"));
        boolean themeGiven = theme != null && !theme.isBlank();
        String sandbox = named.get("sandbox");
        boolean memory = sandbox != null ? "memory".equalsIgnoreCase(sandbox)
                : Boolean.getBoolean("edfapay.tokenmanager.sandbox.memory");
        boolean smoke = unnamed.contains("--smoke") || named.containsKey("smoke");
        boolean connectOnly = "connect".equalsIgnoreCase(named.get("smoke"));
        Duration timeout = DEFAULT_SMOKE_TIMEOUT;
        String seconds = named.get("smoke-timeout");
        if (seconds != null) {
            try {
                timeout = Duration.ofSeconds(Math.max(1, Long.parseLong(seconds.trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--smoke-timeout must be a whole number of seconds: " + seconds);
            }
        }
        return new AppOptions(locale, "dark".equalsIgnoreCase(theme), memory, languageGiven ? language : null,
                themeGiven ? theme : null, smoke, connectOnly, timeout);
    }
}
