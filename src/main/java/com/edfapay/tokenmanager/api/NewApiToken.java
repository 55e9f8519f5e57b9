package com.edfapay.tokenmanager.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Request to generate an API token; {@code expiresAt} and {@code replacesTokenId} are optional. */
public record NewApiToken(String businessUnitId, String name, @Nullable Instant expiresAt, @Nullable String replacesTokenId) {
}
