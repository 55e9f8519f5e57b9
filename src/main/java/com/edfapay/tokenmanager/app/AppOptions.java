package com.edfapay.tokenmanager.app;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Start-up choices from the command line: {@code --language=ar --theme=dark --sandbox=memory} (with
 * {@code ./mvnw javafx:run -Djavafx.args="..."}), else the system properties
 * {@code edfapay.tokenmanager.language|theme|sandbox.memory}. A language or theme given here overrides the
 * Settings screen for this run; {@code languageFlag}/{@code themeFlag} say what was given (null: nothing).
 */
record AppOptions(Locale locale, boolean darkTheme, boolean inMemorySandbox, @Nullable String languageFlag,
                  @Nullable String themeFlag) {

    /** Language and theme fixed by the caller (tests and tools), as if given on the command line. */
    AppOptions(Locale locale, boolean darkTheme, boolean inMemorySandbox) {
        this(locale, darkTheme, inMemorySandbox, locale.toLanguageTag(), darkTheme ? "dark" : "light");
    }

    static AppOptions from(Map<String, String> named) {
        String language = named.getOrDefault("language", System.getProperty("edfapay.tokenmanager.language"));
        boolean languageGiven = language != null && !language.isBlank();
        Locale locale = languageGiven ? Locale.forLanguageTag(language) : Locale.getDefault();
        String theme = named.getOrDefault("theme", System.getProperty("edfapay.tokenmanager.theme"));
        boolean themeGiven = theme != null && !theme.isBlank();
        String sandbox = named.get("sandbox");
        boolean memory = sandbox != null ? "memory".equalsIgnoreCase(sandbox)
                : Boolean.getBoolean("edfapay.tokenmanager.sandbox.memory");
        return new AppOptions(locale, "dark".equalsIgnoreCase(theme), memory, languageGiven ? language : null,
                themeGiven ? theme : null);
    }
}
