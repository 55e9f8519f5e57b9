package com.edfapay.tokenmanager.sandbox.auth;

import com.edfapay.tokenmanager.sandbox.store.BusinessUnitRow;
import com.edfapay.tokenmanager.sandbox.store.SqlFilter;
import com.edfapay.tokenmanager.sandbox.store.UserRow;
import java.util.UUID;

/**
 * The authenticated user behind an API key, and what it may see (contract "Scope"):
 * PARTNER its partner tree, MERCHANT its merchant and branches, BRANCH its branch, everyone else only itself.
 */
public record Caller(UUID apiKeyId, UserRow user) {

    public String userType() {
        return user.userType();
    }

    public UUID businessUnitId() {
        return user.businessUnitId();
    }

    public UUID partnerId() {
        return user.partnerId();
    }

    public boolean is(String userType) {
        return user.userType().equals(userType);
    }

    /** Whether {@code target} is inside this caller's scope. */
    public boolean canSee(UserRow target) {
        return switch (userType()) {
            case "PARTNER" -> target.partnerId().equals(partnerId());
            case "MERCHANT" -> businessUnitId().equals(target.businessUnitId())
                    || businessUnitId().equals(target.businessUnitParentId());
            case "BRANCH" -> businessUnitId().equals(target.businessUnitId());
            default -> user.id().equals(target.id());
        };
    }

    /** Whether business unit {@code unit} is inside this caller's scope. */
    public boolean canSee(BusinessUnitRow unit) {
        return switch (userType()) {
            case "PARTNER" -> partnerId().equals(unit.partnerId());
            case "MERCHANT" -> businessUnitId().equals(unit.id()) || businessUnitId().equals(unit.parentId());
            case "BRANCH" -> businessUnitId().equals(unit.id());
            default -> false;
        };
    }

    /** Restricts a user query (aliases {@code u}, {@code b}) to this caller's scope. */
    public SqlFilter restrictUsers(SqlFilter filter) {
        return switch (userType()) {
            case "PARTNER" -> filter.and("b.partner_id = ?", partnerId());
            case "MERCHANT" -> filter.and("b.id = ? OR b.parent_id = ?", businessUnitId(), businessUnitId());
            case "BRANCH" -> filter.and("b.id = ?", businessUnitId());
            default -> filter.and("u.id = ?", user.id());
        };
    }

    /** Restricts a business unit query (alias {@code b}) to this caller's scope. */
    public SqlFilter restrictUnits(SqlFilter filter) {
        return switch (userType()) {
            case "PARTNER" -> filter.and("b.partner_id = ?", partnerId());
            case "MERCHANT" -> filter.and("b.id = ? OR b.parent_id = ?", businessUnitId(), businessUnitId());
            case "BRANCH" -> filter.and("b.id = ?", businessUnitId());
            default -> filter.and("FALSE");
        };
    }
}
