package com.edfapay.tokenmanager.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads users together with their business unit (aliases {@code u} and {@code b} in filters). */
public final class UserRepository {

    private static final String SELECT = "SELECT u.id, u.username, u.email, u.first_name, u.last_name, u.phone,"
            + " u.user_type, u.business_unit_id, u.active, u.terminal_id, u.trsm, u.device_id,"
            + " b.name AS bu_name, b.type AS bu_type, b.parent_id AS bu_parent_id, b.partner_id"
            + " FROM users u JOIN business_units b ON b.id = u.business_unit_id";

    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    public Optional<UserRow> find(UUID id) throws SQLException {
        return database.withConnection(connection -> find(connection, id));
    }

    public static Optional<UserRow> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE u.id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The first active user of {@code userType} in the business unit, e.g. a merchant's admin. */
    public Optional<UserRow> findFirstOfType(UUID businessUnitId, String userType) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT
                    + " WHERE u.business_unit_id = ? AND u.user_type = ? ORDER BY u.active DESC, u.username LIMIT 1")) {
                Jdbc.bindAll(statement, businessUnitId, userType);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    public PageSlice<UserRow> search(SqlFilter filter, PageQuery page) throws SQLException {
        return database.withConnection(connection -> {
            long total;
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM users u"
                    + " JOIN business_units b ON b.id = u.business_unit_id WHERE " + filter.sql())) {
                filter.bind(statement);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<UserRow> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE " + filter.sql()
                    + " ORDER BY " + page.orderBy() + " LIMIT ? OFFSET ?")) {
                int next = filter.bind(statement);
                statement.setInt(next, page.pageSize());
                statement.setLong(next + 1, page.offset());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(rs));
                    }
                }
            }
            return new PageSlice<>(rows, total);
        });
    }

    private static UserRow read(ResultSet rs) throws SQLException {
        return new UserRow(Jdbc.uuid(rs, "id"), rs.getString("username"), rs.getString("email"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone"),
                rs.getString("user_type"), Jdbc.uuid(rs, "business_unit_id"), rs.getBoolean("active"),
                rs.getString("terminal_id"), rs.getString("trsm"), rs.getString("device_id"),
                rs.getString("bu_name"), rs.getString("bu_type"), Jdbc.uuid(rs, "bu_parent_id"),
                Jdbc.uuid(rs, "partner_id"));
    }
}
