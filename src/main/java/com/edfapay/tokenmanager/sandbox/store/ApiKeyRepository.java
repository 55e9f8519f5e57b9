package com.edfapay.tokenmanager.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** API keys. Secrets never reach this class: only their SHA-256 hash, prefix and last 4 characters. */
public final class ApiKeyRepository {

    private static final String COLUMNS = "k.id, k.business_unit_id, k.owner_user_id, k.name, k.prefix, k.last4,"
            + " k.active, k.created_at, k.created_by, k.last_used_at, k.expires_at, k.disabled_reason,"
            + " k.replaced_by_id, k.persona, k.listed";
    private static final String UNIQUE_NAME_INDEX = "API_KEYS_NAME_PER_UNIT";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;

    public ApiKeyRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores a new key and, when {@code replacesId} is given, points that older key at the new one; both in one
     * transaction so a rotation is never half-recorded.
     */
    public void create(ApiKeyRow key, String hash, @Nullable UUID replacesId) throws SQLException, ApiKeyNameTakenException {
        try {
            database.inTransaction(connection -> {
                insert(connection, key, hash);
                if (replacesId != null) {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "UPDATE api_keys SET replaced_by_id = ? WHERE id = ?")) {
                        Jdbc.bindAll(statement, key.id(), replacesId);
                        statement.executeUpdate();
                    }
                }
                return key.id();
            });
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT)
                    .contains(UNIQUE_NAME_INDEX)) {
                throw new ApiKeyNameTakenException(key.name());
            }
            throw e;
        }
    }

    public static void insert(Connection connection, ApiKeyRow key, String hash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO api_keys(id, business_unit_id,"
                + " owner_user_id, name, name_key, prefix, last4, hash, active, created_at, created_by, last_used_at,"
                + " expires_at, disabled_reason, replaced_by_id, persona, listed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bindAll(statement, key.id(), key.businessUnitId(), key.ownerUserId(), key.name(),
                    key.name().toLowerCase(Locale.ROOT), key.prefix(), key.last4(), hash, key.active(),
                    Jdbc.timestamp(key.createdAt()), key.createdBy(), Jdbc.timestamp(key.lastUsedAt()),
                    Jdbc.timestamp(key.expiresAt()), key.disabledReason(), key.replacedById(), key.persona(),
                    key.listed());
            statement.executeUpdate();
        }
    }

    /** Persona keys are re-issued at every start; the old ones must stop working. */
    public static int deletePersonaKeys(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE api_keys SET replaced_by_id = NULL WHERE replaced_by_id IN"
                    + " (SELECT id FROM api_keys WHERE persona)");
            return statement.executeUpdate("DELETE FROM api_keys WHERE persona");
        }
    }

    public Optional<ApiKeyRow> findByHash(String hash) throws SQLException {
        return findOne("k.hash = ?", hash);
    }

    public Optional<ApiKeyRow> find(UUID id) throws SQLException {
        return findOne("k.id = ?", id);
    }

    private Optional<ApiKeyRow> findOne(String condition, Object value) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM api_keys k WHERE " + condition)) {
                statement.setObject(1, value);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Listed keys (alias {@code k}, business unit {@code b}) matching {@code filter}, newest first. */
    public List<ApiKeyRow> listNewestFirst(SqlFilter filter) throws SQLException {
        return database.withConnection(connection -> {
            List<ApiKeyRow> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM api_keys k JOIN business_units b ON b.id = k.business_unit_id WHERE k.listed AND "
                    + filter.sql() + " ORDER BY k.created_at DESC, k.seq DESC")) {
                filter.bind(statement);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(rs));
                    }
                }
            }
            return rows;
        });
    }

    public void touch(UUID id, Instant now) throws SQLException {
        database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE api_keys SET last_used_at = ? WHERE id = ?")) {
                Jdbc.bindAll(statement, Jdbc.timestamp(now), id);
                return statement.executeUpdate();
            }
        });
    }

    /** Sets the explicit target state; a reason is kept only while disabled. */
    public Optional<ApiKeyRow> setStatus(UUID id, boolean active, @Nullable String reason) throws SQLException {
        database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE api_keys SET active = ?, disabled_reason = ? WHERE id = ?")) {
                Jdbc.bindAll(statement, active, active ? null : reason, id);
                return statement.executeUpdate();
            }
        });
        return find(id);
    }

    private static ApiKeyRow read(ResultSet rs) throws SQLException {
        return new ApiKeyRow(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "business_unit_id"), Jdbc.uuid(rs, "owner_user_id"),
                rs.getString("name"), rs.getString("prefix"), rs.getString("last4"), rs.getBoolean("active"),
                Jdbc.requiredInstant(rs, "created_at"), rs.getString("created_by"), Jdbc.instant(rs, "last_used_at"),
                Jdbc.instant(rs, "expires_at"), rs.getString("disabled_reason"), Jdbc.uuid(rs, "replaced_by_id"),
                rs.getBoolean("persona"), rs.getBoolean("listed"));
    }
}
