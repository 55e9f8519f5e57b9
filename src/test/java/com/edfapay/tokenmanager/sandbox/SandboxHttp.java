package com.edfapay.tokenmanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny HTTP client for the sandbox tests, on java.net.http (deliberately not the project's api package). */
final class SandboxHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: HTTP status, parsed envelope and headers. */
    record Answer(int status, JsonNode body, HttpHeaders headers) {

        JsonNode data() {
            return body.get("data");
        }

        String errorCode() {
            return body.get("errorCode").isNull() ? null : body.get("errorCode").asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String baseUrl;

    SandboxHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    SandboxHttp(EdfaPaySandbox sandbox) {
        this(sandbox.baseUrl());
    }

    Answer get(String key, String path) {
        return send(request(key, path).GET());
    }

    Answer post(String key, String path, String json) {
        return send(request(key, path).POST(body(json)));
    }

    Answer put(String key, String path, String json) {
        return send(request(key, path).PUT(body(json)));
    }

    Answer method(String key, String method, String path) {
        return send(request(key, path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends without catching I/O errors, for tests that expect a dropped connection. */
    HttpResponse<String> rawPut(String key, String path) throws IOException, InterruptedException {
        return CLIENT.send(request(key, path).PUT(body(null)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String key, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20)).header("Accept", "*/*");
        if (key != null) {
            builder.header("X-API-KEY", key);
        }
        return builder;
    }

    Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), MAPPER.readTree(response.body()), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    static String key(EdfaPaySandbox sandbox, String persona) {
        return sandbox.persona(persona).orElseThrow().apiKey();
    }
}
