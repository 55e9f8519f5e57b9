package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Neither the API key nor any token or secret appears in messages, toString or log output. */
class SecretsDoNotLeakTest extends ApiTestSupport {

    private static final String API_SECRET = "edfa_Zq9XvB3kLm0Pp7RtYu2WsE4dCf6GhJ8kNaQb";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger apiLogger;
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        apiLogger = (Logger) LoggerFactory.getLogger("com.edfapay.tokenmanager.api");
        previousLevel = apiLogger.getLevel();
        apiLogger.setLevel(Level.DEBUG);
        appender.start();
        apiLogger.addAppender(appender);
    }

    @AfterEach
    void releaseLogs() {
        apiLogger.detachAppender(appender);
        apiLogger.setLevel(previousLevel);
    }

    private String allLogs() {
        StringBuilder sb = new StringBuilder();
        for (ILoggingEvent e : appender.list) {
            sb.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                sb.append(e.getThrowableProxy().getMessage()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String everything(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t.getMessage() + "\n" + t + "\n" + w;
    }

    private void assertClean(String text) {
        assertThat(text).doesNotContain(API_KEY).doesNotContain(SDK_TOKEN).doesNotContain(API_SECRET);
    }

    private void assertFailureClean(Supplier<Object> call) {
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, call::get);
        assertThat(e).isNotNull();
        assertClean(everything(e));
    }

    @Test
    void errorsNeverCarrySecrets() {
        List<MockResponse> failures = new ArrayList<>(List.of(
                json(401, error(401, "Invalid key " + API_KEY, "UNAUTHORIZED")),
                json(400, error(400, "Bad request", "BAD_REQUEST")),
                json(403, error(403, "Forbidden", "FORBIDDEN")),
                json(404, error(404, "Not found", "NOT_FOUND")),
                json(500, error(500, "Boom", null)),
                json(200, "{\"not\":\"an envelope\",\"token\":\"" + SDK_TOKEN + "\"}"),
                json(200, envelope("{\"token\":\"" + SDK_TOKEN + "\",\"active\":\"maybe-" + SDK_TOKEN + "\"}")),
                new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build()));
        for (MockResponse r : failures) {
            server.enqueue(r);
            assertFailureClean(() -> client.generateSdkToken(USER_ID));
        }
        assertClean(allLogs());
        assertThat(appender.list).isNotEmpty();
    }

    @Test
    void timeoutNeverCarriesSecrets() {
        replaceClient(config().withReadTimeout(Duration.ofMillis(150)));
        server.enqueue(new MockResponse.Builder().code(200).body(envelope(sdkJson(SDK_TOKEN, true)))
                .headersDelay(2, TimeUnit.SECONDS).build());
        assertFailureClean(() -> client.generateSdkToken(USER_ID));
        assertClean(allLogs());
    }

    @Test
    void successfulCallsLogOneLineWithoutSecrets() {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        server.enqueue(ok(EdfaPayClientRequestsTest.apiTokenJson(true, ",\"secret\":\"" + API_SECRET + "\"")));
        SdkToken t = client.generateSdkToken(USER_ID);
        GeneratedApiToken g = client.generateApiToken(new NewApiToken("m-1", "POS", null, null));
        assertClean(t.toString());
        assertThat(t.toString()).contains("ABCD");
        assertClean(g.toString());
        assertClean(g.secret().toString());
        assertClean(new SdkTokenStatusChange(t, SdkTokenStatusChange.Outcome.CHANGED).toString());
        assertClean(client.toString());
        assertClean(client.config().toString());
        assertClean(allLogs());
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("POST /api/v1/sdk-token/" + USER_ID + " -> 200 (").endsWith(" ms)");
        assertThat(lines.get(1)).startsWith("POST /api/v1/api-tokens -> 200 (");
        assertThat(appender.list).allMatch(e -> e.getLevel() == Level.DEBUG);
    }

    @Test
    void toggleFailuresNeverCarrySecrets() {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        assertFailureClean(() -> client.setSdkTokenActive(USER_ID, false));
        assertClean(allLogs());
    }
}
