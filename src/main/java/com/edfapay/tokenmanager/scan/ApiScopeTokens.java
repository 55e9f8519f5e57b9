package com.edfapay.tokenmanager.scan;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.api.sweep.SweepSummary;
import com.edfapay.tokenmanager.api.sweep.TokenSweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The scope's tokens read through the EdfaPay API: the API-token list (partners, merchants), and every SDK token of
 * the users in scope through the scope-wide {@link TokenSweep} (EdfaPay has no list of SDK tokens, so the sweep
 * pages the users and reads each one's token, a bounded number at a time, politely under 429/503). Each SDK token
 * is hashed the moment the sweep hands it over; the value is not kept. A user, terminal or SDK user reads only its
 * own token.
 */
public final class ApiScopeTokens implements ScopeTokens {

    private final EdfaPayApi api;
    private final Identity identity;
    private final int concurrency;
    private final IntFunction<ExecutorService> workers;
    private final BooleanSupplier cancelled;

    /**
     * {@code workers} makes the sweep's pool of {@code concurrency} threads (the desktop app's task runner does, the
     * one owner of threads); the sweep shuts it down when it ends.
     */
    public ApiScopeTokens(EdfaPayApi api, Identity identity, int concurrency, IntFunction<ExecutorService> workers,
                          BooleanSupplier cancelled) {
        this.api = api;
        this.identity = identity;
        this.concurrency = Math.max(1, concurrency);
        this.workers = workers;
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
        List<SdkTokenRef> refs = java.util.Collections.synchronizedList(new ArrayList<>());
        TokenSweep[] running = new TokenSweep[1];
        running[0] = TokenSweep.over(api, UserQuery.all(PageRequest.first(TokenSweep.DEFAULT_PAGE_SIZE)))
                .concurrency(concurrency)
                .workers(workers)
                .onToken((user, token) -> {
                    String value = token.token();
                    if (value != null && !value.isBlank()) {
                        refs.add(new SdkTokenRef(user.id(), user.displayName(), user.businessUnitId(),
                                ByteScanner.sha256(value), token.active()));
                    }
                })
                .onProgress(progress -> {
                    if (cancelled.getAsBoolean()) {
                        running[0].cancel();
                    }
                })
                .build();
        SweepSummary summary = running[0].run();
        if (summary.outcome() == SweepSummary.Outcome.ABORTED && summary.abortCause() != null) {
            throw summary.abortCause();
        }
        return Optional.of(List.copyOf(refs));
    }

    private @Nullable SdkTokenRef read(String userId, String name, @Nullable String businessUnitId) {
        SdkToken token;
        try {
            token = api.getSdkToken(userId);
        } catch (EdfaPayException.NotFound | EdfaPayException.Forbidden e) {
            return null;
        }
        String value = token.token();
        if (value == null || value.isBlank()) {
            return null;
        }
        return new SdkTokenRef(userId, name, businessUnitId, ByteScanner.sha256(value), token.active());
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
