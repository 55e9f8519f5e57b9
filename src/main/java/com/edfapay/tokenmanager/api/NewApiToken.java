package com.edfapay.tokenmanager.api;

import java.time.Instant;

/** Request to generate an API token; {@code expiresAt} and {@code replacesTokenId} are optional. */
public record NewApiToken(String businessUnitId, String name, Instant expiresAt, String replacesTokenId) {
}
