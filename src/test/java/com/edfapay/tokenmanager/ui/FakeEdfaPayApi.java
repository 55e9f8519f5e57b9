package com.edfapay.tokenmanager.ui;

import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.PartnerSummary;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.SdkTokenStatusChange;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** An in-memory EdfaPay for view-model tests: real state, counted calls, injectable failures. */
public class FakeEdfaPayApi implements EdfaPayApi {

    public final Identity identity;
    public final List<UserSummary> users = new CopyOnWriteArrayList<>();
    public final List<MerchantSummary> merchants = new CopyOnWriteArrayList<>();
    public final Map<String, SdkToken> sdkTokens = new ConcurrentHashMap<>();
    public final AtomicInteger calls = new AtomicInteger();
    /** Failure to throw from the next call to each operation, by operation name. */
    public final Map<String, Supplier<RuntimeException>> failNext = new ConcurrentHashMap<>();
    /** Failures thrown once the operation has been applied: the change happened, its answer was lost. */
    public final Map<String, Supplier<RuntimeException>> loseAnswerNext = new ConcurrentHashMap<>();
    public final List<String> log = new CopyOnWriteArrayList<>();
    /** API tokens by id, in insertion order. */
    public final Map<String, ApiToken> apiTokens = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    public final List<String> listedScopes = new CopyOnWriteArrayList<>();
    public final List<NewApiToken> generateRequests = new CopyOnWriteArrayList<>();
    public final List<String> issuedSecretValues = new CopyOnWriteArrayList<>();
    public final List<com.edfapay.tokenmanager.api.Secret> issuedSecrets = new CopyOnWriteArrayList<>();
    public final AtomicInteger nextId = new AtomicInteger();
    /** The server's clock for tokens it creates. */
    public volatile java.time.Instant serverNow = java.time.Instant.parse("2026-11-30T10:00:00Z");
    public volatile String createdBy = "admin.riyadh";

    public FakeEdfaPayApi(Identity identity) {
        this.identity = identity;
    }

    public static FakeEdfaPayApi merchant() {
        return new FakeEdfaPayApi(new Identity("u-admin", UserType.MERCHANT, "m-1", "Riyadh Coffee Roasters", "p-1",
                false));
    }

    public static FakeEdfaPayApi partner() {
        return new FakeEdfaPayApi(new Identity("u-partner", UserType.PARTNER, "p-1", "Edfa Demo Partner", "p-1",
                false));
    }

    public static EdfaPayException.Unauthorized unauthorized() {
        return (EdfaPayException.Unauthorized) Failures.fail(Reason.KEY_REJECTED, Operation.READ_SDK_TOKEN, 401,
                "UNAUTHORIZED", "Invalid API key");
    }

    protected void enter(String operation) {
        calls.incrementAndGet();
        log.add(operation);
        Supplier<RuntimeException> failure = failNext.remove(operation);
        if (failure != null) {
            throw failure.get();
        }
    }

    @Override
    public Identity whoAmI() {
        enter("whoAmI");
        return identity;
    }

    @Override
    public Page<UserSummary> searchUsers(UserQuery query) {
        enter("searchUsers");
        List<UserSummary> matching = users.stream()
                .filter(u -> query.businessUnitId() == null || query.businessUnitId().equals(u.businessUnitId()))
                .filter(u -> query.userType() == null || query.userType() == u.userType())
                .filter(u -> query.text() == null || u.username().toLowerCase(Locale.ROOT)
                        .contains(query.text().toLowerCase(Locale.ROOT))
                        || u.displayName().toLowerCase(Locale.ROOT).contains(query.text().toLowerCase(Locale.ROOT)))
                .toList();
        return page(matching, query.page());
    }

    @Override
    public Page<MerchantSummary> searchMerchants(MerchantQuery query) {
        enter("searchMerchants");
        List<MerchantSummary> matching = merchants.stream()
                .filter(m -> query.text() == null || m.name().toLowerCase(Locale.ROOT)
                        .contains(query.text().toLowerCase(Locale.ROOT)))
                .toList();
        return page(matching, query.page());
    }

    @Override
    public Page<PartnerSummary> searchPartners(PageRequest page, String text) {
        enter("searchPartners");
        return page(List.of(), page);
    }

    @Override
    public SdkToken getSdkToken(String userId) {
        enter("getSdkToken:" + userId);
        return sdkTokens.getOrDefault(userId, new SdkToken(userId, null, null, null, null, null, null, false));
    }

    @Override
    public SdkToken generateSdkToken(String userId) {
        enter("generateSdkToken:" + userId);
        SdkToken old = getSdkTokenQuietly(userId);
        SdkToken fresh = new SdkToken(userId, randomHex(), old.businessUnitId(), old.userType(), old.terminalId(),
                old.trsm(), old.deviceId(), true);
        sdkTokens.put(userId, fresh);
        return fresh;
    }

    @Override
    public SdkTokenStatusChange setSdkTokenActive(String userId, boolean active) {
        enter("setSdkTokenActive:" + userId);
        SdkToken current = getSdkTokenQuietly(userId);
        if (!current.hasToken()) {
            throw Failures.fail(Reason.NO_SDK_TOKEN_YET, Operation.SWITCH_SDK_TOKEN, 400,
                    "SDK_TOKEN_NOT_FOUND", "No SDK token");
        }
        if (current.active() == active) {
            return new SdkTokenStatusChange(current, SdkTokenStatusChange.Outcome.ALREADY_IN_STATE);
        }
        SdkToken changed = new SdkToken(userId, current.token(), current.businessUnitId(), current.userType(),
                current.terminalId(), current.trsm(), current.deviceId(), active);
        sdkTokens.put(userId, changed);
        return new SdkTokenStatusChange(changed, SdkTokenStatusChange.Outcome.CHANGED);
    }

    @Override
    public List<ApiToken> listApiTokens(String businessUnitId) {
        enter("listApiTokens");
        listedScopes.add(businessUnitId == null ? "ALL" : businessUnitId);
        return apiTokens.values().stream()
                .filter(t -> businessUnitId == null || businessUnitId.equals(t.businessUnitId()))
                .sorted(java.util.Comparator.comparing(ApiToken::createdAt).reversed())
                .toList();
    }

    @Override
    public GeneratedApiToken generateApiToken(NewApiToken request) {
        enter("generateApiToken");
        generateRequests.add(request);
        String name = request.name().trim();
        boolean taken = apiTokens.values().stream().anyMatch(t -> t.businessUnitId().equals(request.businessUnitId())
                && t.name().equalsIgnoreCase(name));
        if (taken) {
            throw Failures.fail(Reason.REFUSED, Operation.GENERATE_API_TOKEN, 400, "API_TOKEN_NAME_TAKEN",
                    "An API token named '" + name + "' already exists for this business unit.");
        }
        String secret = "edfa_" + randomBase62(40);
        ApiToken token = new ApiToken("t-" + nextId.incrementAndGet(), name, secret.substring(0, 9),
                secret.substring(secret.length() - 4), true, serverNow, createdBy, null, request.expiresAt(),
                request.businessUnitId(), null, null);
        apiTokens.put(token.id(), token);
        if (request.replacesTokenId() != null) {
            ApiToken old = apiTokens.get(request.replacesTokenId());
            apiTokens.put(old.id(), withReplacement(old, token.id()));
        }
        issuedSecretValues.add(secret);
        Supplier<RuntimeException> lost = loseAnswerNext.remove("generateApiToken");
        if (lost != null) {
            throw lost.get();
        }
        com.edfapay.tokenmanager.api.Secret handedOut = com.edfapay.tokenmanager.api.Secret.of(secret);
        issuedSecrets.add(handedOut);
        return new GeneratedApiToken(token, handedOut);
    }

    @Override
    public ApiToken setApiTokenActive(String tokenId, boolean active, String reason) {
        enter("setApiTokenActive:" + tokenId);
        ApiToken t = apiTokens.get(tokenId);
        if (t == null) {
            throw Failures.fail(Reason.NOT_FOUND, Operation.SWITCH_API_TOKEN, 404, "NOT_FOUND",
                    "The API token was not found");
        }
        ApiToken changed = new ApiToken(t.id(), t.name(), t.prefix(), t.last4(), active, t.createdAt(),
                t.createdBy(), t.lastUsedAt(), t.expiresAt(), t.businessUnitId(), active ? null : reason,
                t.replacedById());
        apiTokens.put(tokenId, changed);
        return changed;
    }

    /** Adds a token as if someone created it earlier. */
    public ApiToken addApiToken(String id, String name, String businessUnitId, java.time.Instant createdAt,
                                java.time.Instant lastUsedAt, java.time.Instant expiresAt, boolean active) {
        String secret = "edfa_" + randomBase62(40);
        ApiToken token = new ApiToken(id, name, secret.substring(0, 9), secret.substring(secret.length() - 4), active,
                createdAt, "someone", lastUsedAt, expiresAt, businessUnitId, active ? null : "old", null);
        apiTokens.put(id, token);
        return token;
    }

    /** Adds a token whose visible parts are those of {@code key} (the connection's own key). */
    public ApiToken addOwnKey(String id, String key, String businessUnitId, java.time.Instant createdAt) {
        ApiToken token = new ApiToken(id, "Backend key", key.substring(0, 9), key.substring(key.length() - 4), true,
                createdAt, "someone", createdAt, null, businessUnitId, null, null);
        apiTokens.put(id, token);
        return token;
    }

    private static ApiToken withReplacement(ApiToken t, String replacedById) {
        return new ApiToken(t.id(), t.name(), t.prefix(), t.last4(), t.active(), t.createdAt(), t.createdBy(),
                t.lastUsedAt(), t.expiresAt(), t.businessUnitId(), t.disabledReason(), replacedById);
    }

    private static String randomBase62(int length) {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder out = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private SdkToken getSdkTokenQuietly(String userId) {
        return sdkTokens.getOrDefault(userId, new SdkToken(userId, null, null, null, null, null, null, false));
    }

    private static String randomHex() {
        StringBuilder hex = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 64; i++) {
            hex.append("0123456789ABCDEF".charAt(random.nextInt(16)));
        }
        return hex.toString();
    }

    protected static <T> Page<T> page(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.pageNumber() * request.pageSize());
        int to = Math.min(all.size(), from + request.pageSize());
        int totalPages = (all.size() + request.pageSize() - 1) / request.pageSize();
        return new Page<>(new ArrayList<>(all.subList(from, to)), all.size(), totalPages, request.pageNumber(),
                request.pageSize(), to >= all.size());
    }
}
