package com.edfapay.tokenmanager.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every failure of the EdfaPay client, typed: a subclass for the kind of failure (what the UI decides on: reconnect,
 * retry, refresh), a {@link Reason} for the exact cause, the {@link Operation} that failed and parameters (status,
 * scrubbed server text, Retry-After, ...). The client writes no user-facing sentence: the UI words each reason from
 * its bundles in the user's language ({@code ui/common/ErrorMessages}). {@link #getMessage()} is a short diagnostic
 * for logs ({@code KEY_REJECTED during WHO_AM_I, HTTP 401}) and never contains the API key, a token or a secret.
 *
 * <p>Create one with {@link #of(Reason, Operation)} or {@link #of(Details)}; the reason decides the subclass.
 */
public abstract sealed class EdfaPayException extends RuntimeException {

    /** What the client was doing. */
    public enum Operation {
        CONNECT, WHO_AM_I, SEARCH_USERS, SEARCH_MERCHANTS, SEARCH_PARTNERS, READ_SDK_TOKEN, GENERATE_SDK_TOKEN,
        SWITCH_SDK_TOKEN, LIST_API_TOKENS, GENERATE_API_TOKEN, SWITCH_API_TOKEN
    }

    /** The exact cause; {@link #kind()} names the subclass it belongs to. */
    public enum Reason {
        // the user's input, refused before any request
        URL_MISSING(Kind.INVALID_INPUT), URL_INVALID(Kind.INVALID_INPUT), URL_SCHEME(Kind.INVALID_INPUT),
        URL_NO_HOST(Kind.INVALID_INPUT), URL_BAD_HOST(Kind.INVALID_INPUT), URL_USER_INFO(Kind.INVALID_INPUT),
        URL_QUERY(Kind.INVALID_INPUT), URL_PLAIN_HTTP(Kind.INVALID_INPUT),
        KEY_MISSING(Kind.INVALID_INPUT), KEY_SPACES(Kind.INVALID_INPUT), KEY_INVISIBLE(Kind.INVALID_INPUT),
        KEY_NOT_ASCII(Kind.INVALID_INPUT), KEY_TOO_LONG(Kind.INVALID_INPUT),
        ID_MISSING(Kind.INVALID_INPUT), ID_INVALID(Kind.INVALID_INPUT), NAME_MISSING(Kind.INVALID_INPUT),
        BUSINESS_UNIT_MISSING(Kind.INVALID_INPUT),
        // the server's verdict
        KEY_REJECTED(Kind.UNAUTHORIZED), FORBIDDEN(Kind.FORBIDDEN), NOT_FOUND(Kind.NOT_FOUND),
        NOT_OFFERED(Kind.NOT_OFFERED), REFUSED(Kind.REJECTED), NOT_COMPLETED(Kind.REJECTED),
        NO_SDK_TOKEN_YET(Kind.REJECTED), RATE_LIMITED(Kind.RATE_LIMITED), SERVER_ERROR(Kind.SERVER_ERROR),
        // transport
        TIMEOUT(Kind.TIMEOUT), UNKNOWN_HOST(Kind.NETWORK), CONNECTION_REFUSED(Kind.NETWORK), TLS_FAILED(Kind.NETWORK),
        CONNECTION_LOST(Kind.NETWORK), NOT_HTTP(Kind.NETWORK), CORRUPT_COMPRESSION(Kind.NETWORK),
        // the answer
        NOT_JSON(Kind.MALFORMED), NOT_ENVELOPE(Kind.MALFORMED), TOO_LARGE(Kind.MALFORMED), NO_DATA(Kind.MALFORMED),
        BAD_FIELD(Kind.MALFORMED), FIELD_MISSING(Kind.MALFORMED), BAD_PAGE(Kind.MALFORMED), NO_SDK_TOKEN_IN_ANSWER(Kind.MALFORMED),
        NO_SECRET_IN_ANSWER(Kind.MALFORMED), REDIRECT(Kind.MALFORMED), ROLE_MISSING(Kind.MALFORMED),
        ROLE_UNKNOWN(Kind.MALFORMED), NOT_EDFAPAY(Kind.MALFORMED),
        STATE_DIFFERS(Kind.UNEXPECTED_STATE);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** The subclass a reason belongs to. */
    public enum Kind {
        INVALID_INPUT, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, NOT_OFFERED, REJECTED, RATE_LIMITED, SERVER_ERROR,
        TIMEOUT, NETWORK, MALFORMED, UNEXPECTED_STATE
    }

    /** What the client knows after a status switch whose answer was lost. */
    public enum SwitchOutcome {
        /** The switch was sent; reading the state afterwards failed too, so it may or may not have been applied. */
        UNKNOWN,
        /** The switch's answer was lost and a re-read shows the old state: it was not applied. */
        NOT_APPLIED
    }

    /**
     * Everything known about a failure. Server-provided text ({@code errorCode}, {@code serverMessage},
     * {@code detail} when it came from the server) is already scrubbed by the session's {@link SecretScrubber}.
     *
     * @param httpStatus   HTTP status of the answer, 0 when there was none
     * @param fromEnvelope true when the answer was a real EdfaPay envelope ({@code {"code": ...}})
     * @param detail       one non-secret parameter: the URL scheme or host, the key's odd character (U+00A0), the
     *                     byte limit, the page field, the unknown role
     * @param activeNow    the token's state as last read (switch outcomes and {@link Reason#STATE_DIFFERS})
     * @param actual       the SDK token as the server reported it ({@link Reason#STATE_DIFFERS} on an SDK token)
     */
    public record Details(Reason reason, Operation operation, int httpStatus, @Nullable String errorCode,
                          @Nullable String serverMessage, boolean fromEnvelope, @Nullable Duration retryAfter,
                          @Nullable String detail, @Nullable SwitchOutcome switchOutcome, @Nullable Boolean activeNow,
                          @Nullable SdkToken actual, @Nullable Throwable cause) {

        public Details {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(operation, "operation");
        }

        public static Details of(Reason reason, Operation operation) {
            return new Details(reason, operation, 0, null, null, false, null, null, null, null, null, null);
        }

        public Details withHttp(int status, @Nullable String code, @Nullable String message, boolean envelope) {
            return new Details(reason, operation, status, code, message, envelope, retryAfter, detail, switchOutcome,
                    activeNow, actual, cause);
        }

        public Details withRetryAfter(@Nullable Duration v) {
            return new Details(reason, operation, httpStatus, errorCode, serverMessage, fromEnvelope, v, detail,
                    switchOutcome, activeNow, actual, cause);
        }

        public Details withDetail(@Nullable String v) {
            return new Details(reason, operation, httpStatus, errorCode, serverMessage, fromEnvelope, retryAfter, v,
                    switchOutcome, activeNow, actual, cause);
        }

        public Details withSwitchOutcome(@Nullable SwitchOutcome v, @Nullable Boolean active) {
            return new Details(reason, operation, httpStatus, errorCode, serverMessage, fromEnvelope, retryAfter,
                    detail, v, active, actual, cause);
        }

        public Details withActual(@Nullable SdkToken v, @Nullable Boolean active) {
            return new Details(reason, operation, httpStatus, errorCode, serverMessage, fromEnvelope, retryAfter,
                    detail, switchOutcome, active, v, cause);
        }

        public Details withCause(@Nullable Throwable v) {
            return new Details(reason, operation, httpStatus, errorCode, serverMessage, fromEnvelope, retryAfter,
                    detail, switchOutcome, activeNow, actual, v);
        }

        @Override
        public String toString() {
            return diagnostic(this);
        }
    }

    private final transient Details details;

    private EdfaPayException(Details details) {
        super(diagnostic(details), details.cause());
        this.details = details;
    }

    /** A failure of the subclass that {@code details.reason()} belongs to. */
    public static EdfaPayException of(Details details) {
        return switch (details.reason().kind()) {
            case INVALID_INPUT -> new InvalidInput(details);
            case UNAUTHORIZED -> new Unauthorized(details);
            case FORBIDDEN -> new Forbidden(details);
            case NOT_FOUND -> new NotFound(details);
            case NOT_OFFERED -> new NotOffered(details);
            case REJECTED -> new Rejected(details);
            case RATE_LIMITED -> new RateLimited(details);
            case SERVER_ERROR -> new ServerError(details);
            case TIMEOUT -> new Timeout(details);
            case NETWORK -> new NetworkFailure(details);
            case MALFORMED -> new MalformedResponse(details);
            case UNEXPECTED_STATE -> new UnexpectedState(details);
        };
    }

    public static EdfaPayException of(Reason reason, Operation operation) {
        return of(Details.of(reason, operation));
    }

    /** An input problem found before any request. */
    public static InvalidInput invalid(Reason reason, @Nullable String detail) {
        if (reason.kind() != Kind.INVALID_INPUT) {
            throw new IllegalArgumentException(reason + " is not an input problem");
        }
        return new InvalidInput(Details.of(reason, Operation.CONNECT).withDetail(detail));
    }

    static String diagnostic(Details d) {
        StringBuilder sb = new StringBuilder(d.reason().name()).append(" during ").append(d.operation().name());
        if (d.httpStatus() != 0) {
            sb.append(", HTTP ").append(d.httpStatus());
        }
        if (d.errorCode() != null) {
            sb.append(", errorCode ").append(d.errorCode());
        }
        if (d.switchOutcome() != null) {
            sb.append(", switch ").append(d.switchOutcome().name());
        }
        return sb.toString();
    }

    public Details details() {
        return details;
    }

    public Reason reason() {
        return details.reason();
    }

    public Operation operation() {
        return details.operation();
    }

    /** The HTTP status of the answer, 0 when there was none (timeout, network failure, input problem). */
    public int httpStatus() {
        return details.httpStatus();
    }

    /** EdfaPay's {@code errorCode} (scrubbed), or null. */
    public @Nullable String errorCode() {
        return details.errorCode();
    }

    /** EdfaPay's {@code message} (scrubbed), or null. */
    public @Nullable String serverMessage() {
        return details.serverMessage();
    }

    /** The same failure after a status switch whose answer was lost. */
    public EdfaPayException afterSwitch(SwitchOutcome outcome, @Nullable Boolean activeNow) {
        return of(details.withSwitchOutcome(outcome, activeNow).withCause(this));
    }

    public Optional<SwitchOutcome> switchOutcome() {
        return Optional.ofNullable(details.switchOutcome());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + ": " + getMessage();
    }

    /** Refused before any request: the base URL, the key or an id cannot be used. */
    public static final class InvalidInput extends EdfaPayException {
        private InvalidInput(Details d) {
            super(d);
        }
    }

    /** HTTP 401: the key is missing, unknown, disabled or expired. */
    public static final class Unauthorized extends EdfaPayException {
        private Unauthorized(Details d) {
            super(d);
        }
    }

    /** HTTP 403: the key's user type may not use this operation. */
    public static final class Forbidden extends EdfaPayException {
        private Forbidden(Details d) {
            super(d);
        }
    }

    /** HTTP 404 on an endpoint EdfaPay documents: the target does not exist or is outside the key's scope. */
    public static final class NotFound extends EdfaPayException {
        private NotFound(Details d) {
            super(d);
        }
    }

    /** HTTP 400/409/422 (and other 4xx), or an envelope that reports no success. */
    public static final class Rejected extends EdfaPayException {
        private Rejected(Details d) {
            super(d);
        }
    }

    /** HTTP 429: too many requests. */
    public static final class RateLimited extends EdfaPayException {
        private RateLimited(Details d) {
            super(d);
        }

        /** The server's {@code Retry-After}, when it sent one. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(details().retryAfter());
        }
    }

    /** HTTP 5xx. */
    public static final class ServerError extends EdfaPayException {
        private ServerError(Details d) {
            super(d);
        }
    }

    /** No answer within the configured time. */
    public static final class Timeout extends EdfaPayException {
        private Timeout(Details d) {
            super(d);
        }
    }

    /** Connection refused, unknown host, dropped connection, TLS failure, an answer that is not HTTP. */
    public static final class NetworkFailure extends EdfaPayException {
        private NetworkFailure(Details d) {
            super(d);
        }
    }

    /** The answer is not JSON, not the EdfaPay envelope, lacks expected data, is too big, or names no known role. */
    public static final class MalformedResponse extends EdfaPayException {
        private MalformedResponse(Details d) {
            super(d);
        }
    }

    /** HTTP 404 on a project-defined endpoint ({@code /me}, {@code /api-tokens}): this server does not offer it. */
    public static final class NotOffered extends EdfaPayException {
        private NotOffered(Details d) {
            super(d);
        }
    }

    /** A status switch answered with a state other than the one requested (someone else changed it meanwhile). */
    public static final class UnexpectedState extends EdfaPayException {
        private UnexpectedState(Details d) {
            super(d);
        }

        /** The state the server reported, when known. */
        public Optional<SdkToken> actual() {
            return Optional.ofNullable(details().actual());
        }
    }
}
