package com.edfapay.tokenmanager.scan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of the signed-in scope, as the leak check compares them: API tokens by what their list shows (prefix
 * and last 4, never a secret), SDK tokens only by the SHA-256 of their value. Each list is asked for at most once
 * per scan, and only when the scan found a value of that kind.
 */
public interface ScopeTokens {

    /** Every API token of the scope; empty when this sign-in cannot list them. */
    Optional<List<ApiTokenRef>> apiTokens();

    /**
     * The SHA-256 of every SDK token of the scope (users without a token are left out); empty when this sign-in
     * cannot read them. Implementations hash each token as it arrives and keep no value.
     */
    Optional<List<SdkTokenRef>> sdkTokens();

    record ApiTokenRef(String id, String name, String prefix, String last4, boolean active,
                       @Nullable Instant expiresAt, @Nullable String businessUnitId) {
    }

    /** {@code sha256} is lower-case hex of the token's UTF-8 bytes ({@link ByteScanner#sha256(String)}). */
    record SdkTokenRef(String userId, String userName, @Nullable String businessUnitId, String sha256,
                       boolean active) {

        @Override
        public String toString() {
            return "SdkTokenRef[" + userId + ", " + userName + ", active=" + active + "]";
        }
    }
}
