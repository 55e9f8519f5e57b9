package com.edfapay.tokenmanager.sandbox.http;

import com.edfapay.tokenmanager.sandbox.auth.Secrets;
import com.edfapay.tokenmanager.sandbox.store.SdkTokenRepository;
import com.edfapay.tokenmanager.sandbox.store.UserRepository;
import com.edfapay.tokenmanager.sandbox.store.UserRow;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code /api/v1/sdk-token/{userId}}: read, generate-or-replace, toggle. Every user type, within scope. */
public final class SdkTokenApi {

    private static final String PATH = "/api/v1/sdk-token/{userId}";

    private final UserRepository users;
    private final SdkTokenRepository tokens;
    private final Secrets secrets;
    private final Clock clock;

    public SdkTokenApi(UserRepository users, SdkTokenRepository tokens, Secrets secrets, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.secrets = secrets;
        this.clock = clock;
    }

    public void register(Router router) {
        router.add("GET", PATH, UserTypes.ALL, this::get)
                .add("POST", PATH, UserTypes.ALL, this::replace)
                .add("PUT", PATH, UserTypes.ALL, this::toggle);
    }

    private Object get(ApiRequest request) throws ApiException, SQLException {
        UserRow user = target(request);
        return Views.SdkToken.of(user, tokens.find(user.id()).orElse(null));
    }

    private Object replace(ApiRequest request) throws ApiException, SQLException {
        UserRow user = target(request);
        return Views.SdkToken.of(user, tokens.replace(user.id(), secrets.newSdkToken(), now()));
    }

    private Object toggle(ApiRequest request) throws ApiException, SQLException {
        UserRow user = target(request);
        return Views.SdkToken.of(user, tokens.toggle(user.id(), now()).orElseThrow(() -> new ApiException(400,
                "SDK_TOKEN_NOT_FOUND", "This user has no SDK token yet; generate one first.")));
    }

    /** The addressed user if the caller may see it; otherwise 404, exactly as for a user that does not exist. */
    private UserRow target(ApiRequest request) throws ApiException, SQLException {
        return users.find(request.pathId(0)).filter(request.caller()::canSee)
                .orElseThrow(() -> ApiException.notFound("The user"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
