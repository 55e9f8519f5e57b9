package com.edfapay.tokenmanager.desktop;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the user can set on the Settings screen. Never a secret: the file holding it may be copied, synced or
 * attached to a support request. Out-of-range values (a hand-edited file) are brought into range.
 */
public record Settings(int clipboardClearSeconds, int idleLockMinutes, Theme theme, Language language,
                       int checkConcurrency) {

    public static final int MIN_CLIPBOARD_SECONDS = 10;
    public static final int MAX_CLIPBOARD_SECONDS = 120;
    /** 0 means the idle lock is off. */
    public static final int MAX_IDLE_LOCK_MINUTES = 60;
    public static final int MIN_CONCURRENCY = 1;
    public static final int MAX_CONCURRENCY = 32;

    public static final Settings DEFAULTS = new Settings(30, 5, Theme.SYSTEM, Language.SYSTEM, 8);

    public enum Theme { SYSTEM, LIGHT, DARK }

    public enum Language {
        SYSTEM(null), ENGLISH("en"), ARABIC("ar");

        private final @Nullable String tag;

        Language(@Nullable String tag) {
            this.tag = tag;
        }

        /** The locale to show the app in; the OS language when it is one we have, else English. */
        public Locale locale(Locale system) {
            if (tag != null) {
                return Locale.forLanguageTag(tag);
            }
            return "ar".equals(system.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        }
    }

    public Settings {
        clipboardClearSeconds = clamp(clipboardClearSeconds, MIN_CLIPBOARD_SECONDS, MAX_CLIPBOARD_SECONDS);
        idleLockMinutes = clamp(idleLockMinutes, 0, MAX_IDLE_LOCK_MINUTES);
        checkConcurrency = clamp(checkConcurrency, MIN_CONCURRENCY, MAX_CONCURRENCY);
        theme = theme == null ? Theme.SYSTEM : theme;
        language = language == null ? Language.SYSTEM : language;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    public Duration clipboardClearAfter() {
        return Duration.ofSeconds(clipboardClearSeconds);
    }

    public boolean idleLockOn() {
        return idleLockMinutes > 0;
    }

    public Duration idleLockAfter() {
        return Duration.ofMinutes(idleLockMinutes);
    }
}
