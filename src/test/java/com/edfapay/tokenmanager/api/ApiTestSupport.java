package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Shared MockWebServer set-up: a client with short timeouts and a sleeper that records instead of waiting. */
abstract class ApiTestSupport {

    static final String API_KEY = "test-api-key-SUPERSECRET-1234567890";
    static final String USER_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    static final String SDK_TOKEN = "A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7EABCD";

    MockWebServer server;
    EdfaPayClient client;
    final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = new MockWebServer();
        server.start();
        client = newClient(config());
    }

    @AfterEach
    void stopServer() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    ClientConfig config() {
        return ClientConfig.of(baseUrl(), API_KEY)
                .withConnectTimeout(Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(2))
                .withCallTimeout(Duration.ofSeconds(5));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    EdfaPayClient newClient(ClientConfig cfg) {
        return new EdfaPayClient(cfg, sleeps::add);
    }

    void replaceClient(ClientConfig cfg) {
        client.close();
        client = newClient(cfg);
    }

    static String envelope(String dataJson) {
        return "{\"code\":200,\"message\":\"Success\",\"errorCode\":null,\"data\":" + dataJson + "}";
    }

    static String error(int code, String message, String errorCode) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"errorCode\":"
                + (errorCode == null ? "null" : "\"" + errorCode + "\"") + ",\"data\":null}";
    }

    static MockResponse ok(String dataJson) {
        return json(200, envelope(dataJson));
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(body).build();
    }

    static String sdkJson(String token, boolean active) {
        return "{\"userId\":\"" + USER_ID + "\",\"token\":" + (token == null ? "null" : "\"" + token + "\"")
                + ",\"businessUnitId\":\"bu-1\",\"userType\":\"TERMINAL\",\"terminalId\":\"term-1\","
                + "\"trsm\":\"TRSM1\",\"deviceId\":\"dev-1\",\"active\":" + active + "}";
    }

    static String pageJson(String contentJson, long total, int totalPages, int number, int size, boolean last) {
        return "{\"content\":" + contentJson + ",\"totalElements\":" + total + ",\"totalPages\":" + totalPages
                + ",\"number\":" + number + ",\"size\":" + size + ",\"numberOfElements\":1,\"first\":"
                + (number == 0) + ",\"last\":" + last + ",\"empty\":false}";
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        return r;
    }

    static void assertStandardHeaders(RecordedRequest r) {
        assertThat(r.getHeaders().get("X-API-KEY")).isEqualTo(API_KEY);
        assertThat(r.getHeaders().get("Accept")).isEqualTo("*/*");
    }
}
