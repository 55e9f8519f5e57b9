package com.edfapay.tokenmanager.api;

import org.jspecify.annotations.Nullable;

/**
 * The owner of the API key. {@code fromProbe} is true when found by probing rather than from {@code /me}. A server
 * that names no user type gives {@link UserType#UNKNOWN}, never null.
 */
public record Identity(@Nullable String userId, UserType userType, @Nullable String businessUnitId,
                       @Nullable String businessUnitName, @Nullable String partnerId, boolean fromProbe) {
}
