package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The JSON objects of schema {@code edfapay-tokens/1} (docs/cli.md) and the masked forms the tables show. Written
 * field by field so that a change to an {@code api} record never changes the schema silently. Every field is always
 * present; absent values are {@code null}.
 */
final class Views {

    private Views() {
    }

    static ObjectNode identity(ObjectNode n, Identity me) {
        n.put("userId", me.userId());
        n.put("userType", name(me.userType()));
        n.put("businessUnitId", me.businessUnitId());
        n.put("businessUnitName", me.businessUnitName());
        n.put("partnerId", me.partnerId());
        n.put("fromProbe", me.fromProbe());
        return n;
    }

    static ObjectNode merchant(ObjectNode n, MerchantSummary m) {
        n.put("id", m.id());
        n.put("name", m.name());
        n.put("nameAR", m.nameAR());
        n.put("emailAddress", m.emailAddress());
        n.put("active", m.active());
        n.put("partnerId", m.partnerId());
        return n;
    }

    static ObjectNode user(ObjectNode n, UserSummary u) {
        n.put("id", u.id());
        n.put("username", u.username());
        n.put("email", u.email());
        n.put("firstName", u.firstName());
        n.put("lastName", u.lastName());
        n.put("phoneNumber", u.phoneNumber());
        n.put("userType", name(u.userType()));
        n.put("businessUnitId", u.businessUnitId());
        n.put("businessUnitName", u.businessUnitName());
        n.put("active", u.active());
        return n;
    }

    /** {@code token} (the full SDK token) only when {@code reveal}; {@code last4} always. */
    static ObjectNode sdkToken(ObjectNode n, SdkToken t, boolean reveal) {
        n.put("userId", t.userId());
        n.put("hasToken", t.hasToken());
        n.put("last4", t.hasToken() ? t.last4() : null);
        n.put("active", t.active());
        n.put("userType", name(t.userType()));
        n.put("businessUnitId", t.businessUnitId());
        n.put("terminalId", t.terminalId());
        n.put("trsm", t.trsm());
        n.put("deviceId", t.deviceId());
        if (reveal) {
            n.put("token", t.hasToken() ? t.token() : null);
        }
        return n;
    }

    static ObjectNode apiToken(ObjectNode n, ApiToken t) {
        n.put("id", t.id());
        n.put("name", t.name());
        n.put("prefix", t.prefix());
        n.put("last4", t.last4());
        n.put("active", t.active());
        n.put("createdAt", time(t.createdAt()));
        n.put("createdBy", t.createdBy());
        n.put("lastUsedAt", time(t.lastUsedAt()));
        n.put("expiresAt", time(t.expiresAt()));
        n.put("businessUnitId", t.businessUnitId());
        n.put("disabledReason", t.disabledReason());
        n.put("replacedById", t.replacedById());
        return n;
    }

    static ObjectNode error(ObjectNode n, Failure f) {
        n.put("type", f.type());
        n.put("exitCode", f.exitCode());
        n.put("message", f.message());
        if (f.httpStatus() == null) {
            n.putNull("httpStatus");
        } else {
            n.put("httpStatus", f.httpStatus());
        }
        n.put("errorCode", f.errorCode());
        return n;
    }

    /** {@code ****1234}, or "-" when there is no token. */
    static String masked(SdkToken t) {
        return t.hasToken() ? "****" + t.last4() : "-";
    }

    /** {@code edfa_AbCd…WxYz} as EdfaPay's dashboard shows an API token. */
    static String masked(ApiToken t) {
        return (t.prefix() == null ? "" : t.prefix()) + "…" + (t.last4() == null ? "" : t.last4());
    }

    static @Nullable String time(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static @Nullable String name(@Nullable UserType type) {
        return type == null ? null : type.name();
    }
}
