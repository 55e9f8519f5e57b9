package com.edfapay.tokenmanager.api;

import java.time.Instant;

/** An API token as listed (never the secret). */
public record ApiToken(String id, String name, String prefix, String last4, boolean active, Instant createdAt,
                       String createdBy, Instant lastUsedAt, Instant expiresAt, String businessUnitId,
                       String disabledReason, String replacedById) {
}
