package com.edfapay.tokenmanager.sandbox.store;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user joined with the business unit it belongs to (the facts scope decisions are made from). */
public record UserRow(UUID id, String username, @Nullable String email, @Nullable String firstName,
                      @Nullable String lastName, @Nullable String phone, String userType, UUID businessUnitId,
                      boolean active, @Nullable String terminalId, @Nullable String trsm, @Nullable String deviceId, String businessUnitName, String businessUnitType, UUID businessUnitParentId,
                      UUID partnerId) {
}
