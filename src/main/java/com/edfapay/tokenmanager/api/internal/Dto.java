package com.edfapay.tokenmanager.api.internal;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.PartnerSummary;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.SecretScrubber;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Wire shapes, parsed leniently, and their mapping to the public records. Every text field the UI shows is run
 * through the session's {@link SecretScrubber} (unsafe characters out, known secrets masked, length capped); ids
 * are kept as sent because the client sends them back.
 */
public final class Dto {

    /** Longest name, e-mail or label kept from a server. */
    static final int FIELD_MAX = 200;

    private Dto() {
    }

    public static @Nullable String text(SecretScrubber s, @Nullable String v) {
        return s.clean(v, FIELD_MAX);
    }

    /** {@link #text} for a field the records require; nothing readable becomes "". */
    static String required(SecretScrubber s, @Nullable String v) {
        String t = s.clean(v, FIELD_MAX);
        return t == null ? "" : t;
    }

    public record MeDto(String userId, String userType, String businessUnitId, String businessUnitName,
                        String partnerId) {
    }

    /** Both {@code token} and {@code sdkToken} may be present (a server in transition): {@code token} wins. */
    public record SdkTokenDto(String userId, String token, String sdkToken, String businessUnitId, String userType,
                              String terminalId, String trsm, String deviceId, Boolean active) {

        public @Nullable String theToken() {
            if (token != null && !token.isBlank()) {
                return token;
            }
            return sdkToken == null || sdkToken.isBlank() ? null : sdkToken;
        }

        public SdkToken toSdkToken(String fallbackUserId, SecretScrubber s) {
            return new SdkToken(userId != null ? userId : fallbackUserId, theToken(), businessUnitId,
                    UserType.parse(userType), text(s, terminalId), text(s, trsm), text(s, deviceId),
                    Boolean.TRUE.equals(active));
        }

        @Override
        public String toString() {
            return "SdkTokenDto[userId=" + userId + ", token=" + (theToken() == null ? "null" : "****") + "]";
        }
    }

    public record UserDto(String id, String username, String email, String firstName, String lastName,
                          String phoneNumber, String userType, String businessUnitId, String businessUnitName,
                          Boolean active) {
        public UserSummary toSummary(SecretScrubber s) {
            return new UserSummary(id, text(s, username), text(s, email), text(s, firstName), text(s, lastName),
                    text(s, phoneNumber), UserType.parse(userType), businessUnitId, text(s, businessUnitName), active);
        }
    }

    public record MerchantDto(String id, String name, String nameAR, String emailAddress, Boolean active,
                              String partnerId) {
        public MerchantSummary toSummary(SecretScrubber s) {
            return new MerchantSummary(id, required(s, name), text(s, nameAR), text(s, emailAddress), active, partnerId);
        }
    }

    public record PartnerDto(String id, String name, String nameAR, String emailAddress, Boolean active) {
        public PartnerSummary toSummary(SecretScrubber s) {
            return new PartnerSummary(id, required(s, name), text(s, nameAR), text(s, emailAddress), active);
        }
    }

    public record ApiTokenDto(String id, String name, String prefix, String last4, Boolean active,
                              Instant createdAt, String createdBy, Instant lastUsedAt, Instant expiresAt,
                              String businessUnitId, String disabledReason, String replacedById, String secret) {
        public ApiToken toApiToken(SecretScrubber s) {
            return new ApiToken(id, required(s, name), required(s, prefix), required(s, last4), Boolean.TRUE.equals(active),
                    createdAt, text(s, createdBy), lastUsedAt, expiresAt, businessUnitId, text(s, disabledReason),
                    replacedById);
        }

        @Override
        public String toString() {
            return "ApiTokenDto[id=" + id + ", name=" + name + ", secret=" + (secret == null ? "null" : "****") + "]";
        }
    }
}
