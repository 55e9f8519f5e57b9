package com.edfapay.tokenmanager.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Criteria of {@code GET /api/v1/users/search}; null criteria are omitted. */
public record UserQuery(PageRequest page, @Nullable String text, @Nullable String businessUnitId, @Nullable UserType userType,
                        @Nullable Boolean active) {

    public UserQuery {
        Objects.requireNonNull(page, "page");
    }

    public static UserQuery all(PageRequest p) {
        return new UserQuery(p, null, null, null, null);
    }

    public UserQuery withPage(PageRequest p) {
        return new UserQuery(p, text, businessUnitId, userType, active);
    }

    public UserQuery withText(@Nullable String t) {
        return new UserQuery(page, t, businessUnitId, userType, active);
    }

    public UserQuery withBusinessUnitId(@Nullable String id) {
        return new UserQuery(page, text, id, userType, active);
    }

    public UserQuery withUserType(@Nullable UserType t) {
        return new UserQuery(page, text, businessUnitId, t, active);
    }

    public UserQuery withActive(@Nullable Boolean a) {
        return new UserQuery(page, text, businessUnitId, userType, a);
    }
}
