package com.edfapay.tokenmanager.sandbox.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A WHERE clause built from AND-ed conditions with positional parameters, so searches never concatenate input. */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    public SqlFilter and(String condition, Object... params) {
        conditions.add("(" + condition + ")");
        parameters.addAll(List.of(params));
        return this;
    }

    /** Case-insensitive substring match of {@code text} against any of {@code columns}. */
    public SqlFilter andTextMatches(@Nullable String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String pattern = "%" + escapeLike(text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
        List<String> ors = new ArrayList<>();
        for (String column : columns) {
            ors.add("LOWER(" + column + ") LIKE ? ESCAPE '\\'");
            parameters.add(pattern);
        }
        conditions.add("(" + String.join(" OR ", ors) + ")");
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    /** The conditions and their parameters, as text: equal for two filters that select the same rows. */
    public String key() {
        return sql() + " " + parameters;
    }

    /** Binds this filter's parameters starting at index 1; returns the next free index. */
    public int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
