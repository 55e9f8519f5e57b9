package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** A GET is retried once after a connection failure, a 503 or a short 429; POST and PUT never. */
class EdfaPayClientRetryTest extends ApiTestSupport {

    private static MockResponse dropped() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    private static MockResponse unavailable() {
        return json(503, error(503, "Try later", "SERVICE_UNAVAILABLE"));
    }

    private static MockResponse rateLimited(String retryAfter) {
        MockResponse.Builder b = new MockResponse.Builder().code(429).body(error(429, "Slow down", "RATE_LIMITED"));
        if (retryAfter != null) {
            b.setHeader("Retry-After", retryAfter);
        }
        return b.build();
    }

    @Test
    void getRetriedOnceAfter503() {
        server.enqueue(unavailable());
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        assertThat(client.getSdkToken(USER_ID).active()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void getRetriedOnceAfter429HonouringRetryAfter() {
        server.enqueue(rateLimited("3"));
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        assertThat(client.getSdkToken(USER_ID).hasToken()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void getNotRetriedWhenRetryAfterIsTooLong() {
        server.enqueue(rateLimited("11"));
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID));
        assertThat(e).isInstanceOf(EdfaPayException.RateLimited.class);
        assertThat(((EdfaPayException.RateLimited) e).retryAfter()).contains(Duration.ofSeconds(11));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void getRetriedOnceAfterDisconnect() {
        server.enqueue(dropped());
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        assertThat(client.getSdkToken(USER_ID).hasToken()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void searchRetriedOnceAfterDisconnectAtStart() {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok(pageJson("[]", 0, 0, 0, 5, true)));
        assertThat(client.searchUsers(UserQuery.all(PageRequest.first(5))).content()).isEmpty();
    }

    @Test
    void neverAThirdRequest() {
        server.enqueue(unavailable());
        server.enqueue(unavailable());
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID));
        assertThat(e).isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void neverAThirdRequestAfterTwoDisconnects() {
        server.enqueue(dropped());
        server.enqueue(dropped());
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID)))
                .isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitedTwiceGivesUp() {
        server.enqueue(rateLimited("0"));
        server.enqueue(rateLimited("0"));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID)))
                .isInstanceOf(EdfaPayException.RateLimited.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void getNotRetriedAfter500() {
        server.enqueue(json(500, error(500, "Boom", null)));
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID)))
                .isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void postNeverRetriedAfter503() {
        server.enqueue(unavailable());
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.generateSdkToken(USER_ID)))
                .isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void postNeverRetriedAfterDisconnect() {
        server.enqueue(dropped());
        server.enqueue(ok(EdfaPayClientRequestsTest.apiTokenJson(true, ",\"secret\":\"edfa_x\"")));
        assertThat(catchThrowableOfType(EdfaPayException.class,
                () -> client.generateApiToken(new NewApiToken("m-1", "POS", null, null))))
                .isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void postNeverRetriedAfter429() {
        server.enqueue(rateLimited("0"));
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.generateSdkToken(USER_ID)))
                .isInstanceOf(EdfaPayException.RateLimited.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void putNeverRetriedAfter503() {
        server.enqueue(unavailable());
        server.enqueue(ok(EdfaPayClientRequestsTest.apiTokenJson(false, "")));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.setApiTokenActive("tok-1", false, null)))
                .isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void putNeverRetriedAfterDisconnect() {
        server.enqueue(dropped());
        server.enqueue(ok(EdfaPayClientRequestsTest.apiTokenJson(false, "")));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.setApiTokenActive("tok-1", false, null)))
                .isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
