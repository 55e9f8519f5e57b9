package com.edfapay.tokenmanager.sandbox.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** SDK tokens, one per user. Every change is a single statement, so concurrent toggles cannot interleave. */
public final class SdkTokenRepository {

    private final Database database;

    public SdkTokenRepository(Database database) {
        this.database = database;
    }

    public Optional<SdkTokenRow> find(UUID userId) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT user_id, token, active FROM sdk_tokens WHERE user_id = ?")) {
                statement.setObject(1, userId);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new SdkTokenRow(userId, rs.getString("token"), rs.getBoolean("active")))
                            : Optional.empty();
                }
            }
        });
    }

    /** Stores {@code token} as the user's only, active token; any previous token is gone. */
    public SdkTokenRow replace(UUID userId, String token, Instant now) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "MERGE INTO sdk_tokens(user_id, token, active, updated_at) KEY(user_id) VALUES (?, ?, TRUE, ?)")) {
                Jdbc.bindAll(statement, userId, token, Jdbc.timestamp(now));
                statement.executeUpdate();
            }
            return new SdkTokenRow(userId, token, true);
        });
    }

    /** Flips the token's active flag; empty when the user has no token. */
    public Optional<SdkTokenRow> toggle(UUID userId, Instant now) throws SQLException {
        int updated = database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE sdk_tokens SET active = NOT active, updated_at = ? WHERE user_id = ?")) {
                Jdbc.bindAll(statement, Jdbc.timestamp(now), userId);
                return statement.executeUpdate();
            }
        });
        return updated == 0 ? Optional.empty() : find(userId);
    }
}
