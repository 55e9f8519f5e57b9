package com.edfapay.tokenmanager.sandbox.store;

import java.util.UUID;

/** A user joined with the business unit it belongs to (the facts scope decisions are made from). */
public record UserRow(UUID id, String username, String email, String firstName, String lastName, String phone,
                      String userType, UUID businessUnitId, boolean active, String terminalId, String trsm,
                      String deviceId, String businessUnitName, String businessUnitType, UUID businessUnitParentId,
                      UUID partnerId) {
}
