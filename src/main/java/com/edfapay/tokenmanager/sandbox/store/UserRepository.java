package com.edfapay.tokenmanager.sandbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads users together with their business unit (aliases {@code u} and {@code b} in filters). */
public final class UserRepository {

    private static final String COLUMNS = "SELECT u.id, u.username, u.email, u.first_name, u.last_name, u.phone,"
            + " u.user_type, u.business_unit_id, u.active, u.terminal_id, u.trsm, u.device_id,"
            + " b.name AS bu_name, b.type AS bu_type, b.parent_id AS bu_parent_id, b.partner_id";
    private static final String JOIN = " JOIN business_units b ON b.id = u.business_unit_id";
    private static final String SELECT = COLUMNS + " FROM users u" + JOIN;

    /**
     * From this many matching users on, a page sorted by an indexed column is read through that index (in order,
     * stopping after the page) instead of sorting every match: at 100,000 users the sort cost a few hundred
     * milliseconds per page, which real EdfaPay does not. Below it, H2's own plan (filter first, then sort the few
     * matches) is faster.
     */
    static final long INDEXED_READ_FROM = 1000;

    /** Counts kept: one per scope and criteria asked for (text searches make new ones), the oldest dropped. */
    static final int COUNTS_KEPT = 256;

    /**
     * A page read through an index skips at most this many rows; a deeper one is read by id from the search's
     * ordered ids ({@link OrderedIds}), listed by the first such page.
     */
    static final long SKIP_AT_MOST = 500;

    private final Database database;
    private final OrderedIds orderedIds = new OrderedIds();
    /**
     * The number of users each filter matched ({@link SqlFilter#key()}). Users and business units are written only
     * by the seeder, before the server listens, so a count never changes while the sandbox runs. H2 counts a
     * 100,000-user scope (a join) in 100-300 ms on every page; EdfaPay does not, so neither does the sandbox.
     */
    private final Map<String, Long> counts = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > COUNTS_KEPT;
        }
    });

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
            long total = count(connection, filter);
            PageQuery.IndexedOrder indexed = page.indexed();
            List<UserRow> rows = indexed != null && total >= INDEXED_READ_FROM
                    ? readThroughIndex(connection, filter, page, indexed, total)
                    : read(connection, SELECT + " WHERE " + filter.sql() + " ORDER BY " + page.orderBy(), filter,
                    page.pageSize(), page.offset());
            return new PageSlice<>(rows, total);
        });
    }

    /** How many users {@code filter} matches (counted once per filter, see {@link #counts}). */
    public long count(SqlFilter filter) throws SQLException {
        return database.withConnection(connection -> count(connection, filter));
    }

    private long count(Connection connection, SqlFilter filter) throws SQLException {
        String key = filter.key();
        Long known = counts.get(key);
        if (known != null) {
            return known;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM users u"
                + " JOIN business_units b ON b.id = u.business_unit_id WHERE " + filter.sql())) {
            filter.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long total = rs.getLong(1);
                counts.put(key, total);
                return total;
            }
        }
    }

    /**
     * One page read in index order. A page in the second half is read backwards from the end (the index read the
     * other way round), so the last page costs what the first does; a page further than {@link #SKIP_AT_MOST} rows
     * from both ends is read by id.
     */
    private List<UserRow> readThroughIndex(Connection connection, SqlFilter filter, PageQuery page,
                                                  PageQuery.IndexedOrder indexed, long total) throws SQLException {
        long offset = page.offset();
        if (offset >= total) {
            return new ArrayList<>();
        }
        int limit = (int) Math.min(page.pageSize(), total - offset);
        long after = total - offset - limit;
        boolean backward = after < offset;
        if ((backward ? after : offset) > SKIP_AT_MOST) {
            OrderedIds.Slice ids = orderedIds(connection, filter, indexed);
            if (ids.size() == total) {
                return readByIds(connection, ids, (int) offset, limit);
            }
        }
        // USE INDEX keeps users as the first table of the join, read in the index's order (H2 "index sorted").
        String sql = COLUMNS + " FROM users u USE INDEX (" + indexed.index() + ")" + JOIN + " WHERE " + filter.sql()
                + " ORDER BY " + (backward ? indexed.backward() : indexed.forward());
        List<UserRow> rows = read(connection, sql, filter, limit, backward ? after : offset);
        if (backward) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /** Every id {@code filter} matches, in the index's order: listed once, by one read of the index. */
    private OrderedIds.Slice orderedIds(Connection connection, SqlFilter filter, PageQuery.IndexedOrder indexed)
            throws SQLException {
        String key = filter.key() + " ORDER BY " + indexed.forward();
        OrderedIds.Slice known = orderedIds.get(key);
        if (known != null) {
            return known;
        }
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT u.id FROM users u USE INDEX ("
                + indexed.index() + ")" + JOIN + " WHERE " + filter.sql() + " ORDER BY " + indexed.forward())) {
            filter.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(Jdbc.uuid(rs, "id"));
                }
            }
        }
        return orderedIds.put(key, ids);
    }

    /** The users at {@code [offset, offset + limit)} of an ordered list of ids, by primary key, in the list's order. */
    private static List<UserRow> readByIds(Connection connection, OrderedIds.Slice ids, int offset, int limit)
            throws SQLException {
        Map<UUID, Integer> positions = new HashMap<>();
        for (int i = 0; i < limit; i++) {
            positions.put(ids.id(offset + i), i);
        }
        UserRow[] rows = new UserRow[limit];
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE u.id IN ("
                + String.join(", ", Collections.nCopies(limit, "?")) + ")")) {
            int index = 1;
            for (UUID id : positions.keySet()) {
                statement.setObject(index++, id);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UserRow row = read(rs);
                    Integer at = positions.get(row.id());
                    if (at != null) {
                        rows[at] = row;
                    }
                }
            }
        }
        List<UserRow> page = new ArrayList<>(limit);
        for (UserRow row : rows) {
            if (row == null) {
                throw new SQLException("A listed user is missing");
            }
            page.add(row);
        }
        return page;
    }

    private static List<UserRow> read(Connection connection, String sql, SqlFilter filter, int limit, long offset)
            throws SQLException {
        List<UserRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql + " LIMIT ? OFFSET ?")) {
            int next = filter.bind(statement);
            statement.setInt(next, limit);
            statement.setLong(next + 1, offset);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
        }
        return rows;
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
