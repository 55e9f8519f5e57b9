package com.edfapay.tokenmanager.app;

import java.util.Locale;
import java.util.Map;

/**
 * Start-up choices until the Settings screen exists: command-line {@code --language=ar --theme=dark
 * --sandbox=memory} (with {@code ./mvnw javafx:run -Djavafx.args="..."}), else the system properties
 * {@code edfapay.tokenmanager.language|theme|sandbox.memory}.
 */
record AppOptions(Locale locale, boolean darkTheme, boolean inMemorySandbox) {

    static AppOptions from(Map<String, String> named) {
        String language = named.getOrDefault("language", System.getProperty("edfapay.tokenmanager.language"));
        Locale locale = language == null || language.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(language);
        String theme = named.getOrDefault("theme", System.getProperty("edfapay.tokenmanager.theme"));
        String sandbox = named.get("sandbox");
        boolean memory = sandbox != null ? "memory".equalsIgnoreCase(sandbox)
                : Boolean.getBoolean("edfapay.tokenmanager.sandbox.memory");
        return new AppOptions(locale, "dark".equalsIgnoreCase(theme), memory);
    }
}
