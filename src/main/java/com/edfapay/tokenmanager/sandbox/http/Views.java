package com.edfapay.tokenmanager.sandbox.http;

import com.edfapay.tokenmanager.sandbox.store.ApiKeyRow;
import com.edfapay.tokenmanager.sandbox.store.BusinessUnitRow;
import com.edfapay.tokenmanager.sandbox.store.SdkTokenRow;
import com.edfapay.tokenmanager.sandbox.store.UserRow;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The wire shapes of the contract's {@code data} elements; field names are the contract's. */
public final class Views {

    private Views() {
    }

    public record SdkToken(UUID userId, @Nullable String token, UUID businessUnitId, String userType,
                           @Nullable String terminalId, @Nullable String trsm, @Nullable String deviceId,
                           boolean active) {

        static SdkToken of(UserRow user, @Nullable SdkTokenRow token) {
            return new SdkToken(user.id(), token == null ? null : token.token(), user.businessUnitId(),
                    user.userType(), user.terminalId(), user.trsm(), user.deviceId(), token != null && token.active());
        }
    }

    public record User(UUID id, String username, @Nullable String email, @Nullable String firstName,
                       @Nullable String lastName, @Nullable String phoneNumber, String userType, UUID businessUnitId, String businessUnitName,
                       boolean active) {

        static User of(UserRow user) {
            return new User(user.id(), user.username(), user.email(), user.firstName(), user.lastName(),
                    user.phone(), user.userType(), user.businessUnitId(), user.businessUnitName(), user.active());
        }
    }

    public record Merchant(UUID id, String name, @Nullable String nameAR, @Nullable String emailAddress,
                           boolean active, @Nullable UUID partnerId) {

        static Merchant of(BusinessUnitRow unit) {
            return new Merchant(unit.id(), unit.name(), unit.nameAr(), unit.email(), unit.active(), unit.partnerId());
        }
    }

    public record Partner(UUID id, String name, @Nullable String nameAR, @Nullable String emailAddress,
                          boolean active) {

        static Partner of(BusinessUnitRow unit) {
            return new Partner(unit.id(), unit.name(), unit.nameAr(), unit.email(), unit.active());
        }
    }

    public record Me(UUID userId, String userType, UUID businessUnitId, String businessUnitName, UUID partnerId) {

        static Me of(UserRow user) {
            return new Me(user.id(), user.userType(), user.businessUnitId(), user.businessUnitName(),
                    user.partnerId());
        }
    }

    public record ApiToken(UUID id, String name, String prefix, String last4, boolean active, Instant createdAt,
                           String createdBy, @Nullable Instant lastUsedAt, @Nullable Instant expiresAt,
                           UUID businessUnitId, @Nullable String disabledReason, @Nullable UUID replacedById) {

        static ApiToken of(ApiKeyRow key) {
            return new ApiToken(key.id(), key.name(), key.prefix(), key.last4(), key.active(), key.createdAt(),
                    key.createdBy(), key.lastUsedAt(), key.expiresAt(), key.businessUnitId(), key.disabledReason(),
                    key.replacedById());
        }
    }

    /** Only the answer to "generate" carries the secret. */
    public record GeneratedApiToken(UUID id, String name, String prefix, String last4, boolean active,
                                    Instant createdAt, String createdBy, @Nullable Instant lastUsedAt,
                                    @Nullable Instant expiresAt, UUID businessUnitId, @Nullable String disabledReason,
                                    @Nullable UUID replacedById, String secret) {

        static GeneratedApiToken of(ApiKeyRow key, String secret) {
            return new GeneratedApiToken(key.id(), key.name(), key.prefix(), key.last4(), key.active(),
                    key.createdAt(), key.createdBy(), key.lastUsedAt(), key.expiresAt(), key.businessUnitId(),
                    key.disabledReason(), key.replacedById(), secret);
        }

        /** Never print the secret. */
        @Override
        public String toString() {
            return "GeneratedApiToken[id=" + id + ", name=" + name + ", secret=****" + last4 + "]";
        }
    }
}
