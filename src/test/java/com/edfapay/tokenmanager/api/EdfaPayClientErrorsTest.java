package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every failure maps to its typed exception, with status, errorCode and server message kept. */
class EdfaPayClientErrorsTest extends ApiTestSupport {

    private EdfaPayException failGet() {
        return catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID));
    }

    private EdfaPayException failPost() {
        return catchThrowableOfType(EdfaPayException.class, () -> client.generateSdkToken(USER_ID));
    }

    @Test
    void badRequestKeepsMessageAndErrorCode() {
        server.enqueue(json(400, error(400, "A token with this name already exists", "API_TOKEN_NAME_TAKEN")));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class,
                () -> client.generateApiToken(new NewApiToken("m-1", "POS", null, null)));
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.errorCode()).isEqualTo("API_TOKEN_NAME_TAKEN");
        assertThat(e.serverMessage()).isEqualTo("A token with this name already exists");
        assertThat(e.reason()).isEqualTo(EdfaPayException.Reason.REFUSED);
        assertThat(e.operation()).isEqualTo(EdfaPayException.Operation.GENERATE_API_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(ints = {409, 422, 405})
    void otherClientErrorsAreRejected(int status) {
        server.enqueue(json(status, error(status, "Nope", "SOME_CODE")));
        EdfaPayException e = failPost();
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.errorCode()).isEqualTo("SOME_CODE");
    }

    @Test
    void unauthorized() {
        server.enqueue(json(401, error(401, "Invalid API key", "UNAUTHORIZED")));
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.Unauthorized.class);
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(e.reason()).isEqualTo(EdfaPayException.Reason.KEY_REJECTED);
        assertThat(e.getMessage()).isEqualTo("KEY_REJECTED during READ_SDK_TOKEN, HTTP 401, errorCode UNAUTHORIZED");
    }

    @Test
    void unauthorizedWithoutBody() {
        server.enqueue(new MockResponse.Builder().code(401).build());
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.Unauthorized.class);
        assertThat(e.serverMessage()).isNull();
        assertThat(e.errorCode()).isNull();
    }

    @Test
    void forbidden() {
        server.enqueue(json(403, error(403, "Not allowed", "FORBIDDEN")));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class,
                () -> client.searchUsers(UserQuery.all(PageRequest.first(5))));
        assertThat(e).isInstanceOf(EdfaPayException.Forbidden.class);
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.operation()).isEqualTo(EdfaPayException.Operation.SEARCH_USERS);
    }

    @Test
    void notFoundOnDocumentedEndpoint() {
        server.enqueue(json(404, error(404, "Not found", "NOT_FOUND")));
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.NotFound.class);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void notOfferedOnApiTokens() {
        server.enqueue(json(404, error(404, "No such path", "NO_SUCH_ENDPOINT")));
        EdfaPayException list = catchThrowableOfType(EdfaPayException.class, () -> client.listApiTokens(null));
        assertThat(list).isInstanceOf(EdfaPayException.NotOffered.class);
        assertThat(list.httpStatus()).isEqualTo(404);
        assertThat(list.reason()).isEqualTo(EdfaPayException.Reason.NOT_OFFERED);

        server.enqueue(new MockResponse.Builder().code(404).body("<html>Not Found</html>").build());
        EdfaPayException gen = catchThrowableOfType(EdfaPayException.class,
                () -> client.generateApiToken(new NewApiToken("m-1", "POS", null, null)));
        assertThat(gen).isInstanceOf(EdfaPayException.NotOffered.class);
    }

    @Test
    void aNotFoundAnswerFromAServerThatHasTheEndpointIsOutOfScopeNotNotOffered() {
        server.enqueue(json(404, error(404, "Business unit not found", "NOT_FOUND")));
        EdfaPayException list = catchThrowableOfType(EdfaPayException.class, () -> client.listApiTokens("m-9"));
        assertThat(list).isInstanceOf(EdfaPayException.NotFound.class);
    }

    @Test
    void notOfferedOnMeWhenProbingIsImpossibleIsNotThrownButProbed() {
        // /me 404 leads to probing, tested in WhoAmITest; here: the raw mapping of /me
        server.enqueue(json(404, error(404, "No such path", "NO_SUCH_ENDPOINT")));
        server.enqueue(json(401, error(401, "bad key", "UNAUTHORIZED")));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, () -> client.whoAmI());
        assertThat(e).as("a 401 while probing is a real failure").isInstanceOf(EdfaPayException.Unauthorized.class);
    }

    @Test
    void rateLimitedOnPostCarriesRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
                .body(error(429, "Slow down", "RATE_LIMITED")).build());
        EdfaPayException e = failPost();
        assertThat(e).isInstanceOf(EdfaPayException.RateLimited.class);
        assertThat(((EdfaPayException.RateLimited) e).retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrors(int status) {
        server.enqueue(json(status, error(status, "Boom", "SERVICE_UNAVAILABLE")));
        EdfaPayException e = failPost();
        assertThat(e).isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.serverMessage()).isEqualTo("Boom");
    }

    @Test
    void serverErrorWithHtmlBody() {
        server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad gateway</html>").build());
        EdfaPayException e = failPost();
        assertThat(e).isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(e.serverMessage()).isNull();
    }

    @Test
    void envelopeWithErrorCodeInsideHttp200() {
        server.enqueue(json(200, error(400, "User not found", "USER_NOT_FOUND")));
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.errorCode()).isEqualTo("USER_NOT_FOUND");
        assertThat(e.serverMessage()).isEqualTo("User not found");
        assertThat(e.reason()).isEqualTo(EdfaPayException.Reason.REFUSED);
        assertThat(e.details().fromEnvelope()).isTrue();
    }

    @Test
    void envelopeWithOddCodeInsideHttp200() {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"string\",\"errorCode\":\"string\",\"data\":{}}"));
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.httpStatus()).isEqualTo(200);
    }

    @Test
    void envelope401InsideHttp200IsUnauthorized() {
        server.enqueue(json(200, error(401, "expired", "UNAUTHORIZED")));
        assertThat(failGet()).isInstanceOf(EdfaPayException.Unauthorized.class);
    }

    @Test
    void nonJsonBody() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>Welcome to nginx</html>").build());
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.MalformedResponse.class);
        assertThat(e.httpStatus()).isEqualTo(200);
    }

    @Test
    void emptyBody() {
        server.enqueue(new MockResponse.Builder().code(200).build());
        assertThat(failGet()).isInstanceOf(EdfaPayException.MalformedResponse.class);
    }

    @Test
    void jsonThatIsNotTheEnvelope() {
        server.enqueue(json(200, sdkJson(SDK_TOKEN, true)));
        assertThat(failGet()).isInstanceOf(EdfaPayException.MalformedResponse.class);
        server.enqueue(json(200, "[1,2,3]"));
        assertThat(failGet()).isInstanceOf(EdfaPayException.MalformedResponse.class);
    }

    @Test
    void bodyOverTheCap() {
        replaceClient(config().withMaxBodyBytes(1024));
        String big = "\"" + "x".repeat(2000) + "\"";
        server.enqueue(ok("{\"userId\":" + big + "}"));
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.MalformedResponse.class);
        assertThat(e.reason()).isEqualTo(EdfaPayException.Reason.TOO_LARGE);
        assertThat(e.details().detail()).isEqualTo("1024");
    }

    @Test
    void chunkedBodyOverTheCap() {
        replaceClient(config().withMaxBodyBytes(1024));
        server.enqueue(new MockResponse.Builder().code(200)
                .chunkedBody(envelope("{\"userId\":\"" + "y".repeat(3000) + "\"}"), 100).build());
        assertThat(failGet()).isInstanceOf(EdfaPayException.MalformedResponse.class);
    }

    @Test
    void readTimeout() {
        replaceClient(config().withReadTimeout(Duration.ofMillis(200)));
        server.enqueue(new MockResponse.Builder().code(200).body(envelope(sdkJson(SDK_TOKEN, true)))
                .headersDelay(3, TimeUnit.SECONDS).build());
        EdfaPayException e = failPost();
        assertThat(e).isInstanceOf(EdfaPayException.Timeout.class);
        assertThat(e.httpStatus()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void slowBodyHitsTheReadTimeout() {
        replaceClient(config().withReadTimeout(Duration.ofMillis(200)));
        server.enqueue(new MockResponse.Builder().code(200).body(envelope(sdkJson(SDK_TOKEN, true)))
                .throttleBody(10, 1, TimeUnit.SECONDS).build());
        assertThat(failPost()).isInstanceOf(EdfaPayException.Timeout.class);
    }

    @Test
    void callTimeout() {
        replaceClient(config().withCallTimeout(Duration.ofMillis(300)));
        server.enqueue(new MockResponse.Builder().code(200).body(envelope(sdkJson(SDK_TOKEN, true)))
                .headersDelay(3, TimeUnit.SECONDS).build());
        assertThat(failPost()).isInstanceOf(EdfaPayException.Timeout.class);
    }

    @Test
    void connectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        replaceClient(config().withBaseUrl("http://127.0.0.1:" + port));
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertThat(e.httpStatus()).isZero();
        assertThat(e.reason()).isEqualTo(EdfaPayException.Reason.CONNECTION_REFUSED);
    }

    @Test
    void droppedConnection() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        EdfaPayException e = failPost();
        assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void redirectIsNotFollowed() {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "http://evil.example/steal")
                .build());
        EdfaPayException e = failGet();
        assertThat(e).isInstanceOf(EdfaPayException.MalformedResponse.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverMessageEchoingTheKeyIsScrubbed() {
        server.enqueue(json(400, error(400, "bad key " + API_KEY, "BAD_REQUEST")));
        EdfaPayException e = failPost();
        assertThat(e.serverMessage()).doesNotContain(API_KEY);
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }
}
