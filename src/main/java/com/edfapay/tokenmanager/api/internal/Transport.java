package com.edfapay.tokenmanager.api.internal;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
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
import java.net.ProtocolException;
import java.net.SocketException;
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
import java.util.regex.Pattern;
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
            throw EdfaPayException.invalid(Reason.URL_INVALID, null);
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
        long cap = Math.min(ep.maxBytes(), config.maxBodyBytes());
        int attempt = 0;
        while (true) {
            attempt++;
            long start = System.nanoTime();
            Raw raw;
            try {
                raw = send(request, ep, cap);
            } catch (EdfaPayException mapped) {
                LOG.debug("{} {} -> {} ({} ms)", method, logPath, mapped.reason(), elapsedMs(start));
                if (retryable && attempt == 1 && mapped.reason() == Reason.CONNECTION_LOST) {
                    LOG.debug("{} {}: retrying once after a connection failure", method, logPath);
                    continue;
                }
                throw mapped;
            }
            try {
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
                return interpretSuccess(raw, ep, cap);
            } finally {
                inFlight.release(raw.body.length);
            }
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

    /**
     * One exchange. Every failure, including OkHttp's own unchecked ones (a negative Content-Length), becomes a
     * typed client error. At most {@code cap} bytes of the answer are read; what is held counts towards
     * {@link #peakBytesInFlight()} until the answer has been interpreted.
     */
    private Raw send(Request request, Endpoint ep, long cap) {
        Call call = http.newCall(request);
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw mapIo(ep, e, false, false);
        } catch (RuntimeException e) {
            // OkHttp rejects some malformed answers with unchecked exceptions (IllegalArgumentException, ...)
            throw Errors.transport(ep, Reason.NOT_HTTP, null);
        }
        try (response) {
            ResponseBody rb = response.body();
            String retryAfter = response.header("Retry-After");
            Response network = response.networkResponse();
            boolean gzip = network != null && "gzip".equalsIgnoreCase(network.header("Content-Encoding"));
            if (rb.contentLength() > cap) {
                return new Raw(response.code(), new byte[0], retryAfter, true);
            }
            BufferedSource source = rb.source();
            try {
                boolean tooBig = source.request(cap + 1);
                long size = source.getBuffer().size();
                inFlight.hold(size);
                if (tooBig) {
                    source.getBuffer().clear();
                    inFlight.release(size);
                    return new Raw(response.code(), new byte[0], retryAfter, true);
                }
                try {
                    return new Raw(response.code(), source.getBuffer().readByteArray(), retryAfter, false);
                } catch (RuntimeException | Error e) {
                    inFlight.release(size);
                    throw e;
                }
            } catch (IOException e) {
                throw mapIo(ep, e, true, gzip);
            } catch (RuntimeException e) {
                throw Errors.transport(ep, Reason.NOT_HTTP, null);
            }
        }
    }

    /** Bytes of answers held at once by this client, and the most ever held (for the response-cap test). */
    private final InFlight inFlight = new InFlight();

    public long peakBytesInFlight() {
        return inFlight.peak();
    }

    private static final class InFlight {
        private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

        void hold(long n) {
            long v = now.addAndGet(n);
            peak.accumulateAndGet(v, Math::max);
        }

        void release(long n) {
            now.addAndGet(-n);
        }

        long peak() {
            return peak.get();
        }
    }

    /** Ten years: a longer {@code Retry-After} is read as this, so durations never overflow. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(3650);

    static @Nullable Duration parseRetryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d{1,400}")) {
            if (v.length() > 12) {
                return LONGEST_RETRY_AFTER;
            }
            Duration d = Duration.ofSeconds(Long.parseLong(v));
            return d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d;
        }
        if (v.matches("-\\d{1,400}")) {
            return Duration.ZERO;
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(Instant.now(), at);
            if (d.isNegative()) {
                return Duration.ZERO;
            }
            return d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // interpretation

    private @Nullable JsonNode interpretSuccess(Raw raw, Endpoint ep, long cap) {
        if (raw.status < 200 || raw.status > 299) {
            throw interpret(raw, ep);
        }
        if (raw.tooBig) {
            throw Errors.malformed(ep, raw.status, Reason.TOO_LARGE, String.valueOf(cap));
        }
        JsonNode root = parseJson(raw.body);
        if (root == null) {
            throw Errors.malformed(ep, raw.status, Reason.NOT_JSON, null);
        }
        if (!isEnvelope(root)) {
            throw Errors.malformed(ep, raw.status, Reason.NOT_ENVELOPE, null);
        }
        int code = root.get("code").asInt();
        // any 2xx envelope is success (201 Created on a POST carries the one-time secret)
        if (code < 200 || code > 299) {
            String msg = scrub(text(root, "message"));
            String errorCode = scrub(text(root, "errorCode"));
            if (code >= 400 && code <= 599) {
                throw Errors.forStatus(code, code, msg, errorCode, true, null, ep);
            }
            throw Errors.forStatus(raw.status, code, msg, errorCode, true, null, ep);
        }
        JsonNode data = root.get("data");
        return data == null || data.isNull() ? null : data;
    }

    private EdfaPayException interpret(Raw raw, Endpoint ep) {
        @Nullable String msg = null;
        @Nullable String errorCode = null;
        boolean envelope = false;
        if (!raw.tooBig) {
            JsonNode root = parseJson(raw.body);
            if (root != null && root.isObject()) {
                envelope = isEnvelope(root);
                msg = scrub(text(root, "message"));
                errorCode = scrub(text(root, "errorCode"));
            }
        }
        return Errors.forStatus(raw.status, raw.status, msg, errorCode, envelope, parseRetryAfter(raw.retryAfter),
                ep);
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

    /**
     * @param afterHeaders true when the failure came while reading the body, after a valid status line
     * @param gzip         true when that body was gzip-compressed (a failure reading it is then a corrupt answer)
     */
    private static EdfaPayException mapIo(Endpoint ep, IOException e, boolean afterHeaders, boolean gzip) {
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return Errors.transport(ep, Reason.TIMEOUT, e);
        }
        if (e instanceof UnknownHostException) {
            return Errors.transport(ep, Reason.UNKNOWN_HOST, e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return Errors.transport(ep, Reason.CONNECTION_REFUSED, e);
        }
        if (e instanceof SSLException) {
            return Errors.transport(ep, Reason.TLS_FAILED, e);
        }
        // from here on, the exceptions' messages may quote what the server sent: keep no cause
        if (e instanceof ProtocolException || (!afterHeaders && bytesWithoutStatusLine(e))) {
            return Errors.transport(ep, Reason.NOT_HTTP, null);
        }
        if (afterHeaders && gzip && !(e instanceof SocketException)) {
            return Errors.transport(ep, Reason.CORRUPT_COMPRESSION, null);
        }
        return Errors.transport(ep, Reason.CONNECTION_LOST, null);
    }

    private static final Pattern NO_LINE = Pattern.compile("not found: limit=\\d+ content=([0-9a-f]+)");

    /**
     * True when the server sent bytes and closed without ever sending a status line (HTTP/0.9, or not HTTP at
     * all): okio then reports the line it could not find together with the first bytes it got.
     */
    private static boolean bytesWithoutStatusLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException && t.getMessage() != null && NO_LINE.matcher(t.getMessage()).find()) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
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
