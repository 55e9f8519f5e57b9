package com.edfapay.tokenmanager.sandbox.auth;

import com.edfapay.tokenmanager.sandbox.store.ApiKeyRepository;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyRow;
import com.edfapay.tokenmanager.sandbox.store.UserRepository;
import com.edfapay.tokenmanager.sandbox.store.UserRow;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Resolves an {@code X-API-KEY} to its caller by hash; a missing, unknown, disabled or expired key has none. */
public final class Authenticator {

    private final ApiKeyRepository apiKeys;
    private final UserRepository users;
    private final Clock clock;

    public Authenticator(ApiKeyRepository apiKeys, UserRepository users, Clock clock) {
        this.apiKeys = apiKeys;
        this.users = users;
        this.clock = clock;
    }

    public Optional<Caller> authenticate(String apiKey) throws SQLException {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiKeyRow> found = apiKeys.findByHash(Secrets.sha256(apiKey.trim()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyRow key = found.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!key.active() || key.expiredAt(now)) {
            return Optional.empty();
        }
        Optional<UserRow> owner = users.find(key.ownerUserId()).filter(UserRow::active);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        apiKeys.touch(key.id(), now);
        return Optional.of(new Caller(key.id(), owner.get()));
    }
}
