package com.edfapay.tokenmanager.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Connection settings of an {@link EdfaPayClient}. {@link #toString()} masks the API key.
 *
 * @param maxBodyBytes  largest response body accepted; a bigger one is a {@link EdfaPayException.MalformedResponse}
 * @param maxRetryAfter the longest {@code Retry-After} a GET waits for before its single retry
 */
public record ClientConfig(String baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
                           Duration callTimeout, long maxBodyBytes, Duration maxRetryAfter) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(10);

    public ClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(callTimeout, "callTimeout");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must not be negative");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** Defaults: connect 10 s, read 30 s, whole call 60 s, bodies up to 16 MiB, Retry-After honoured up to 10 s. */
    public static ClientConfig of(String baseUrl, String apiKey) {
        return new ClientConfig(baseUrl, apiKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_CALL_TIMEOUT,
                DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_RETRY_AFTER);
    }

    public ClientConfig withBaseUrl(String v) {
        return new ClientConfig(v, apiKey, connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRetryAfter);
    }

    public ClientConfig withApiKey(String v) {
        return new ClientConfig(baseUrl, v, connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRetryAfter);
    }

    public ClientConfig withConnectTimeout(Duration v) {
        return new ClientConfig(baseUrl, apiKey, v, readTimeout, callTimeout, maxBodyBytes, maxRetryAfter);
    }

    public ClientConfig withReadTimeout(Duration v) {
        return new ClientConfig(baseUrl, apiKey, connectTimeout, v, callTimeout, maxBodyBytes, maxRetryAfter);
    }

    public ClientConfig withCallTimeout(Duration v) {
        return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, v, maxBodyBytes, maxRetryAfter);
    }

    public ClientConfig withMaxBodyBytes(long v) {
        return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, callTimeout, v, maxRetryAfter);
    }

    public ClientConfig withMaxRetryAfter(Duration v) {
        return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, callTimeout, maxBodyBytes, v);
    }

    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isEmpty() ? "<none>" : "****")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + ", maxBodyBytes=" + maxBodyBytes
                + ", maxRetryAfter=" + maxRetryAfter + "]";
    }
}
