package com.edfapay.tokenmanager.api.internal;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.PartnerSummary;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.SecretScrubber;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
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

    /**
     * An item's id, which the client sends back to act on it: an item without one cannot be used, so the answer is
     * malformed (rather than a row that fails later, or an item silently dropped).
     */
    static String requiredId(Endpoint ep, @Nullable String id) {
        if (id == null || id.isBlank()) {
            throw Errors.malformed(ep, 200, Reason.FIELD_MISSING, "id");
        }
        return id;
    }

    /** {@link #text} for a field the records require; nothing readable becomes "". */
    static String required(SecretScrubber s, @Nullable String v) {
        String t = s.clean(v, FIELD_MAX);
        return t == null ? "" : t;
    }

    public record MeDto(@Nullable String userId, @Nullable String userType, @Nullable String businessUnitId, @Nullable String businessUnitName, @Nullable String partnerId) {
    }

    /** Both {@code token} and {@code sdkToken} may be present (a server in transition): {@code token} wins. */
    public record SdkTokenDto(@Nullable String userId, @Nullable String token, @Nullable String sdkToken, @Nullable String businessUnitId, @Nullable String userType, @Nullable String terminalId, @Nullable String trsm, @Nullable String deviceId, @Nullable Boolean active) {

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

    public record UserDto(@Nullable String id, @Nullable String username, @Nullable String email, @Nullable String firstName, @Nullable String lastName, @Nullable String phoneNumber, @Nullable String userType, @Nullable String businessUnitId, @Nullable String businessUnitName, @Nullable Boolean active) {
        public UserSummary toSummary(Endpoint ep, SecretScrubber s) {
            return new UserSummary(requiredId(ep, id), text(s, username), text(s, email), text(s, firstName), text(s, lastName),
                    text(s, phoneNumber), UserType.parse(userType), businessUnitId, text(s, businessUnitName), active);
        }
    }

    public record MerchantDto(@Nullable String id, @Nullable String name, @Nullable String nameAR, @Nullable String emailAddress, @Nullable Boolean active, @Nullable String partnerId) {
        public MerchantSummary toSummary(Endpoint ep, SecretScrubber s) {
            return new MerchantSummary(requiredId(ep, id), required(s, name), text(s, nameAR), text(s, emailAddress), active, partnerId);
        }
    }

    public record PartnerDto(@Nullable String id, @Nullable String name, @Nullable String nameAR, @Nullable String emailAddress, @Nullable Boolean active) {
        public PartnerSummary toSummary(Endpoint ep, SecretScrubber s) {
            return new PartnerSummary(requiredId(ep, id), required(s, name), text(s, nameAR), text(s, emailAddress), active);
        }
    }

    public record ApiTokenDto(@Nullable String id, @Nullable String name, @Nullable String prefix, @Nullable String last4, @Nullable Boolean active, @Nullable Instant createdAt, @Nullable String createdBy, @Nullable Instant lastUsedAt, @Nullable Instant expiresAt, @Nullable String businessUnitId, @Nullable String disabledReason, @Nullable String replacedById, @Nullable String secret) {
        /** A token of a list: without an id it cannot be acted on. */
        public ApiToken toApiToken(Endpoint ep, SecretScrubber s) {
            return toApiToken(requiredId(ep, id), s);
        }

        /**
         * The token an action answered with: the id it was asked about when the answer leaves it out (a generated
         * token has none to fall back on: "", and its one-time secret is still delivered).
         */
        public ApiToken toApiToken(String fallbackId, SecretScrubber s) {
            return new ApiToken(id == null || id.isBlank() ? fallbackId : id, required(s, name), required(s, prefix), required(s, last4), Boolean.TRUE.equals(active),
                    createdAt, text(s, createdBy), lastUsedAt, expiresAt, businessUnitId, text(s, disabledReason),
                    replacedById);
        }

        @Override
        public String toString() {
            return "ApiTokenDto[id=" + id + ", name=" + name + ", secret=" + (secret == null ? "null" : "****") + "]";
        }
    }
}
