package com.edfapay.tokenmanager.api.internal;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.PartnerSummary;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;

/** Wire shapes, parsed leniently, and their mapping to the public records. */
public final class Dto {

    private Dto() {
    }

    public record MeDto(String userId, String userType, String businessUnitId, String businessUnitName,
                        String partnerId) {
        public Identity toIdentity() {
            UserType type = UserType.parse(userType);
            return new Identity(userId, type == null ? UserType.UNKNOWN : type, businessUnitId, businessUnitName,
                    partnerId, false);
        }
    }

    public record SdkTokenDto(String userId, @JsonAlias({"sdkToken", "sdk_token"}) String token,
                              String businessUnitId, String userType, String terminalId, String trsm,
                              String deviceId, Boolean active) {
        public SdkToken toSdkToken(String fallbackUserId) {
            String t = token == null || token.isBlank() ? null : token;
            return new SdkToken(userId != null ? userId : fallbackUserId, t, businessUnitId,
                    UserType.parse(userType), terminalId, trsm, deviceId, Boolean.TRUE.equals(active));
        }

        @Override
        public String toString() {
            return "SdkTokenDto[userId=" + userId + ", token=" + (token == null ? "null" : "****") + "]";
        }
    }

    public record UserDto(String id, String username, String email, String firstName, String lastName,
                          String phoneNumber, String userType, String businessUnitId, String businessUnitName,
                          Boolean active) {
        public UserSummary toSummary() {
            return new UserSummary(id, username, email, firstName, lastName, phoneNumber, UserType.parse(userType),
                    businessUnitId, businessUnitName, active);
        }
    }

    public record MerchantDto(String id, String name, String nameAR, String emailAddress, Boolean active,
                              String partnerId) {
        public MerchantSummary toSummary() {
            return new MerchantSummary(id, name, nameAR, emailAddress, active, partnerId);
        }
    }

    public record PartnerDto(String id, String name, String nameAR, String emailAddress, Boolean active) {
        public PartnerSummary toSummary() {
            return new PartnerSummary(id, name, nameAR, emailAddress, active);
        }
    }

    public record ApiTokenDto(String id, String name, String prefix, String last4, Boolean active,
                              Instant createdAt, String createdBy, Instant lastUsedAt, Instant expiresAt,
                              String businessUnitId, String disabledReason, String replacedById, String secret) {
        public ApiToken toApiToken() {
            return new ApiToken(id, name, prefix, last4, Boolean.TRUE.equals(active), createdAt, createdBy,
                    lastUsedAt, expiresAt, businessUnitId, disabledReason, replacedById);
        }

        @Override
        public String toString() {
            return "ApiTokenDto[id=" + id + ", name=" + name + ", secret=" + (secret == null ? "null" : "****") + "]";
        }
    }
}
