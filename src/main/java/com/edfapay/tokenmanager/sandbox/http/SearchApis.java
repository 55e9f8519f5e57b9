package com.edfapay.tokenmanager.sandbox.http;

import com.edfapay.tokenmanager.sandbox.auth.Caller;
import com.edfapay.tokenmanager.sandbox.store.BusinessUnitRepository;
import com.edfapay.tokenmanager.sandbox.store.BusinessUnitRow;
import com.edfapay.tokenmanager.sandbox.store.PageQuery;
import com.edfapay.tokenmanager.sandbox.store.SqlFilter;
import com.edfapay.tokenmanager.sandbox.store.UserRepository;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The three EdfaPay search endpoints. Each query is first restricted to the caller's scope, then filtered. */
public final class SearchApis {

    private static final Map<String, String> USER_SORTS = orderedMap(
            "username", "u.username_key", "firstName", "LOWER(u.first_name)", "lastName", "LOWER(u.last_name)",
            "userType", "u.user_type", "email", "LOWER(u.email)");
    /** Sorts with an index of their own (Migrations script 2), for scopes of many thousand users. */
    private static final Map<String, String> USER_SORT_INDEXES = Map.of("username", "users_username_key");
    private static final Map<String, String> UNIT_SORTS = orderedMap(
            "name", "LOWER(b.name)", "emailAddress", "LOWER(b.email)");

    private final UserRepository users;
    private final BusinessUnitRepository units;

    public SearchApis(UserRepository users, BusinessUnitRepository units) {
        this.users = users;
        this.units = units;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/users/search", UserTypes.ADMINS, this::users)
                .add("GET", "/api/v1/merchant/search", UserTypes.PARTNER_OR_MERCHANT, this::merchants)
                .add("GET", "/api/v1/partner/search", UserTypes.PARTNER_ONLY, this::partners);
    }

    private Object users(ApiRequest request) throws ApiException, SQLException {
        PageQuery page = SearchParameters.parse(request, USER_SORTS, "username", "u.id", USER_SORT_INDEXES);
        SqlFilter filter = request.caller().restrictUsers(new SqlFilter());
        UUID unitId = request.queryId("businessUnitId");
        if (unitId != null) {
            if (units.find(unitId).filter(request.caller()::canSee).isEmpty()) {
                // A unit outside scope (or unknown) gives an empty page, never a hint that it exists.
                filter.and("FALSE");
            } else {
                // A merchant id includes its branches' users, a partner id its whole tree.
                filter.and("b.id = ? OR b.parent_id = ? OR b.partner_id = ?", unitId, unitId, unitId);
            }
        }
        String userType = SearchParameters.upper(SearchParameters.blankToNull(request.queryParameter("userType")));
        if (userType != null) {
            if (!UserTypes.ALL.contains(userType)) {
                throw ApiException.badRequest("The parameter 'userType' must be one of "
                        + String.join(", ", new java.util.TreeSet<>(UserTypes.ALL)) + ".");
            }
            filter.and("u.user_type = ?", userType);
        }
        addActive(request, filter, "u.active");
        filter.andTextMatches(request.queryParameter("text"), "u.username", "u.email", "u.first_name",
                "u.last_name", "u.phone", "b.name");
        return Page.of(users.search(filter, page).map(Views.User::of), page);
    }

    private Object merchants(ApiRequest request) throws ApiException, SQLException {
        PageQuery page = SearchParameters.parse(request, UNIT_SORTS, "name", "b.id");
        SqlFilter filter = request.caller().restrictUnits(new SqlFilter())
                .and("b.type = ?", BusinessUnitRow.MERCHANT);
        UUID partnerId = request.queryId("partnerId");
        if (partnerId != null) {
            filter.and("b.partner_id = ?", partnerId);
        }
        addActive(request, filter, "b.active");
        filter.andTextMatches(request.queryParameter("text"), "b.name", "b.name_ar", "b.email");
        return Page.of(units.search(filter, page).map(Views.Merchant::of), page);
    }

    private Object partners(ApiRequest request) throws ApiException, SQLException {
        PageQuery page = SearchParameters.parse(request, UNIT_SORTS, "name", "b.id");
        Caller caller = request.caller();
        SqlFilter filter = new SqlFilter().and("b.type = ?", BusinessUnitRow.PARTNER)
                .and("b.id = ?", caller.partnerId());
        addActive(request, filter, "b.active");
        filter.andTextMatches(request.queryParameter("text"), "b.name", "b.name_ar", "b.email");
        return Page.of(units.search(filter, page).map(Views.Partner::of), page);
    }

    private static void addActive(ApiRequest request, SqlFilter filter, String column) throws ApiException {
        Boolean active = request.queryBoolean("active");
        if (active != null) {
            filter.and(column + " = ?", active);
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
