package com.edfapay.tokenmanager.ui;

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
    public final List<String> log = new CopyOnWriteArrayList<>();

    public FakeEdfaPayApi(Identity identity) {
        this.identity = identity;
    }

    public static FakeEdfaPayApi merchant() {
        return new FakeEdfaPayApi(new Identity("u-admin", UserType.MERCHANT, "m-1", "Riyadh Coffee Roasters", "p-1",
                false));
    }

    public static EdfaPayException.Unauthorized unauthorized() {
        return new EdfaPayException.Unauthorized("The server rejected the API key (HTTP 401).", 401,
                "UNAUTHORIZED", "Invalid API key", null);
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
            throw new EdfaPayException.Rejected("This user has no SDK token yet; generate one first.", 400,
                    "SDK_TOKEN_NOT_FOUND", "No SDK token", null);
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
        return List.of();
    }

    @Override
    public GeneratedApiToken generateApiToken(NewApiToken request) {
        enter("generateApiToken");
        throw new UnsupportedOperationException("not used by this fake yet");
    }

    @Override
    public ApiToken setApiTokenActive(String tokenId, boolean active, String reason) {
        enter("setApiTokenActive");
        throw new UnsupportedOperationException("not used by this fake yet");
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
