package com.edfapay.tokenmanager.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads partners, merchants and branches. */
public final class BusinessUnitRepository {

    private static final String COLUMNS = "b.id, b.type, b.name, b.name_ar, b.email, b.active, b.parent_id, b.partner_id";

    private final Database database;

    public BusinessUnitRepository(Database database) {
        this.database = database;
    }

    public Optional<BusinessUnitRow> find(UUID id) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM business_units b WHERE b.id = ?")) {
                statement.setObject(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Business units (alias {@code b}) matching {@code filter}, one page. */
    public PageSlice<BusinessUnitRow> search(SqlFilter filter, PageQuery page) throws SQLException {
        return database.withConnection(connection -> {
            long total = count(connection, filter);
            List<BusinessUnitRow> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM business_units b WHERE " + filter.sql() + " ORDER BY " + page.orderBy()
                    + " LIMIT ? OFFSET ?")) {
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

    private static long count(Connection connection, SqlFilter filter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM business_units b WHERE " + filter.sql())) {
            filter.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static BusinessUnitRow read(ResultSet rs) throws SQLException {
        return new BusinessUnitRow(Jdbc.uuid(rs, "id"), rs.getString("type"), rs.getString("name"),
                rs.getString("name_ar"), rs.getString("email"), rs.getBoolean("active"), Jdbc.uuid(rs, "parent_id"),
                Jdbc.uuid(rs, "partner_id"));
    }
}
