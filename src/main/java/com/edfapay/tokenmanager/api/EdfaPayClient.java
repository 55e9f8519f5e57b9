package com.edfapay.tokenmanager.api;

import static com.edfapay.tokenmanager.api.Strings.blankToNull;

import com.edfapay.tokenmanager.api.EdfaPayException.Details;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
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
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * OkHttp + Jackson implementation of {@link EdfaPayApi} against the wire contract in {@code docs/api-contract.md}.
 * Thread-safe; close it to release connections.
 */
public final class EdfaPayClient implements EdfaPayApi, AutoCloseable {

    private static final Endpoint ME = Endpoint.projectDefined(Operation.WHO_AM_I, Endpoint.SMALL);
    private static final Endpoint USERS = Endpoint.documented(Operation.SEARCH_USERS, Endpoint.PAGE);
    private static final Endpoint MERCHANTS = Endpoint.documented(Operation.SEARCH_MERCHANTS, Endpoint.PAGE);
    private static final Endpoint PARTNERS = Endpoint.documented(Operation.SEARCH_PARTNERS, Endpoint.PAGE);
    private static final Endpoint SDK_GET = Endpoint.documented(Operation.READ_SDK_TOKEN, Endpoint.SMALL);
    private static final Endpoint SDK_GENERATE = Endpoint.documented(Operation.GENERATE_SDK_TOKEN, Endpoint.SMALL);
    private static final Endpoint SDK_SWITCH = Endpoint.documented(Operation.SWITCH_SDK_TOKEN, Endpoint.SMALL);
    private static final Endpoint API_LIST = Endpoint.projectDefined(Operation.LIST_API_TOKENS, Endpoint.LIST);
    private static final Endpoint API_GENERATE =
            Endpoint.projectDefined(Operation.GENERATE_API_TOKEN, Endpoint.SMALL);
    private static final Endpoint API_STATUS = Endpoint.documented(Operation.SWITCH_API_TOKEN, Endpoint.SMALL);
    /** The largest total a search page may claim; more is a lying server, not a partner. */
    static final long MAX_TOTAL_ELEMENTS = 100_000_000L;

    private final ClientConfig config;
    private final Transport transport;
    private final ObjectMapper mapper;
    private final SecretScrubber scrubber = new SecretScrubber();

    /**
     * @throws EdfaPayException.InvalidInput when the base URL breaks {@link BaseUrlPolicy} or the key cannot be one
     */
    public EdfaPayClient(ClientConfig config) {
        this(config, Sleeper.REAL);
    }

    EdfaPayClient(ClientConfig config, Sleeper sleeper) {
        Objects.requireNonNull(config, "config");
        BaseUrlPolicy.problem(config.baseUrl()).ifPresent(p -> {
            throw p;
        });
        ApiKeyPolicy.problem(config.apiKey()).ifPresent(p -> {
            throw p;
        });
        this.config = config;
        scrubber.remember(config.apiKey());
        this.transport = new Transport(config, sleeper, scrubber);
        this.mapper = transport.mapper();
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

    /** The most answer bytes this client ever held at once (all calls together); for the response-cap tests. */
    long peakBytesInFlight() {
        return transport.peakBytesInFlight();
    }

    // ---------------------------------------------------------------------------------------------------------
    // identity

    @Override
    public Identity whoAmI() {
        JsonNode data;
        try {
            data = transport.get(ME, List.of("me"), Map.of());
        } catch (EdfaPayException.NotOffered notOffered) {
            return probeIdentity();
        }
        Dto.MeDto me = convert(ME, data, Dto.MeDto.class);
        UserType type = UserType.parse(me.userType());
        if (type == null) {
            throw Errors.malformed(ME, 200, Reason.ROLE_MISSING, null);
        }
        if (type == UserType.UNKNOWN || type == UserType.SELF) {
            throw Errors.malformed(ME, 200, Reason.ROLE_UNKNOWN, scrubber.clean(me.userType(), 40));
        }
        return new Identity(me.userId(), type, me.businessUnitId(), Dto.text(scrubber, me.businessUnitName()),
                me.partnerId(), false);
    }

    /**
     * Finds the role by what the key may read. A search that answers a page is a positive answer; a refusal counts
     * only when it is EdfaPay's own envelope (403 or 400). A server whose every answer is some 404 page is not an
     * EdfaPay server, whatever it says.
     */
    private Identity probeIdentity() {
        PageRequest one = PageRequest.first(1);
        boolean refusedByEdfaPay = false;
        try {
            Page<PartnerSummary> partners = searchPartners(one, null);
            PartnerSummary p = partners.content().isEmpty() ? null : partners.content().get(0);
            return new Identity(null, UserType.PARTNER, p == null ? null : p.id(), p == null ? null : p.name(),
                    p == null ? null : p.id(), true);
        } catch (EdfaPayException e) {
            refusedByEdfaPay |= deniedByEdfaPay(e);
        }
        try {
            Page<MerchantSummary> merchants = searchMerchants(MerchantQuery.all(one));
            MerchantSummary m = merchants.content().isEmpty() ? null : merchants.content().get(0);
            return new Identity(null, UserType.MERCHANT, m == null ? null : m.id(), m == null ? null : m.name(),
                    m == null ? null : m.partnerId(), true);
        } catch (EdfaPayException e) {
            refusedByEdfaPay |= deniedByEdfaPay(e);
        }
        try {
            Page<UserSummary> users = searchUsers(UserQuery.all(one));
            UserSummary u = users.content().isEmpty() ? null : users.content().get(0);
            return new Identity(null, UserType.BRANCH, u == null ? null : u.businessUnitId(),
                    u == null ? null : u.businessUnitName(), null, true);
        } catch (EdfaPayException e) {
            refusedByEdfaPay |= deniedByEdfaPay(e);
        }
        if (!refusedByEdfaPay) {
            throw Errors.malformed(ME, 404, Reason.NOT_EDFAPAY, null);
        }
        return new Identity(null, UserType.SELF, null, null, null, true);
    }

    /**
     * A probe that is refused means "not this role": true when EdfaPay itself refused (403/400 in its envelope),
     * false for a 404 or a refusal that is not EdfaPay's; anything else is a real failure and is thrown.
     */
    private static boolean deniedByEdfaPay(EdfaPayException e) {
        if (e instanceof EdfaPayException.Forbidden || e instanceof EdfaPayException.Rejected) {
            return e.details().fromEnvelope();
        }
        if (e instanceof EdfaPayException.NotFound || e instanceof EdfaPayException.NotOffered) {
            return false;
        }
        throw e;
    }

    // ---------------------------------------------------------------------------------------------------------
    // searches

    @Override
    public Page<UserSummary> searchUsers(UserQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, String> q = pageQuery(query.page());
        q.putAll(Transport.query("text", blankToNull(query.text()), "businessUnitId", blankToNull(query.businessUnitId()),
                "userType", query.userType() == null ? null : query.userType().name(), "active", query.active()));
        JsonNode data = transport.get(USERS, List.of("users", "search"), q);
        return page(USERS, data, query.page(), Dto.UserDto.class, d -> d.toSummary(USERS, scrubber));
    }

    @Override
    public Page<MerchantSummary> searchMerchants(MerchantQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, String> q = pageQuery(query.page());
        q.putAll(Transport.query("text", blankToNull(query.text()), "partnerId", blankToNull(query.partnerId()),
                "active", query.active()));
        JsonNode data = transport.get(MERCHANTS, List.of("merchant", "search"), q);
        return page(MERCHANTS, data, query.page(), Dto.MerchantDto.class, d -> d.toSummary(MERCHANTS, scrubber));
    }

    @Override
    public Page<PartnerSummary> searchPartners(PageRequest page, @Nullable String text) {
        Objects.requireNonNull(page, "page");
        Map<String, String> q = pageQuery(page);
        q.putAll(Transport.query("text", blankToNull(text)));
        JsonNode data = transport.get(PARTNERS, List.of("partner", "search"), q);
        return page(PARTNERS, data, page, Dto.PartnerDto.class, d -> d.toSummary(PARTNERS, scrubber));
    }

    private static Map<String, String> pageQuery(PageRequest p) {
        return Transport.query("pageNumber", p.pageNumber(), "pageSize", p.pageSize(),
                "sortBy", blankToNull(p.sortBy()), "sortDirection", p.sortDirection());
    }

    /**
     * A page, validated: no negative field, the page asked for, no more elements than asked for, no absurd total.
     * {@code last} is true when the server says so <em>or</em> its own numbers say so (a short page, the last of
     * {@code totalPages}, or {@code totalElements} reached), so a server that says {@code last: false} forever
     * still ends.
     */
    private <D, T> Page<T> page(Endpoint ep, @Nullable JsonNode data, PageRequest req, Class<D> dtoType, Function<D, T> map) {
        if (data == null || !data.isObject()) {
            throw Errors.malformed(ep, 200, Reason.NO_DATA, null);
        }
        List<T> content = new ArrayList<>();
        JsonNode arr = data.get("content");
        if (arr != null && !arr.isNull()) {
            if (!arr.isArray()) {
                throw Errors.malformed(ep, 200, Reason.BAD_PAGE, "content");
            }
            if (arr.size() > req.pageSize()) {
                throw Errors.malformed(ep, 200, Reason.BAD_PAGE, "content");
            }
            for (JsonNode el : arr) {
                content.add(map.apply(convert(ep, el, dtoType)));
            }
        }
        long total = pageField(ep, data, "totalElements", content.size(), MAX_TOTAL_ELEMENTS);
        long size = pageField(ep, data, "size", req.pageSize(), Integer.MAX_VALUE);
        long number = pageField(ep, data, "number", req.pageNumber(), Integer.MAX_VALUE);
        long pagesFromTotal = size <= 0 ? 1 : (total + size - 1) / size;
        long totalPages = pageField(ep, data, "totalPages", pagesFromTotal, Integer.MAX_VALUE);
        if (number != req.pageNumber() && !content.isEmpty()) {
            throw Errors.malformed(ep, 200, Reason.BAD_PAGE, "number");
        }
        JsonNode lastNode = data.get("last");
        boolean serverLast = lastNode != null && lastNode.isBoolean() && lastNode.asBoolean();
        long seen = (long) req.pageNumber() * req.pageSize() + content.size();
        boolean last = serverLast || content.isEmpty() || content.size() < req.pageSize()
                || number + 1 >= totalPages || seen >= total;
        return new Page<>(content, total, (int) totalPages, (int) number, (int) size, last);
    }

    private static long pageField(Endpoint ep, JsonNode obj, String field, long fallback, long max) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        long v;
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            v = n.asLong();
        } else if (n.isTextual() && n.asText().trim().matches("-?\\d{1,18}")) {
            v = Long.parseLong(n.asText().trim());
        } else {
            throw Errors.malformed(ep, 200, Reason.BAD_PAGE, field);
        }
        if (v < 0 || v > max) {
            throw Errors.malformed(ep, 200, Reason.BAD_PAGE, field);
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------------------
    // SDK tokens

    @Override
    public SdkToken getSdkToken(String userId) {
        String id = requireId(userId);
        return sdkToken(SDK_GET, transport.get(SDK_GET, List.of("sdk-token", id), Map.of()), id, false);
    }

    @Override
    public SdkToken generateSdkToken(String userId) {
        String id = requireId(userId);
        SdkToken t = sdkToken(SDK_GENERATE, transport.post(SDK_GENERATE, List.of("sdk-token", id), null), id, false);
        if (!t.hasToken()) {
            throw Errors.malformed(SDK_GENERATE, 200, Reason.NO_SDK_TOKEN_IN_ANSWER, null);
        }
        return t;
    }

    private SdkToken sdkToken(Endpoint ep, @Nullable JsonNode data, String userId, boolean requireActive) {
        Dto.SdkTokenDto dto = convert(ep, data, Dto.SdkTokenDto.class);
        scrubber.rememberToken(dto.theToken());
        if (requireActive && dto.active() == null) {
            throw Errors.malformed(ep, 200, Reason.BAD_FIELD, "active");
        }
        return dto.toSdkToken(userId, scrubber);
    }

    @Override
    public SdkTokenStatusChange setSdkTokenActive(String userId, boolean active) {
        String id = requireId(userId);
        SdkToken before = getSdkToken(id);
        if (!before.hasToken()) {
            throw EdfaPayException.of(Details.of(Reason.NO_SDK_TOKEN_YET, Operation.SWITCH_SDK_TOKEN)
                    .withHttp(0, "SDK_TOKEN_NOT_FOUND", null, false));
        }
        if (before.active() == active) {
            return new SdkTokenStatusChange(before, SdkTokenStatusChange.Outcome.ALREADY_IN_STATE);
        }
        SdkToken after;
        try {
            after = sdkToken(SDK_SWITCH, transport.put(SDK_SWITCH, List.of("sdk-token", id), null), id, true);
        } catch (EdfaPayException failure) {
            if (!outcomeUnknown(failure)) {
                throw failure;
            }
            return reconcile(id, active, failure);
        }
        if (after.active() != active) {
            throw EdfaPayException.of(Details.of(Reason.STATE_DIFFERS, Operation.SWITCH_SDK_TOKEN)
                    .withHttp(200, null, null, true).withActual(after, after.active()));
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
            throw failure.afterSwitch(EdfaPayException.SwitchOutcome.UNKNOWN, null);
        }
        if (now.active() == target) {
            return new SdkTokenStatusChange(now, SdkTokenStatusChange.Outcome.CHANGED_ANSWER_LOST);
        }
        throw failure.afterSwitch(EdfaPayException.SwitchOutcome.NOT_APPLIED, now.active());
    }

    // ---------------------------------------------------------------------------------------------------------
    // API tokens

    @Override
    public List<ApiToken> listApiTokens(@Nullable String businessUnitId) {
        String bu = blankToNull(businessUnitId);
        JsonNode data = transport.get(API_LIST, List.of("api-tokens"), Transport.query("businessUnitId", bu));
        if (data != null && data.isObject() && data.has("content")) {
            data = data.get("content"); // tolerate a page
        }
        if (data == null || !data.isArray()) {
            throw Errors.malformed(API_LIST, 200, Reason.NO_DATA, null);
        }
        List<ApiToken> out = new ArrayList<>();
        for (JsonNode el : data) {
            out.add(convert(API_LIST, el, Dto.ApiTokenDto.class).toApiToken(API_LIST, scrubber));
        }
        return List.copyOf(out);
    }

    @Override
    public GeneratedApiToken generateApiToken(NewApiToken request) {
        Objects.requireNonNull(request, "request");
        if (request.businessUnitId() == null || request.businessUnitId().isBlank()) {
            throw EdfaPayException.invalid(Reason.BUSINESS_UNIT_MISSING, null);
        }
        if (request.name() == null || request.name().isBlank()) {
            throw EdfaPayException.invalid(Reason.NAME_MISSING, null);
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
        Dto.ApiTokenDto dto = convert(API_GENERATE, data, Dto.ApiTokenDto.class);
        if (dto.secret() == null || dto.secret().isEmpty()) {
            throw Errors.malformed(API_GENERATE, 200, Reason.NO_SECRET_IN_ANSWER, null);
        }
        scrubber.remember(dto.secret());
        return new GeneratedApiToken(dto.toApiToken("", scrubber), Secret.of(dto.secret()));
    }

    @Override
    public ApiToken setApiTokenActive(String tokenId, boolean active, @Nullable String reason) {
        String id = requireId(tokenId);
        ObjectNode body = mapper.createObjectNode();
        body.put("active", active);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.trim());
        }
        JsonNode data = transport.put(API_STATUS, List.of("api-tokens", id, "status"), bytes(body));
        Dto.ApiTokenDto dto = convert(API_STATUS, data, Dto.ApiTokenDto.class);
        ApiToken token = dto.toApiToken(id, scrubber);
        if (dto.active() != null && dto.active() != active) {
            throw EdfaPayException.of(Details.of(Reason.STATE_DIFFERS, Operation.SWITCH_API_TOKEN)
                    .withHttp(200, null, null, true).withActual(null, token.active()));
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

    private <T> T convert(Endpoint ep, @Nullable JsonNode node, Class<T> type) {
        if (node == null || node.isNull()) {
            throw Errors.malformed(ep, 200, Reason.NO_DATA, null);
        }
        if (!node.isObject()) {
            throw Errors.malformed(ep, 200, Reason.BAD_FIELD, null);
        }
        try {
            JavaType jt = mapper.constructType(type);
            return mapper.convertValue(node, jt);
        } catch (IllegalArgumentException e) {
            // do not keep Jackson's message: it may quote a field value (a token)
            throw Errors.malformed(ep, 200, Reason.BAD_FIELD, null);
        }
    }

    /**
     * An id as it goes into a path: stripped first (so a blank or NUL-only id is refused, never sent to the
     * collection's endpoint), then refused when it holds a control or format character, a path separator, or is
     * {@code .} / {@code ..}.
     */
    static String requireId(@Nullable String id) {
        if (id == null) {
            throw EdfaPayException.invalid(Reason.ID_MISSING, null);
        }
        String visible = SecretScrubber.stripUnsafe(id);
        if (visible == null) {
            throw EdfaPayException.invalid(Reason.ID_MISSING, null);
        }
        String t = id.strip();
        if (!t.equals(visible) || t.length() > 200 || t.equals(".") || t.equals("..")) {
            throw EdfaPayException.invalid(Reason.ID_INVALID, null);
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%' || Character.isWhitespace(c)) {
                throw EdfaPayException.invalid(Reason.ID_INVALID, null);
            }
        }
        return t;
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
