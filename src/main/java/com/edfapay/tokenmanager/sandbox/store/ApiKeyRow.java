package com.edfapay.tokenmanager.sandbox.store;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API key as stored: never the secret, only its prefix, last 4 characters and (elsewhere) its SHA-256 hash.
 * {@code listed} keys are the business unit's API tokens; unlisted ones are per-user persona keys.
 */
public record ApiKeyRow(UUID id, UUID businessUnitId, UUID ownerUserId, String name, String prefix, String last4,
                        boolean active, Instant createdAt, String createdBy, @Nullable Instant lastUsedAt,
                        @Nullable Instant expiresAt, @Nullable String disabledReason, @Nullable UUID replacedById,
                        boolean persona, boolean listed) {

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
