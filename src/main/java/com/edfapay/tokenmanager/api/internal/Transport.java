package com.edfapay.tokenmanager.api.internal;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.SecretScrubber;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP plumbing: builds requests, applies the retry policy, caps bodies, unwraps the EdfaPay envelope and maps
 * every failure to an {@link EdfaPayException}. Never logs headers or bodies.
 */
public final class Transport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Duration DEFAULT_429_WAIT = Duration.ofSeconds(1);

    private final ClientConfig config;
    private final HttpUrl base;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final Sleeper sleeper;
    private final SecretScrubber scrubber;

    public Transport(ClientConfig config, Sleeper sleeper, SecretScrubber scrubber) {
        this.config = config;
        this.sleeper = sleeper;
        this.scrubber = scrubber;
        this.base = baseUrl(config.baseUrl());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false)
                // a redirect would carry X-API-KEY to wherever it points; never follow one
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.mapper = newMapper();
    }

    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
                .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    }

    private static HttpUrl baseUrl(String raw) {
        HttpUrl parsed = HttpUrl.parse(raw.trim());
        if (parsed == null) {
            throw new IllegalArgumentException("The server address is not a valid web address.");
        }
        // accept "https://host", "https://host/" and "https://host/api/v1"
        List<String> segs = new java.util.ArrayList<>(parsed.pathSegments());
        segs.removeIf(String::isEmpty);
        if (segs.size() >= 2 && segs.get(segs.size() - 2).equals("api") && segs.get(segs.size() - 1).equals("v1")) {
            segs = segs.subList(0, segs.size() - 2);
        }
        HttpUrl.Builder b = parsed.newBuilder().encodedPath("/");
        for (String s : segs) {
            b.addPathSegment(s);
        }
        return b.build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** A GET; retried once after a connection failure, a 503 or a 429 with a short enough Retry-After. */
    public @Nullable JsonNode get(Endpoint ep, List<String> path, Map<String, String> query) {
        return execute("GET", ep, path, query, null);
    }

    /** A POST (never retried); {@code body} null sends an empty body. */
    public @Nullable JsonNode post(Endpoint ep, List<String> path, byte @Nullable [] body) {
        return execute("POST", ep, path, Map.of(), body);
    }

    /** A PUT (never retried); {@code body} null sends an empty body. */
    public @Nullable JsonNode put(Endpoint ep, List<String> path, byte @Nullable [] body) {
        return execute("PUT", ep, path, Map.of(), body);
    }

    private @Nullable JsonNode execute(String method, Endpoint ep, List<String> path, Map<String, String> query,
                                      byte @Nullable [] body) {
        HttpUrl.Builder ub = base.newBuilder().addPathSegment("api").addPathSegment("v1");
        for (String seg : path) {
            ub.addPathSegment(seg);
        }
        for (Map.Entry<String, String> q : query.entrySet()) {
            if (q.getValue() != null) {
                ub.addQueryParameter(q.getKey(), q.getValue());
            }
        }
        HttpUrl url = ub.build();
        RequestBody rb = null;
        if (!method.equals("GET")) {
            rb = body == null ? RequestBody.create(new byte[0], null) : RequestBody.create(body, JSON);
        }
        Request request = new Request.Builder()
                .url(url)
                .header("X-API-KEY", config.apiKey().strip())
                .header("Accept", "*/*")
                .header("User-Agent", "EdfaPay-Token-Manager")
                .method(method, rb)
                .build();
        String logPath = url.encodedPath();
        boolean retryable = method.equals("GET");
        int attempt = 0;
        while (true) {
            attempt++;
            long start = System.nanoTime();
            Raw raw;
            try {
                raw = send(request);
            } catch (IOException e) {
                long ms = elapsedMs(start);
                EdfaPayException mapped = mapIo(e);
                LOG.debug("{} {} -> {} ({} ms)", method, logPath, mapped.getClass().getSimpleName(), ms);
                if (retryable && attempt == 1 && mapped instanceof EdfaPayException.NetworkFailure) {
                    LOG.debug("{} {}: retrying once after a connection failure", method, logPath);
                    continue;
                }
                throw mapped;
            }
            LOG.debug("{} {} -> {} ({} ms)", method, logPath, raw.status, elapsedMs(start));
            if (retryable && attempt == 1 && (raw.status == 503 || raw.status == 429)) {
                Duration retryAfter = parseRetryAfter(raw.retryAfter);
                Duration wait = retryAfter != null ? retryAfter
                        : raw.status == 429 ? min(DEFAULT_429_WAIT, config.maxRetryAfter()) : Duration.ZERO;
                if (wait.compareTo(config.maxRetryAfter()) <= 0) {
                    LOG.debug("{} {}: retrying once after HTTP {} in {} ms", method, logPath, raw.status,
                            wait.toMillis());
                    try {
                        sleeper.sleep(wait);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw interpret(raw, ep);
                    }
                    continue;
                }
            }
            return interpretSuccess(raw, ep);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private record Raw(int status, byte[] body, @Nullable String retryAfter, boolean tooBig) {
    }

    private Raw send(Request request) throws IOException {
        Call call = http.newCall(request);
        try (Response response = call.execute()) {
            ResponseBody rb = response.body();
            long max = config.maxBodyBytes();
            String retryAfter = response.header("Retry-After");
            if (rb.contentLength() > max) {
                return new Raw(response.code(), new byte[0], retryAfter, true);
            }
            BufferedSource source = rb.source();
            if (source.request(max + 1)) {
                return new Raw(response.code(), new byte[0], retryAfter, true);
            }
            return new Raw(response.code(), source.getBuffer().readByteArray(), retryAfter, false);
        }
    }

    static @Nullable Duration parseRetryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            long secs = Long.parseLong(v);
            return Duration.ofSeconds(Math.max(0, secs));
        } catch (NumberFormatException ignored) {
            // maybe an HTTP date
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(Instant.now(), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // interpretation

    private @Nullable JsonNode interpretSuccess(Raw raw, Endpoint ep) {
        if (raw.status < 200 || raw.status > 299) {
            throw interpret(raw, ep);
        }
        if (raw.tooBig) {
            throw Errors.malformed(raw.status, "the answer is larger than the allowed "
                    + config.maxBodyBytes() + " bytes", null);
        }
        JsonNode root = parseJson(raw.body);
        if (root == null) {
            throw Errors.malformed(raw.status, "it is not JSON", null);
        }
        if (!isEnvelope(root)) {
            throw Errors.malformed(raw.status, "it is not in EdfaPay's response format", null);
        }
        int code = root.get("code").asInt();
        if (code != 200) {
            String msg = text(root, "message");
            String errorCode = scrub(text(root, "errorCode"));
            if (code >= 400 && code <= 599) {
                return throwFor(code, msg, errorCode, null, ep);
            }
            throw Errors.forStatus(raw.status, code, scrub(msg), errorCode, null, ep);
        }
        JsonNode data = root.get("data");
        return data == null || data.isNull() ? null : data;
    }

    private JsonNode throwFor(int status, @Nullable String msg, @Nullable String errorCode,
                              @Nullable Duration retryAfter, Endpoint ep) {
        throw Errors.forStatus(status, status, scrub(msg), errorCode, retryAfter, ep);
    }

    private EdfaPayException interpret(Raw raw, Endpoint ep) {
        @Nullable String msg = null;
        @Nullable String errorCode = null;
        if (!raw.tooBig) {
            JsonNode root = parseJson(raw.body);
            if (root != null && root.isObject()) {
                msg = text(root, "message");
                errorCode = scrub(text(root, "errorCode"));
            }
        }
        return Errors.forStatus(raw.status, raw.status, scrub(msg), errorCode, parseRetryAfter(raw.retryAfter), ep);
    }

    private @Nullable JsonNode parseJson(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isEnvelope(JsonNode root) {
        if (!root.isObject()) {
            return false;
        }
        JsonNode code = root.get("code");
        if (code == null) {
            return false;
        }
        if (code.isIntegralNumber()) {
            return true;
        }
        return code.isTextual() && code.asText().trim().matches("\\d{1,4}");
    }

    private static @Nullable String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    /** Server text made safe to show: secrets of this session masked, unsafe characters removed, length capped. */
    private @Nullable String scrub(@Nullable String serverText) {
        return scrubber.clean(serverText);
    }

    private static EdfaPayException mapIo(IOException e) {
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return Errors.timeout(e);
        }
        if (e instanceof UnknownHostException) {
            return Errors.network("The server name could not be found. Check the server address and your network "
                    + "connection.", e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return Errors.network("Could not connect to the server. Check the server address and your network "
                    + "connection, then try again.", e);
        }
        if (e instanceof SSLException) {
            return Errors.network("A secure connection to the server could not be established. Check the server "
                    + "address; if it is correct, the server's certificate may not be trusted.", e);
        }
        return Errors.network("The connection to the server was lost before its answer arrived. Check your "
                + "network connection and try again.", e);
    }

    /** Builds a query map that keeps insertion order and drops nulls. */
    public static Map<String, String> query(@Nullable Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v != null) {
                m.put((String) kv[i], String.valueOf(v));
            }
        }
        return m;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
