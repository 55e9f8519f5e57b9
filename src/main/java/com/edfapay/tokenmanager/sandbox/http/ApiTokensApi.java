package com.edfapay.tokenmanager.sandbox.http;

import com.edfapay.tokenmanager.sandbox.auth.Caller;
import com.edfapay.tokenmanager.sandbox.auth.Secrets;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyNameTakenException;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyRepository;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyRow;
import com.edfapay.tokenmanager.sandbox.store.BusinessUnitRepository;
import com.edfapay.tokenmanager.sandbox.store.BusinessUnitRow;
import com.edfapay.tokenmanager.sandbox.store.SqlFilter;
import com.edfapay.tokenmanager.sandbox.store.UserRepository;
import com.edfapay.tokenmanager.sandbox.store.UserRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The project's API token endpoints (PARTNER and MERCHANT). A token belongs to a business unit and authenticates
 * as that unit's admin user; the secret is returned once and stored only as a SHA-256 hash.
 */
public final class ApiTokensApi {

    private static final int MAX_NAME = 64;
    private static final int MAX_REASON = 500;

    private final ApiKeyRepository apiKeys;
    private final BusinessUnitRepository units;
    private final UserRepository users;
    private final Secrets secrets;
    private final Clock clock;

    public ApiTokensApi(ApiKeyRepository apiKeys, BusinessUnitRepository units, UserRepository users,
                        Secrets secrets, Clock clock) {
        this.apiKeys = apiKeys;
        this.units = units;
        this.users = users;
        this.secrets = secrets;
        this.clock = clock;
    }

    public void register(Router router) {
        router.add("GET", "/api/v1/api-tokens", UserTypes.PARTNER_OR_MERCHANT, this::list)
                .add("POST", "/api/v1/api-tokens", UserTypes.PARTNER_OR_MERCHANT, this::generate)
                .add("PUT", "/api/v1/api-tokens/{id}/status", UserTypes.PARTNER_OR_MERCHANT, this::setStatus);
    }

    private Object list(ApiRequest request) throws ApiException, SQLException {
        UUID unitId = request.queryId("businessUnitId");
        SqlFilter filter = new SqlFilter();
        if (unitId == null) {
            request.caller().restrictUnits(filter);
        } else {
            filter.and("k.business_unit_id = ?", tokenOwnerUnit(request.caller(), unitId).id());
        }
        return apiKeys.listNewestFirst(filter).stream().map(Views.ApiToken::of).toList();
    }

    private Object generate(ApiRequest request) throws ApiException, SQLException {
        JsonNode body = request.jsonObjectBody();
        Caller caller = request.caller();
        UUID unitId = requiredId(body, "businessUnitId");
        BusinessUnitRow unit = tokenOwnerUnit(caller, unitId);
        String name = name(body);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = expiresAt(body, now);
        UUID replacesId = optionalId(body, "replacesTokenId");
        if (replacesId != null && apiKeys.find(replacesId)
                .filter(old -> old.listed() && old.businessUnitId().equals(unit.id())).isEmpty()) {
            throw ApiException.validation("The token to replace is not an API token of this business unit.");
        }
        String ownerType = unit.type().equals(BusinessUnitRow.PARTNER) ? "PARTNER" : "MERCHANT";
        UserRow owner = users.findFirstOfType(unit.id(), ownerType).orElseThrow(() -> ApiException.validation(
                "This business unit has no " + ownerType + " user the token could act as."));
        String secret = secrets.newApiSecret();
        ApiKeyRow key = new ApiKeyRow(UUID.randomUUID(), unit.id(), owner.id(), name, Secrets.displayPrefix(secret),
                Secrets.last4(secret), true, now, caller.user().username(), null, expiresAt, null, null, false, true);
        try {
            apiKeys.create(key, Secrets.sha256(secret), replacesId);
        } catch (ApiKeyNameTakenException e) {
            throw new ApiException(400, "API_TOKEN_NAME_TAKEN", String.valueOf(e.getMessage()));
        }
        return Views.GeneratedApiToken.of(key, secret);
    }

    private Object setStatus(ApiRequest request) throws ApiException, SQLException {
        UUID id = request.pathId(0);
        JsonNode body = request.jsonObjectBody();
        Caller caller = request.caller();
        ApiKeyRow key = apiKeys.find(id).filter(ApiKeyRow::listed)
                .orElseThrow(() -> ApiException.notFound("The API token"));
        if (units.find(key.businessUnitId()).filter(caller::canSee).isEmpty()) {
            throw ApiException.notFound("The API token");
        }
        JsonNode active = body.get("active");
        if (active == null || active.isNull()) {
            throw ApiException.validation("Say whether the token should be active (\"active\": true or false).");
        }
        if (!active.isBoolean()) {
            throw ApiException.badRequest("The field 'active' must be true or false.");
        }
        String reason = optionalText(body, "reason");
        if (reason != null && reason.length() > MAX_REASON) {
            throw ApiException.validation("The reason may have at most " + MAX_REASON + " characters.");
        }
        return apiKeys.setStatus(key.id(), active.booleanValue(), reason).map(Views.ApiToken::of)
                .orElseThrow(() -> ApiException.notFound("The API token"));
    }

    /** A merchant (or the caller's partner) in scope that may own API tokens; anything else is 404. */
    private BusinessUnitRow tokenOwnerUnit(Caller caller, UUID unitId) throws ApiException, SQLException {
        return units.find(unitId).filter(caller::canSee).filter(unit -> !unit.type().equals(BusinessUnitRow.BRANCH))
                .orElseThrow(() -> ApiException.notFound("The merchant"));
    }

    private static String name(JsonNode body) throws ApiException {
        String name = optionalText(body, "name");
        if (name == null || name.isEmpty()) {
            throw ApiException.validation("Give the token a name.");
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.validation("The name may have at most " + MAX_NAME + " characters.");
        }
        return name;
    }

    private static @Nullable Instant expiresAt(JsonNode body, Instant now) throws ApiException {
        String text = optionalText(body, "expiresAt");
        if (text == null || text.isEmpty()) {
            return null;
        }
        Instant expiresAt;
        try {
            expiresAt = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("The field 'expiresAt' must be an ISO-8601 instant such as "
                    + "2026-11-30T10:15:30Z.");
        }
        expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        if (!expiresAt.isAfter(now)) {
            throw ApiException.validation("The expiry date must be in the future.");
        }
        return expiresAt;
    }

    private static UUID requiredId(JsonNode body, String field) throws ApiException {
        UUID id = optionalId(body, field);
        if (id == null) {
            throw ApiException.validation("The field '" + field + "' is required.");
        }
        return id;
    }

    private static @Nullable UUID optionalId(JsonNode body, String field) throws ApiException {
        String text = optionalText(body, field);
        return text == null || text.isEmpty() ? null : ApiRequest.uuid(text, field);
    }

    /** A string field, trimmed; absent or null gives null, any other JSON type is a 400. */
    private static @Nullable String optionalText(JsonNode body, String field) throws ApiException {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("The field '" + field + "' must be a string.");
        }
        return node.asText().trim();
    }
}
