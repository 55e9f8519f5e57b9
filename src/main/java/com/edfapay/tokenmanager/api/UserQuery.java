package com.edfapay.tokenmanager.api;

import java.util.Objects;

/** Criteria of {@code GET /api/v1/users/search}; null criteria are omitted. */
public record UserQuery(PageRequest page, String text, String businessUnitId, UserType userType, Boolean active) {

    public UserQuery {
        Objects.requireNonNull(page, "page");
    }

    public static UserQuery all(PageRequest p) {
        return new UserQuery(p, null, null, null, null);
    }

    public UserQuery withPage(PageRequest p) {
        return new UserQuery(p, text, businessUnitId, userType, active);
    }

    public UserQuery withText(String t) {
        return new UserQuery(page, t, businessUnitId, userType, active);
    }

    public UserQuery withBusinessUnitId(String id) {
        return new UserQuery(page, text, id, userType, active);
    }

    public UserQuery withUserType(UserType t) {
        return new UserQuery(page, text, businessUnitId, t, active);
    }

    public UserQuery withActive(Boolean a) {
        return new UserQuery(page, text, businessUnitId, userType, a);
    }
}
