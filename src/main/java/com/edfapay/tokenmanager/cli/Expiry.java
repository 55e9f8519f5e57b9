package com.edfapay.tokenmanager.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** {@code --expires-in 90d|12h|P30D} and {@code --expires-at 2027-01-31|2027-01-31T12:00:00Z}. */
final class Expiry {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,5})([dh])");

    private Expiry() {
    }

    static @Nullable Instant resolve(@Nullable String in, @Nullable String at, Clock clock, CliMessages messages) {
        if (in != null && at != null) {
            throw CliFailure.usage(messages.get("usage.expiryTwice"));
        }
        Instant now = clock.instant();
        Instant result;
        if (in != null) {
            result = now.plus(duration(in.strip(), messages));
        } else if (at != null) {
            result = instant(at.strip(), messages);
        } else {
            return null;
        }
        if (!result.isAfter(now)) {
            throw CliFailure.usage(messages.get("usage.expiryPast", result.toString()));
        }
        return result;
    }

    private static Duration duration(String text, CliMessages messages) {
        Matcher m = SHORT.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return m.group(2).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n);
        }
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw CliFailure.usage(messages.get("usage.badDuration", text));
        }
    }

    private static Instant instant(String text, CliMessages messages) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw CliFailure.usage(messages.get("usage.badInstant", text));
        }
    }
}
