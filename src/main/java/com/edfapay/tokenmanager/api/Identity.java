package com.edfapay.tokenmanager.api;

/** The owner of the API key. {@code fromProbe} is true when found by probing rather than from {@code /me}. */
public record Identity(String userId, UserType userType, String businessUnitId, String businessUnitName,
                       String partnerId, boolean fromProbe) {
}
