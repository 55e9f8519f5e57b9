package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.wording.FailureWording;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The command line's user-visible texts, in English and Arabic ({@code cli/messages*.properties}); the usage help
 * lives in {@code cli/help*.properties}, which picocli reads itself.
 */
final class CliMessages {

    static final String BUNDLE = "com.edfapay.tokenmanager.cli.messages";
    static final String HELP_BUNDLE = "com.edfapay.tokenmanager.cli.help";

    private final Locale locale;
    private final ResourceBundle bundle;

    private CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Arabic when the language is Arabic, English otherwise. */
    static CliMessages forLocale(Locale requested) {
        return new CliMessages(supported(requested));
    }

    static Locale supported(Locale requested) {
        return "ar".equals(requested.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
    }

    Locale locale() {
        return locale;
    }

    /** Latin digits in both languages: counts and HTTP statuses sit next to ids and commands on a terminal. */
    private Locale formatLocale() {
        return locale.getLanguage().equals("ar") ? Locale.forLanguageTag("ar-u-nu-latn") : locale;
    }

    ResourceBundle helpBundle() {
        return ResourceBundle.getBundle(HELP_BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The client's typed failures worded with this bundle's sentences ({@code reason.*}, {@code operation.*},
     * {@code duration.*}): the command line's own words, chosen by the logic the window shares.
     */
    FailureWording failures() {
        return new FailureWording(this::get, new FailureWording.Keys("reason.", "operation.", "duration."));
    }

    String get(String key, @Nullable Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing CLI message " + key, e);
        }
        return new MessageFormat(pattern, formatLocale()).format(args);
    }
}
