package com.edfapay.tokenmanager.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as listed (never the secret). */
public record ApiToken(String id, String name, String prefix, String last4, boolean active,
                       @Nullable Instant createdAt, @Nullable String createdBy, @Nullable Instant lastUsedAt,
                       @Nullable Instant expiresAt, @Nullable String businessUnitId, @Nullable String disabledReason,
                       @Nullable String replacedById) {
}
