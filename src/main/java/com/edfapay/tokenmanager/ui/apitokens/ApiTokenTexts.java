package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.ui.common.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** How API token facts read in the table and the detail pane, in the user's language and time zone. */
public final class ApiTokenTexts {

    private final Messages messages;
    private final Clock clock;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public ApiTokenTexts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", messages.locale()).withZone(clock.getZone());
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd", messages.locale()).withZone(clock.getZone());
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    /** {@code edfa_AbCd…WXYZ}: the parts of the secret every list may show. */
    public String key(ApiToken token) {
        String prefix = token.prefix() == null ? "" : token.prefix();
        String last4 = token.last4() == null ? "" : token.last4();
        return prefix + "\u2026" + last4;
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String date(@Nullable Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public String created(ApiToken token) {
        String at = dateTime(token.createdAt());
        return token.createdBy() == null || token.createdBy().isBlank()
                ? at : messages.get("api.created.by", at, token.createdBy());
    }

    /** Table form: the day and who created it. */
    public String createdShort(ApiToken token) {
        String at = date(token.createdAt());
        return token.createdBy() == null || token.createdBy().isBlank()
                ? at : messages.get("api.created.by", at, token.createdBy());
    }

    /** Table form: how long ago, or never. */
    public String lastUsedShort(@Nullable Instant lastUsedAt) {
        return lastUsedAt == null ? messages.get("api.lastUsed.never")
                : messages.get("api.lastUsed.relative", daysBetween(lastUsedAt, now()));
    }

    /** Table form: the day, never, or expired. */
    public String expiryShort(ApiToken token) {
        Instant expiresAt = token.expiresAt();
        if (expiresAt == null) {
            return messages.get("api.expires.never");
        }
        return expiresAt.isAfter(now()) ? date(expiresAt) : messages.get("api.state.expired");
    }

    public String lastUsed(@Nullable Instant lastUsedAt) {
        if (lastUsedAt == null) {
            return messages.get("api.lastUsed.never");
        }
        return messages.get("api.lastUsed.ago", date(lastUsedAt), daysBetween(lastUsedAt, now()));
    }

    public String expiry(ApiToken token) {
        Instant expiresAt = token.expiresAt();
        if (expiresAt == null) {
            return messages.get("api.expires.never");
        }
        Instant now = now();
        if (!expiresAt.isAfter(now)) {
            return messages.get("api.expires.expired", date(expiresAt));
        }
        return messages.get("api.expires.in", date(expiresAt), daysUntil(now, expiresAt));
    }

    public String status(ApiToken token) {
        if (!token.active()) {
            return messages.get("api.state.disabled");
        }
        return ApiTokenFlags.isExpired(token, now())
                ? messages.get("api.state.expired") : messages.get("api.state.active");
    }

    public String flagShort(ApiTokenFlags.Flag flag) {
        return messages.get("api.flag." + flag.name());
    }

    public String flagDetail(ApiTokenFlags.Flag flag) {
        return messages.get("api.flag." + flag.name() + ".detail");
    }

    /** Whole days left, rounded up: a 90-day token generated a second ago has 90 days left, not 89. */
    private static long daysUntil(Instant now, Instant later) {
        long seconds = Duration.between(now, later).getSeconds();
        return Math.max(0, (seconds + 86_399) / 86_400);
    }

    private static long daysBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).truncatedTo(ChronoUnit.DAYS).toDays());
    }
}
