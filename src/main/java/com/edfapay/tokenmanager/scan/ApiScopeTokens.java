package com.edfapay.tokenmanager.scan;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The scope's tokens read through the EdfaPay API: the API-token list (partners, merchants), and every SDK token of
 * the users in scope (EdfaPay has no list of SDK tokens, so users are paged and each user's token is read, a bounded
 * number at a time on the caller's executor). Each SDK token is hashed the moment it arrives; the value is dropped.
 */
public final class ApiScopeTokens implements ScopeTokens {

    static final int USERS_PAGE = 200;

    private final EdfaPayApi api;
    private final Identity identity;
    private final Executor executor;
    private final int concurrency;
    private final BooleanSupplier cancelled;

    public ApiScopeTokens(EdfaPayApi api, Identity identity, Executor executor, int concurrency,
                          BooleanSupplier cancelled) {
        this.api = api;
        this.identity = identity;
        this.executor = executor;
        this.concurrency = Math.max(1, concurrency);
        this.cancelled = cancelled;
    }

    @Override
    public Optional<List<ApiTokenRef>> apiTokens() {
        UserType type = identity.userType();
        if (type != UserType.PARTNER && type != UserType.MERCHANT && type != UserType.SUPER_ADMIN) {
            return Optional.empty();
        }
        try {
            List<ApiTokenRef> refs = new ArrayList<>();
            for (ApiToken token : api.listApiTokens(null)) {
                refs.add(new ApiTokenRef(token.id(), token.name(), nonNull(token.prefix()), nonNull(token.last4()),
                        token.active(), token.expiresAt(), token.businessUnitId()));
            }
            return Optional.of(refs);
        } catch (EdfaPayException.NotOffered | EdfaPayException.Forbidden e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<List<SdkTokenRef>> sdkTokens() {
        UserType type = identity.userType();
        if (type == UserType.UNKNOWN) {
            return Optional.empty();
        }
        if (type != UserType.PARTNER && type != UserType.MERCHANT && type != UserType.BRANCH
                && type != UserType.SUPER_ADMIN) {
            if (identity.userId() == null) {
                return Optional.empty();
            }
            List<SdkTokenRef> own = new ArrayList<>();
            SdkTokenRef ref = read(identity.userId(), identity.userId(), identity.businessUnitId());
            if (ref != null) {
                own.add(ref);
            }
            return Optional.of(own);
        }
        List<SdkTokenRef> refs = new ArrayList<>();
        PageRequest page = PageRequest.first(USERS_PAGE);
        Semaphore slots = new Semaphore(concurrency);
        while (!cancelled.getAsBoolean()) {
            Page<UserSummary> users = api.searchUsers(UserQuery.all(page));
            List<CompletableFuture<@Nullable SdkTokenRef>> reads = new ArrayList<>();
            for (UserSummary user : users.content()) {
                slots.acquireUninterruptibly();
                reads.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return cancelled.getAsBoolean() ? null
                                : read(user.id(), user.displayName(), user.businessUnitId());
                    } finally {
                        slots.release();
                    }
                }, executor));
            }
            for (CompletableFuture<@Nullable SdkTokenRef> read : reads) {
                try {
                    SdkTokenRef ref = read.join();
                    if (ref != null) {
                        refs.add(ref);
                    }
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
                }
            }
            if (users.last() || users.content().isEmpty()) {
                break;
            }
            page = page.next();
        }
        return Optional.of(refs);
    }

    private @Nullable SdkTokenRef read(String userId, String name, @Nullable String businessUnitId) {
        SdkToken token;
        try {
            token = api.getSdkToken(userId);
        } catch (EdfaPayException.NotFound | EdfaPayException.Forbidden e) {
            return null;
        }
        if (!token.hasToken()) {
            return null;
        }
        return new SdkTokenRef(userId, name, businessUnitId, ByteScanner.sha256(token.token()), token.active());
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
