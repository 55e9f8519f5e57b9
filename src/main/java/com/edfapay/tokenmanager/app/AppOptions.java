package com.edfapay.tokenmanager.app;

import java.util.Locale;

/** Start-up choices that come from system properties until the Settings screen exists. */
record AppOptions(Locale locale, boolean darkTheme, boolean inMemorySandbox) {

    static AppOptions fromSystemProperties() {
        String language = System.getProperty("edfapay.tokenmanager.language");
        Locale locale = language == null || language.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(language);
        boolean dark = "dark".equalsIgnoreCase(System.getProperty("edfapay.tokenmanager.theme"));
        boolean memory = Boolean.getBoolean("edfapay.tokenmanager.sandbox.memory");
        return new AppOptions(locale, dark, memory);
    }
}
