package com.edfapay.tokenmanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.sandbox.SandboxHttp.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Injected latency, failures, throttling and dropped connections, decided by a seeded random. */
class FaultInjectionTest {

    @Test
    void failRateOneAnswersEveryApiRequestWith503() throws Exception {
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory().withFailRate(1.0))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            for (String path : List.of("/api/v1/me", "/api/v1/users/search", "/api/v1/nope")) {
                Answer answer = http.get(SandboxHttp.key(sandbox, "merchant"), path);
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.body().get("code").asInt()).isEqualTo(503);
                assertThat(answer.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
                assertThat(answer.data().isNull()).isTrue();
            }
        }
    }

    @Test
    void throttleRateOneAnswers429WithRetryAfter() throws Exception {
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory().withThrottleRate(1.0))) {
            Answer answer = new SandboxHttp(sandbox).get(SandboxHttp.key(sandbox, "merchant"), "/api/v1/me");
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.errorCode()).isEqualTo("RATE_LIMITED");
            assertThat(answer.headers().firstValue("Retry-After")).contains("1");
            assertThat(answer.data().isNull()).isTrue();
        }
    }

    @Test
    void aDroppedToggleIsAppliedEvenThoughTheAnswerIsLost() throws Exception {
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory().withDropRate(1.0))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String key = SandboxHttp.key(sandbox, "merchant");
            String path = "/api/v1/sdk-token/" + sandbox.persona("terminal").orElseThrow().userId();

            assertThatThrownBy(() -> http.rawPut(key, path)).isInstanceOf(IOException.class);

            sandbox.reconfigureFaults(Duration.ZERO, 0, 0, 0);
            assertThat(http.get(key, path).data().get("active").asBoolean())
                    .as("the seeded token was active; the lost toggle disabled it").isFalse();
        }
    }

    @Test
    void latencyDelaysEveryApiAnswerByAtLeastTheConfiguredTime() throws Exception {
        Duration latency = Duration.ofMillis(300);
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory().withLatency(latency))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            long started = System.nanoTime();
            assertThat(http.get(SandboxHttp.key(sandbox, "merchant"), "/api/v1/me").status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(latency);
        }
    }

    @Test
    void theSameSeedGivesTheSameSequenceOfFaults() throws Exception {
        SandboxOptions options = SandboxOptions.inMemory().withFailRate(0.3).withThrottleRate(0.2).withRandomSeed(99);
        List<Integer> first = statuses(options);
        List<Integer> second = statuses(options);
        assertThat(first).isEqualTo(second).contains(200, 503, 429);
        assertThat(statuses(options.withRandomSeed(100))).isNotEqualTo(first);
    }

    private static List<Integer> statuses(SandboxOptions options) throws Exception {
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(options)) {
            SandboxHttp http = new SandboxHttp(sandbox);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                statuses.add(http.get(SandboxHttp.key(sandbox, "merchant"), "/api/v1/me").status());
            }
            return statuses;
        }
    }
}
