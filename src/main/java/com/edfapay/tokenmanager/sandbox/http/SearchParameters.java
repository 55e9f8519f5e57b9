package com.edfapay.tokenmanager.sandbox.http;

import com.edfapay.tokenmanager.sandbox.store.PageQuery;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses the common search parameters ({@code pageNumber, pageSize, sortBy, sortDirection}) into a page query.
 * {@code sortBy} is looked up in a whitelist of SQL expressions, so nothing from the query reaches SQL text.
 */
public final class SearchParameters {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 500;

    private SearchParameters() {
    }

    /**
     * @param sortColumns wire name to SQL expression
     * @param defaultSort wire name used when {@code sortBy} is absent
     * @param tieBreaker  unique column appended so paging is stable
     */
    public static PageQuery parse(ApiRequest request, Map<String, String> sortColumns, String defaultSort,
                                  String tieBreaker) throws ApiException {
        return parse(request, sortColumns, defaultSort, tieBreaker, Map.of());
    }

    /**
     * As above; {@code sortIndexes} names, per wire name, an index on ({@code column}, {@code tieBreaker}) of a
     * column that is never null, which the repository may read a large result through instead of sorting it.
     */
    public static PageQuery parse(ApiRequest request, Map<String, String> sortColumns, String defaultSort,
                                  String tieBreaker, Map<String, String> sortIndexes) throws ApiException {
        int pageNumber = integer(request, "pageNumber", 0);
        if (pageNumber < 0) {
            throw ApiException.badRequest("The parameter 'pageNumber' must be 0 or more.");
        }
        int pageSize = integer(request, "pageSize", DEFAULT_PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("The parameter 'pageSize' must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        String sortBy = blankToNull(request.queryParameter("sortBy"));
        String sortName = sortBy == null ? defaultSort : sortBy;
        String column = sortColumns.get(sortName);
        if (column == null) {
            throw ApiException.badRequest("The parameter 'sortBy' must be one of "
                    + String.join(", ", sortColumns.keySet()) + ".");
        }
        String direction = blankToNull(request.queryParameter("sortDirection"));
        String sqlDirection;
        if (direction == null || direction.equalsIgnoreCase("ASC")) {
            sqlDirection = "ASC";
        } else if (direction.equalsIgnoreCase("DESC")) {
            sqlDirection = "DESC";
        } else {
            throw ApiException.badRequest("The parameter 'sortDirection' must be ASC or DESC.");
        }
        String index = sortIndexes.get(sortName);
        if (index != null) {
            // Never null, so no NULLS LAST: H2 reads an index in order only for the order it was built with.
            String reverse = sqlDirection.equals("ASC") ? "DESC" : "ASC";
            String orderBy = column + " " + sqlDirection + ", " + tieBreaker + " " + sqlDirection;
            return new PageQuery(pageNumber, pageSize, orderBy, new PageQuery.IndexedOrder(index, orderBy,
                    column + " " + reverse + ", " + tieBreaker + " " + reverse));
        }
        String orderBy = column + " " + sqlDirection + " NULLS LAST, " + tieBreaker + " " + sqlDirection;
        return new PageQuery(pageNumber, pageSize, orderBy);
    }

    private static int integer(ApiRequest request, String name, int defaultValue) throws ApiException {
        String value = blankToNull(request.queryParameter(name));
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("The parameter '" + name + "' must be a whole number.");
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static @Nullable String upper(@Nullable String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
