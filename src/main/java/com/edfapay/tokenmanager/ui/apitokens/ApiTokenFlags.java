package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.ApiToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What deserves attention about an API token, computed from the token and "now" only (pure, so tests pass a
 * fixed instant). Disabled tokens carry no flags: they can do no harm and need no action.
 */
public final class ApiTokenFlags {

    /** Rotate a token once it is this old. */
    public static final Duration ROTATE_AFTER = Duration.ofDays(90);
    /** Warn this long before expiry. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(14);
    /** A token not used for this long (or never used and older than this) is probably forgotten. */
    public static final Duration UNUSED_AFTER = Duration.ofDays(30);

    public enum Flag {
        /** Past its expiry: the server answers 401 to it. */
        EXPIRED,
        /** Expires within {@link #EXPIRY_WARNING}. */
        EXPIRING_SOON,
        /** Older than {@link #ROTATE_AFTER}. */
        ROTATE,
        /** Not used for {@link #UNUSED_AFTER}, or never used and older than that. */
        UNUSED,
        /** A replacement was generated; disable this one when the new one is deployed. */
        REPLACED
    }

    private ApiTokenFlags() {
    }

    public static Set<Flag> of(ApiToken token, Instant now) {
        if (token == null || !token.active()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Flag.class));
        }
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        if (token.replacedById() != null) {
            flags.add(Flag.REPLACED);
        }
        if (isExpired(token, now)) {
            flags.add(Flag.EXPIRED);
            return Collections.unmodifiableSet(flags);
        }
        if (token.expiresAt() != null && !token.expiresAt().isAfter(now.plus(EXPIRY_WARNING))) {
            flags.add(Flag.EXPIRING_SOON);
        }
        if (token.createdAt() != null && token.createdAt().isBefore(now.minus(ROTATE_AFTER))) {
            flags.add(Flag.ROTATE);
        }
        Instant lastActivity = token.lastUsedAt() != null ? token.lastUsedAt() : token.createdAt();
        if (lastActivity != null && lastActivity.isBefore(now.minus(UNUSED_AFTER))) {
            flags.add(Flag.UNUSED);
        }
        return Collections.unmodifiableSet(flags);
    }

    public static boolean isExpired(ApiToken token, Instant now) {
        return token.expiresAt() != null && !token.expiresAt().isAfter(now);
    }
}
