package com.edfapay.tokenmanager.api;

import com.edfapay.tokenmanager.api.internal.Dto;
import com.edfapay.tokenmanager.api.internal.Endpoint;
import com.edfapay.tokenmanager.api.internal.Errors;
import com.edfapay.tokenmanager.api.internal.Sleeper;
import com.edfapay.tokenmanager.api.internal.Transport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * OkHttp + Jackson implementation of {@link EdfaPayApi} against the wire contract in {@code docs/api-contract.md}.
 * Thread-safe; close it to release connections.
 */
public final class EdfaPayClient implements EdfaPayApi, AutoCloseable {

    private static final Endpoint ME = Endpoint.projectDefined("tell who owns this API key");
    private static final Endpoint USERS = Endpoint.documented("search users");
    private static final Endpoint MERCHANTS = Endpoint.documented("search merchants");
    private static final Endpoint PARTNERS = Endpoint.documented("search partners");
    private static final Endpoint SDK_GET = Endpoint.documented("read the user's SDK token");
    private static final Endpoint SDK_GENERATE = Endpoint.documented("generate an SDK token for the user");
    private static final Endpoint SDK_SWITCH = Endpoint.documented("switch the status of the user's SDK token");
    private static final Endpoint API_LIST = Endpoint.projectDefined("list API tokens");
    private static final Endpoint API_LIST_BU =
            Endpoint.projectDefined("list API tokens (or the business unit is outside this key's reach)");
    private static final Endpoint API_GENERATE = Endpoint.projectDefined("generate API tokens");
    private static final Endpoint API_STATUS = Endpoint.documented("change the status of the API token");

    private final ClientConfig config;
    private final Transport transport;
    private final ObjectMapper mapper;
    private final SecretScrubber scrubber = new SecretScrubber();

    /**
     * @throws IllegalArgumentException with a clerk-readable message when the base URL breaks {@link BaseUrlPolicy}
     */
    public EdfaPayClient(ClientConfig config) {
        this(config, Sleeper.REAL);
    }

    EdfaPayClient(ClientConfig config, Sleeper sleeper) {
        if (config == null) {
            throw new IllegalArgumentException("config is required");
        }
        BaseUrlPolicy.problem(config.baseUrl()).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        checkApiKey(config.apiKey());
        this.config = config;
        scrubber.remember(config.apiKey());
        this.transport = new Transport(config, sleeper, scrubber);
        this.mapper = transport.mapper();
    }

    /** Never quotes the key: OkHttp would put an invalid header value in its own exception message. */
    private static void checkApiKey(String apiKey) {
        String key = apiKey.strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("Enter the API key.");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("The API key contains spaces, line breaks or other characters "
                        + "that an API key cannot contain. Copy it again from EdfaPay and paste it.");
            }
        }
    }

    public ClientConfig config() {
        return config;
    }

    /**
     * This session's scrubber: it knows the API key, every SDK token this client has seen and every API secret it
     * generated. Use it to clean any server-provided text before showing or logging it. Emptied on {@link #close()}.
     */
    public SecretScrubber scrubber() {
        return scrubber;
    }

    // ---------------------------------------------------------------------------------------------------------
    // identity

    @Override
    public Identity whoAmI() {
        try {
            JsonNode data = transport.get(ME, List.of("me"), Map.of());
            Dto.MeDto me = convert(data, Dto.MeDto.class);
            return me.toIdentity();
        } catch (EdfaPayException.NotOffered notOffered) {
            return probeIdentity();
        }
    }

    private Identity probeIdentity() {
        PageRequest one = PageRequest.first(1);
        try {
            Page<PartnerSummary> partners = searchPartners(one, null);
            PartnerSummary p = partners.content().isEmpty() ? null : partners.content().get(0);
            return new Identity(null, UserType.PARTNER, p == null ? null : p.id(), p == null ? null : p.name(),
                    p == null ? null : p.id(), true);
        } catch (EdfaPayException e) {
            rethrowUnlessDenied(e);
        }
        try {
            Page<MerchantSummary> merchants = searchMerchants(MerchantQuery.all(one));
            MerchantSummary m = merchants.content().isEmpty() ? null : merchants.content().get(0);
            return new Identity(null, UserType.MERCHANT, m == null ? null : m.id(), m == null ? null : m.name(),
                    m == null ? null : m.partnerId(), true);
        } catch (EdfaPayException e) {
            rethrowUnlessDenied(e);
        }
        try {
            Page<UserSummary> users = searchUsers(UserQuery.all(one));
            UserSummary u = users.content().isEmpty() ? null : users.content().get(0);
            return new Identity(null, UserType.BRANCH, u == null ? null : u.businessUnitId(),
                    u == null ? null : u.businessUnitName(), null, true);
        } catch (EdfaPayException e) {
            rethrowUnlessDenied(e);
        }
        return new Identity(null, UserType.SELF, null, null, null, true);
    }

    /** A probe that is refused (403, 400, 404) means "not this role"; anything else is a real failure. */
    private static void rethrowUnlessDenied(EdfaPayException e) {
        if (e instanceof EdfaPayException.Forbidden || e instanceof EdfaPayException.Rejected
                || e instanceof EdfaPayException.NotFound || e instanceof EdfaPayException.NotOffered) {
            return;
        }
        throw e;
    }

    // ---------------------------------------------------------------------------------------------------------
    // searches

    @Override
    public Page<UserSummary> searchUsers(UserQuery query) {
        requireNonNull(query, "query");
        Map<String, String> q = pageQuery(query.page());
        q.putAll(Transport.query("text", blankToNull(query.text()), "businessUnitId", blankToNull(query.businessUnitId()),
                "userType", query.userType() == null ? null : query.userType().name(), "active", query.active()));
        JsonNode data = transport.get(USERS, List.of("users", "search"), q);
        return page(data, query.page(), Dto.UserDto.class, Dto.UserDto::toSummary);
    }

    @Override
    public Page<MerchantSummary> searchMerchants(MerchantQuery query) {
        requireNonNull(query, "query");
        Map<String, String> q = pageQuery(query.page());
        q.putAll(Transport.query("text", blankToNull(query.text()), "partnerId", blankToNull(query.partnerId()),
                "active", query.active()));
        JsonNode data = transport.get(MERCHANTS, List.of("merchant", "search"), q);
        return page(data, query.page(), Dto.MerchantDto.class, Dto.MerchantDto::toSummary);
    }

    @Override
    public Page<PartnerSummary> searchPartners(PageRequest page, @Nullable String text) {
        requireNonNull(page, "page");
        Map<String, String> q = pageQuery(page);
        q.putAll(Transport.query("text", blankToNull(text)));
        JsonNode data = transport.get(PARTNERS, List.of("partner", "search"), q);
        return page(data, page, Dto.PartnerDto.class, Dto.PartnerDto::toSummary);
    }

    private static Map<String, String> pageQuery(PageRequest p) {
        return Transport.query("pageNumber", p.pageNumber(), "pageSize", p.pageSize(),
                "sortBy", blankToNull(p.sortBy()), "sortDirection", p.sortDirection());
    }

    private <D, T> Page<T> page(@Nullable JsonNode data, PageRequest req, Class<D> dtoType, Function<D, T> map) {
        if (data == null || !data.isObject()) {
            throw Errors.malformed(200, "the search result has no page", null);
        }
        List<T> content = new ArrayList<>();
        JsonNode arr = data.get("content");
        if (arr != null && !arr.isNull()) {
            if (!arr.isArray()) {
                throw Errors.malformed(200, "the page content is not a list", null);
            }
            for (JsonNode el : arr) {
                content.add(map.apply(convert(el, dtoType)));
            }
        }
        long total = longOr(data, "totalElements", content.size());
        int size = (int) longOr(data, "size", req.pageSize());
        int number = (int) longOr(data, "number", req.pageNumber());
        int totalPages = (int) longOr(data, "totalPages", size <= 0 ? 1 : (total + size - 1) / size);
        JsonNode lastNode = data.get("last");
        boolean last = lastNode != null && lastNode.isBoolean() ? lastNode.asBoolean() : number + 1 >= totalPages;
        return new Page<>(content, total, totalPages, number, size, last);
    }

    private static long longOr(JsonNode obj, String field, long fallback) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (n.isNumber() || (n.isTextual() && n.asText().trim().matches("-?\\d{1,18}"))) {
            return n.asLong();
        }
        throw Errors.malformed(200, "the page field '" + field + "' is not a number", null);
    }

    // ---------------------------------------------------------------------------------------------------------
    // SDK tokens

    @Override
    public SdkToken getSdkToken(String userId) {
        String id = requireId(userId, "userId");
        return sdkToken(transport.get(SDK_GET, List.of("sdk-token", id), Map.of()), id, false);
    }

    @Override
    public SdkToken generateSdkToken(String userId) {
        String id = requireId(userId, "userId");
        SdkToken t = sdkToken(transport.post(SDK_GENERATE, List.of("sdk-token", id), null), id, false);
        if (!t.hasToken()) {
            throw Errors.malformed(200, "the server confirmed a new SDK token but did not include it; refresh to "
                    + "see it", null);
        }
        return t;
    }

    private SdkToken sdkToken(@Nullable JsonNode data, String userId, boolean requireActive) {
        Dto.SdkTokenDto dto = convert(data, Dto.SdkTokenDto.class);
        scrubber.rememberToken(dto.token());
        if (requireActive && dto.active() == null) {
            throw Errors.malformed(200, "the SDK token's status is missing", null);
        }
        return dto.toSdkToken(userId);
    }

    @Override
    public SdkTokenStatusChange setSdkTokenActive(String userId, boolean active) {
        String id = requireId(userId, "userId");
        SdkToken before = getSdkToken(id);
        if (!before.hasToken()) {
            throw new EdfaPayException.Rejected("This user has no SDK token yet; generate one first.", 0,
                    "SDK_TOKEN_NOT_FOUND", null, null);
        }
        if (before.active() == active) {
            return new SdkTokenStatusChange(before, SdkTokenStatusChange.Outcome.ALREADY_IN_STATE);
        }
        SdkToken after;
        try {
            after = sdkToken(transport.put(SDK_SWITCH, List.of("sdk-token", id), null), id, true);
        } catch (EdfaPayException failure) {
            if (!outcomeUnknown(failure)) {
                throw failure;
            }
            return reconcile(id, active, failure);
        }
        if (after.active() != active) {
            throw new EdfaPayException.UnexpectedState("The SDK token's status did not end up as requested: the "
                    + "server says it is now " + state(after.active()) + ". Someone else may have changed it at the "
                    + "same time; refresh before trying again.", 200, null, null, null, after);
        }
        return new SdkTokenStatusChange(after, SdkTokenStatusChange.Outcome.CHANGED);
    }

    /** Failures after which the switch may or may not have been applied by the server. */
    private static boolean outcomeUnknown(EdfaPayException e) {
        return e instanceof EdfaPayException.Timeout || e instanceof EdfaPayException.NetworkFailure
                || e instanceof EdfaPayException.ServerError || e instanceof EdfaPayException.MalformedResponse;
    }

    private SdkTokenStatusChange reconcile(String userId, boolean target, EdfaPayException failure) {
        SdkToken now;
        try {
            now = getSdkToken(userId);
        } catch (EdfaPayException readFailure) {
            throw failure.withMessage("The request to " + (target ? "enable" : "disable") + " the SDK token was "
                    + "sent, but its outcome is unknown: " + failure.getMessage() + " Checking the token's state "
                    + "afterwards failed too. Refresh and check the token's status before trying again.");
        }
        if (now.active() == target) {
            return new SdkTokenStatusChange(now, SdkTokenStatusChange.Outcome.CHANGED_ANSWER_LOST);
        }
        throw failure.withMessage("The change was not applied; the SDK token is currently " + state(now.active())
                + ". " + failure.getMessage());
    }

    private static String state(boolean active) {
        return active ? "enabled" : "disabled";
    }

    // ---------------------------------------------------------------------------------------------------------
    // API tokens

    @Override
    public List<ApiToken> listApiTokens(@Nullable String businessUnitId) {
        String bu = blankToNull(businessUnitId);
        JsonNode data = transport.get(bu == null ? API_LIST : API_LIST_BU, List.of("api-tokens"),
                Transport.query("businessUnitId", bu));
        if (data != null && data.isObject() && data.has("content")) {
            data = data.get("content"); // tolerate a page
        }
        if (data == null || !data.isArray()) {
            throw Errors.malformed(200, "the list of API tokens is missing", null);
        }
        List<ApiToken> out = new ArrayList<>();
        for (JsonNode el : data) {
            out.add(convert(el, Dto.ApiTokenDto.class).toApiToken());
        }
        return List.copyOf(out);
    }

    @Override
    public GeneratedApiToken generateApiToken(NewApiToken request) {
        requireNonNull(request, "request");
        if (request.businessUnitId() == null || request.businessUnitId().isBlank()) {
            throw new IllegalArgumentException("businessUnitId is required");
        }
        if (request.name() == null || request.name().isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("businessUnitId", request.businessUnitId());
        body.put("name", request.name().trim());
        if (request.expiresAt() != null) {
            body.put("expiresAt", request.expiresAt().toString());
        }
        if (request.replacesTokenId() != null) {
            body.put("replacesTokenId", request.replacesTokenId());
        }
        JsonNode data = transport.post(API_GENERATE, List.of("api-tokens"), bytes(body));
        Dto.ApiTokenDto dto = convert(data, Dto.ApiTokenDto.class);
        if (dto.secret() == null || dto.secret().isEmpty()) {
            throw Errors.malformed(200, "the server created the API token but did not include its secret; disable "
                    + "that token and generate a new one", null);
        }
        scrubber.remember(dto.secret());
        return new GeneratedApiToken(dto.toApiToken(), Secret.of(dto.secret()));
    }

    @Override
    public ApiToken setApiTokenActive(String tokenId, boolean active, @Nullable String reason) {
        String id = requireId(tokenId, "tokenId");
        ObjectNode body = mapper.createObjectNode();
        body.put("active", active);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.trim());
        }
        JsonNode data = transport.put(API_STATUS, List.of("api-tokens", id, "status"), bytes(body));
        Dto.ApiTokenDto dto = convert(data, Dto.ApiTokenDto.class);
        ApiToken token = dto.toApiToken();
        if (dto.active() != null && dto.active() != active) {
            throw new EdfaPayException.UnexpectedState("The API token's status did not end up as requested: the "
                    + "server says it is now " + state(token.active()) + ". Refresh before trying again.",
                    200, null, null, null, null);
        }
        return token;
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private byte[] bytes(ObjectNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the request", e);
        }
    }

    private <T> T convert(@Nullable JsonNode node, Class<T> type) {
        if (node == null || node.isNull()) {
            throw Errors.malformed(200, "the answer carries no data", null);
        }
        if (!node.isObject()) {
            throw Errors.malformed(200, "the data has an unexpected shape", null);
        }
        try {
            JavaType jt = mapper.constructType(type);
            return mapper.convertValue(node, jt);
        } catch (IllegalArgumentException e) {
            // do not keep Jackson's message: it may quote a field value (a token)
            throw Errors.malformed(200, "a field has an unexpected type", null);
        }
    }

    private static String requireId(@Nullable String id, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        String t = id.trim();
        if (t.equals(".") || t.equals("..")) {
            throw new IllegalArgumentException(name + " is not a valid id");
        }
        return t;
    }

    private static void requireNonNull(@Nullable Object o, String name) {
        if (o == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public void close() {
        transport.close();
        scrubber.forgetAll();
    }

    @Override
    public String toString() {
        return "EdfaPayClient[" + config + "]";
    }
}
