package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.internal.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The numbered defects of issue 10 that live in the client, each against a server that misbehaves that way. */
class HostileServerDefectsTest extends ApiTestSupport {

    private EdfaPayException failure(Runnable call) {
        return catchThrowableOfType(EdfaPayException.class, call::run);
    }

    // ---- defect 1: /me without userType, or with a role the app does not know

    @Test
    void defect1_meWithoutUserTypeIsRoleMissing() {
        server.enqueue(ok("{\"userId\":\"u1\",\"businessUnitId\":\"b1\"}"));
        EdfaPayException e = failure(client::whoAmI);
        assertThat(e).isInstanceOf(EdfaPayException.MalformedResponse.class);
        assertThat(e.reason()).isEqualTo(Reason.ROLE_MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OVERLORD", "SELF", "unknown"})
    void defect1_meWithAnUnknownRoleNamesIt(String role) {
        server.enqueue(ok("{\"userId\":\"u1\",\"userType\":\"" + role + "\"}"));
        EdfaPayException e = failure(client::whoAmI);
        assertThat(e.reason()).isEqualTo(Reason.ROLE_UNKNOWN);
        assertThat(e.details().detail()).isEqualTo(role);
    }

    // ---- defect 2: pages that never end

    @Test
    void defect2_lastFalseForeverStillEndsWhereTheServersNumbersSay() {
        // a full page, page 1 of 2, but "last": false on the final page
        server.enqueue(ok(pageJson("[{\"id\":\"u1\"},{\"id\":\"u2\"}]", 4, 2, 1, 2, false)));
        Page<UserSummary> p = client.searchUsers(UserQuery.all(new PageRequest(1, 2, null, null)));
        assertThat(p.last()).isTrue();
    }

    @Test
    void defect2_aShortPageIsTheLastWhateverTheServerSays() {
        server.enqueue(ok(pageJson("[{\"id\":\"u1\"}]", 1_000_000, 1_000_000, 0, 50, false)));
        assertThat(client.searchUsers(UserQuery.all(PageRequest.first(50))).last()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"content\":[],\"totalElements\":-1}",
        "{\"content\":[],\"totalPages\":-5}",
        "{\"content\":[],\"number\":-1}",
        "{\"content\":[],\"size\":-20}",
        "{\"content\":[],\"totalElements\":9223372036854775807}",
        "{\"content\":[],\"totalElements\":\"lots\"}",
        "{\"content\":[],\"totalPages\":1.5e300}",
        "{\"content\":{\"id\":\"u1\"}}",
        "{\"content\":[{\"id\":\"u1\"}],\"number\":7}"})
    void defect2_impossiblePageFieldsAreRefused(String page) {
        server.enqueue(ok(page));
        EdfaPayException e = failure(() -> client.searchUsers(UserQuery.all(PageRequest.first(1))));
        assertThat(e.reason()).isEqualTo(Reason.BAD_PAGE);
    }

    @Test
    void defect2_morePageElementsThanAskedForAreRefused() {
        server.enqueue(ok(pageJson("[{\"id\":\"u1\"},{\"id\":\"u2\"},{\"id\":\"u3\"}]", 3, 1, 0, 2, true)));
        assertThat(failure(() -> client.searchUsers(UserQuery.all(PageRequest.first(2)))).reason())
                .isEqualTo(Reason.BAD_PAGE);
    }

    // ---- defect 4: a server that answers 404 to everything

    private void answerEverything(MockResponse response) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return response;
            }
        });
    }

    @Test
    void defect4_anHtml404ServerDoesNotLookLikeEdfaPay() {
        answerEverything(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/html")
                .body("<html><h1>404 Not Found</h1></html>").build());
        EdfaPayException e = failure(client::whoAmI);
        assertThat(e.reason()).isEqualTo(Reason.NOT_EDFAPAY);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void defect4_aFrameworkJson404ServerDoesNotLookLikeEdfaPay() {
        answerEverything(json(404, "{\"timestamp\":\"2026-12-01T10:00:00Z\",\"status\":404,\"error\":\"Not Found\","
                + "\"message\":\"No message available\",\"path\":\"/api/v1/me\"}"));
        assertThat(failure(client::whoAmI).reason()).isEqualTo(Reason.NOT_EDFAPAY);
    }

    @Test
    void defect4_anHtml403IsNotAPositiveAnswerEither() {
        answerEverything(new MockResponse.Builder().code(403).body("<html>Forbidden by proxy</html>").build());
        assertThat(failure(client::whoAmI).reason()).isEqualTo(Reason.FORBIDDEN);
    }

    // ---- defect 5: a negative Content-Length

    @Test
    void defect5_negativeContentLengthIsATypedClientError() throws Exception {
        try (RawHttpServer raw = RawHttpServer.answering("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Content-Length: -5\r\n\r\n" + envelope(sdkJson(SDK_TOKEN, true)))) {
            replaceClient(config().withBaseUrl(raw.baseUrl()));
            EdfaPayException e = failure(() -> client.generateSdkToken(USER_ID));
            assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
            assertThat(e.reason()).isEqualTo(Reason.NOT_HTTP);
        }
    }

    // ---- defect 6: a 2xx envelope other than 200

    @Test
    void defect6_envelope201IsSuccessAndTheSecretIsKept() {
        String secret = "edfa_Zq9XvB3kLm0Pp7RtYu2WsE4dCf6GhJ8kNaQb";
        server.enqueue(json(201, "{\"code\":201,\"message\":\"Created\",\"errorCode\":null,\"data\":{\"id\":\"t1\","
                + "\"name\":\"POS\",\"prefix\":\"edfa_Zq9X\",\"last4\":\"NaQb\",\"active\":true,\"secret\":\""
                + secret + "\"}}"));
        GeneratedApiToken t = client.generateApiToken(new NewApiToken("m-1", "POS", null, null));
        assertThat(t.secret().reveal()).isEqualTo(secret);
        assertThat(client.scrubber().containsSecret("x " + secret)).isTrue();
    }

    @Test
    void defect6_envelope202InsideHttp200IsSuccess() {
        server.enqueue(json(200, "{\"code\":202,\"message\":\"Accepted\",\"data\":" + sdkJson(SDK_TOKEN, true) + "}"));
        assertThat(client.getSdkToken(USER_ID).hasToken()).isTrue();
    }

    // ---- defect 10: both token and sdkToken

    @Test
    void defect10_answerWithBothTokenAndSdkTokenParses() {
        server.enqueue(ok("{\"userId\":\"" + USER_ID + "\",\"token\":\"" + SDK_TOKEN + "\",\"sdkToken\":\"OTHER"
                + "\",\"active\":true}"));
        assertThat(client.getSdkToken(USER_ID).token()).isEqualTo(SDK_TOKEN);
        server.enqueue(ok("{\"userId\":\"" + USER_ID + "\",\"token\":null,\"sdkToken\":\"" + SDK_TOKEN
                + "\",\"active\":true}"));
        assertThat(client.getSdkToken(USER_ID).token()).isEqualTo(SDK_TOKEN);
    }

    // ---- defect 11: eight parallel large answers

    @Test
    void defect11_eightParallelLargeAnswersHoldNoMoreThanEightSmallCaps() throws Exception {
        String filler = "x".repeat(4 * 1024 * 1024);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                // chunked, so the client cannot refuse it by its Content-Length and must read up to its cap
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .chunkedBody(envelope("{\"userId\":\"" + filler + "\"}"), 64 * 1024).build();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<EdfaPayException>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<EdfaPayException> c = () -> failure(() -> client.getSdkToken(USER_ID));
                calls.add(pool.submit(c));
            }
            for (Future<EdfaPayException> f : calls) {
                assertThat(f.get().reason()).isEqualTo(Reason.TOO_LARGE);
            }
        } finally {
            pool.shutdownNow();
        }
        long segmentSlack = 64 * 1024;
        assertThat(client.peakBytesInFlight()).isPositive()
                .isLessThanOrEqualTo(8 * (Endpoint.SMALL + segmentSlack));
    }

    @Test
    void defect11_everyEndpointHasACapSmallerThanTheGlobalOne() {
        assertThat(Endpoint.SMALL * 8).isLessThan(ClientConfig.DEFAULT_MAX_BODY_BYTES / 16);
        assertThat(Endpoint.PAGE).isLessThan(ClientConfig.DEFAULT_MAX_BODY_BYTES);
    }

    @Test
    void defect11_aFifteenMegabyteSdkTokenAnswerIsRefusedUnread() {
        Buffer big = new Buffer().writeUtf8(envelope("{\"userId\":\"" + "y".repeat(15 * 1024 * 1024) + "\"}"));
        server.enqueue(new MockResponse.Builder().code(200).body(big).build());
        assertThat(failure(() -> client.getSdkToken(USER_ID)).details().detail())
                .isEqualTo(String.valueOf(Endpoint.SMALL));
        assertThat(client.peakBytesInFlight()).isLessThanOrEqualTo(Endpoint.SMALL);
    }

    // ---- defect 12: blank or NUL user ids

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000", " \u0000 ", "\t\n", "\u200B", "\u202E"})
    void defect12_blankOrInvisibleUserIdIsRefusedBeforeAnyRequest(String id) {
        EdfaPayException e = failure(() -> client.getSdkToken(id));
        assertThat(e.reason()).isEqualTo(Reason.ID_MISSING);
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"u\u00001", "a/b", "..", ".", "a b", "x?y", "a\u202Eb"})
    void defect12_idsThatWouldChangeThePathAreRefused(String id) {
        EdfaPayException e = failure(() -> client.generateSdkToken(id));
        assertThat(e.reason()).isEqualTo(Reason.ID_INVALID);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void defect12_surroundingSpaceIsTrimmedBeforeSending() throws Exception {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        client.getSdkToken("  " + USER_ID + " ");
        assertThat(take().getTarget()).isEqualTo("/api/v1/sdk-token/" + USER_ID);
    }

    // ---- defect 13: broken HTTP, corrupt gzip, huge Retry-After, IDN host names

    @ParameterizedTest
    @ValueSource(strings = {
        "GARBAGE 200 OK\r\n\r\n",
        "HTTP/1.1 abc OK\r\n\r\n",
        "{\"code\":200,\"message\":\"Success\",\"data\":null}",
        "HTTP/1.1 2000 OK\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n"})
    void defect13_anAnswerThatIsNotHttpIsSaidSo(String answer) throws Exception {
        try (RawHttpServer raw = RawHttpServer.answering(answer)) {
            replaceClient(config().withBaseUrl(raw.baseUrl()));
            EdfaPayException e = failure(() -> client.generateSdkToken(USER_ID));
            assertThat(e.reason()).isEqualTo(Reason.NOT_HTTP);
        }
    }

    @Test
    void defect13_corruptGzipIsNotAConnectionLoss() {
        byte[] notGzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Encoding", "gzip")
                .body(new Buffer().write(notGzip)).build());
        EdfaPayException e = failure(() -> client.generateSdkToken(USER_ID));
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT_COMPRESSION);
    }

    @Test
    void defect13_aHugeRetryAfterIsKeptSoTheUserIsToldHowLong() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "86400")
                .body(error(429, "slow down", "RATE_LIMITED")).build());
        EdfaPayException e = failure(() -> client.getSdkToken(USER_ID));
        assertThat(((EdfaPayException.RateLimited) e).retryAfter()).contains(Duration.ofDays(1));
        assertThat(sleeps).isEmpty();
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "9".repeat(40)).build());
        e = failure(() -> client.getSdkToken(USER_ID));
        assertThat(((EdfaPayException.RateLimited) e).retryAfter()).hasValueSatisfying(
                d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }

    @Test
    void defect13_anInternationalisedHostNameIsConvertedNotRefused() {
        assertThat(BaseUrlPolicy.problem("https://bücher.example")).isEmpty();
        assertThat(BaseUrlPolicy.canonical("https://BÜCHER.example/")).contains("https://xn--bcher-kva.example");
        assertThat(BaseUrlPolicy.problem("https://موقع.وزارة-الاتصالات.مصر/api/v1")).isEmpty();
        try (EdfaPayClient c = new EdfaPayClient(ClientConfig.of("https://bücher.example", API_KEY))) {
            assertThat(c.config().baseUrl()).isEqualTo("https://bücher.example");
        }
    }

    @Test
    void defect13_aHostNameThatHasNoAsciiFormIsSaidSo() {
        assertThat(BaseUrlPolicy.problem("https://a\u3002\u3002b.example")).hasValueSatisfying(
                p -> assertThat(p.reason()).isEqualTo(Reason.URL_BAD_HOST));
    }
}
