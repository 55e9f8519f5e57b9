package com.edfapay.tokenmanager.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failures over the wire: a wrong key, a closed port, and the sandbox's injected failures, throttling, latency
 * and dropped answers, each mapped by the real client to its typed, clerk-readable, secret-free exception.
 */
class FaultsEndToEndTest {

    private static EdfaPaySandbox sandbox;
    private static EdfaPayClient partner;
    private static String partnerKey;
    private static final Deque<String> USERS_WITH_TOKEN = new ArrayDeque<>();

    @BeforeAll
    static void startSandbox() {
        sandbox = E2e.start();
        partner = E2e.client(sandbox, "partner");
        partnerKey = E2e.persona(sandbox, "partner").apiKey();
        for (UserSummary u : E2e.allUsers(partner, UserQuery.all(PageRequest.first(100))
                .withUserType(UserType.TERMINAL))) {
            if (E2e.remember(partner.getSdkToken(u.id())).hasToken()) {
                USERS_WITH_TOKEN.add(u.id());
            }
        }
        assertThat(USERS_WITH_TOKEN).hasSizeGreaterThanOrEqualTo(3);
    }

    @AfterEach
    void noFaults() {
        sandbox.reconfigureFaults(Duration.ZERO, 0, 0, 0);
    }

    @AfterAll
    static void stopSandbox() {
        partner.close();
        sandbox.close();
    }

    private static synchronized String takeUser() {
        return USERS_WITH_TOKEN.removeFirst();
    }

    private static void assertClerkReadable(EdfaPayException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("{")
                .doesNotContain(partnerKey);
        assertThat(e.toString()).doesNotContain(partnerKey);
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        String wrong = "edfa_" + "W".repeat(40);
        try (EdfaPayClient client = E2e.clientWithKey(sandbox, wrong)) {
            EdfaPayException e = E2e.failure(client::whoAmI);
            assertThat(e).isInstanceOf(EdfaPayException.Unauthorized.class);
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.errorCode()).isEqualTo("UNAUTHORIZED");
            assertThat(e.getMessage()).contains("401").doesNotContain(wrong);
            assertThat(E2e.failure(() -> client.searchUsers(UserQuery.all(PageRequest.first(5)))))
                    .isInstanceOf(EdfaPayException.Unauthorized.class);
        }
    }

    @Test
    void aClosedPortIsANetworkFailure() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (EdfaPayClient client = new EdfaPayClient(ClientConfig.of("http://127.0.0.1:" + port, partnerKey))) {
            EdfaPayException e = E2e.failure(client::whoAmI);
            assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
            assertThat(e.httpStatus()).isZero();
            assertClerkReadable(e);
        }
    }

    @Test
    void injectedFailuresAreAServerErrorAfterTheSingleGetRetry() {
        sandbox.reconfigureFaults(Duration.ZERO, 1.0, 0, 0);

        EdfaPayException e = E2e.failure(partner::whoAmI);

        assertThat(e).isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(e.serverMessage()).isNotBlank();
        assertThat(e.getMessage()).contains("503");
        assertClerkReadable(e);
    }

    @Test
    void anInjectedFailureOfAPostChangesNothing() {
        String userId = takeUser();
        SdkToken before = E2e.remember(partner.getSdkToken(userId));
        sandbox.reconfigureFaults(Duration.ZERO, 1.0, 0, 0);

        EdfaPayException e = E2e.failure(() -> partner.generateSdkToken(userId));

        assertThat(e).isInstanceOf(EdfaPayException.ServerError.class);
        assertClerkReadable(e);
        noFaults();
        assertThat(partner.getSdkToken(userId)).isEqualTo(before);
    }

    @Test
    void throttlingIsRateLimitedWithRetryAfter() {
        sandbox.reconfigureFaults(Duration.ZERO, 0, 1.0, 0);
        try (EdfaPayClient impatient = new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), partnerKey)
                .withMaxRetryAfter(Duration.ZERO))) {
            EdfaPayException e = E2e.failure(impatient::whoAmI);

            assertThat(e).isInstanceOf(EdfaPayException.RateLimited.class);
            assertThat(e.httpStatus()).isEqualTo(429);
            assertThat(e.errorCode()).isEqualTo("RATE_LIMITED");
            assertThat(((EdfaPayException.RateLimited) e).retryAfter()).contains(Duration.ofSeconds(1));
            assertClerkReadable(e);
        }
    }

    @Test
    void throttlingThatOutlastsTheOneRetryIsStillRateLimited() {
        sandbox.reconfigureFaults(Duration.ZERO, 0, 1.0, 0);
        try (EdfaPayClient patient = new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), partnerKey)
                .withMaxRetryAfter(Duration.ofSeconds(1)))) {
            long start = System.nanoTime();
            EdfaPayException e = E2e.failure(() -> patient.searchUsers(UserQuery.all(PageRequest.first(5))));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(e).isInstanceOf(EdfaPayException.RateLimited.class);
            assertThat(((EdfaPayException.RateLimited) e).retryAfter()).contains(Duration.ofSeconds(1));
            assertThat(elapsedMs).as("the client honoured Retry-After once before giving up")
                    .isGreaterThanOrEqualTo(900);
        }
    }

    @Test
    void latencyBeyondTheReadTimeoutIsATimeout() {
        sandbox.reconfigureFaults(Duration.ofMillis(800), 0, 0, 0);
        try (EdfaPayClient hasty = new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), partnerKey)
                .withReadTimeout(Duration.ofMillis(200)))) {
            EdfaPayException e = E2e.failure(hasty::whoAmI);

            assertThat(e).isInstanceOf(EdfaPayException.Timeout.class);
            assertThat(e.httpStatus()).isZero();
            assertClerkReadable(e);
        }
    }

    @Test
    void latencyWithinTheReadTimeoutIsOnlySlow() {
        sandbox.reconfigureFaults(Duration.ofMillis(150), 0, 0, 0);
        try (EdfaPayClient client = new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), partnerKey)
                .withReadTimeout(Duration.ofSeconds(5)))) {
            long start = System.nanoTime();
            assertThat(client.whoAmI().userType()).isEqualTo(UserType.PARTNER);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(140);
        }
    }

    @Test
    void droppedAnswersToReadsAreANetworkFailure() {
        sandbox.reconfigureFaults(Duration.ZERO, 0, 0, 1.0);

        EdfaPayException e = E2e.failure(partner::whoAmI);

        assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertThat(e.httpStatus()).isZero();
        assertClerkReadable(e);
    }

    @Test
    void aDroppedAnswerToAPostHidesAChangeThatWasMade() {
        String userId = takeUser();
        SdkToken before = E2e.remember(partner.getSdkToken(userId));
        sandbox.reconfigureFaults(Duration.ZERO, 0, 0, 1.0);

        EdfaPayException e = E2e.failure(() -> partner.generateSdkToken(userId));

        assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertClerkReadable(e);
        noFaults();
        SdkToken after = E2e.remember(partner.getSdkToken(userId));
        assertThat(after.token()).as("the drop comes after the change: the token was replaced")
                .isNotEqualTo(before.token());
        assertThat(after.active()).isTrue();
    }

    @Test
    void withEveryAnswerDroppedTheSwitchFailsBeforeSendingThePut() {
        String userId = takeUser();
        SdkToken before = partner.getSdkToken(userId);
        sandbox.reconfigureFaults(Duration.ZERO, 0, 0, 1.0);

        EdfaPayException e = E2e.failure(() -> partner.setSdkTokenActive(userId, !before.active()));

        assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertClerkReadable(e);
        noFaults();
        assertThat(partner.getSdkToken(userId)).as("the read before the switch failed, so no PUT was sent")
                .isEqualTo(before);
    }
}
