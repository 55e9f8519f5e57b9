package com.edfapay.tokenmanager.api;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every failure of the EdfaPay client. {@link #getMessage()} is a plain-English sentence for a back-office clerk
 * and never contains the API key, a token or a secret.
 */
public abstract sealed class EdfaPayException extends RuntimeException {

    private final int httpStatus;
    private final @Nullable String errorCode;
    private final @Nullable String serverMessage;

    protected EdfaPayException(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage,
                               @Nullable Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.serverMessage = serverMessage;
    }

    /** The HTTP status of the answer, 0 when there was none (timeout, network failure). */
    public int httpStatus() {
        return httpStatus;
    }

    /** EdfaPay's {@code errorCode}, or null. */
    public @Nullable String errorCode() {
        return errorCode;
    }

    /** EdfaPay's {@code message}, or null. */
    public @Nullable String serverMessage() {
        return serverMessage;
    }

    /** The same failure (same type, status, codes and cause) with another clerk-readable message. */
    public abstract EdfaPayException withMessage(String message);

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append(": ").append(getMessage());
        if (httpStatus != 0) {
            sb.append(" [http=").append(httpStatus);
            if (errorCode != null) {
                sb.append(", errorCode=").append(errorCode);
            }
            sb.append(']');
        }
        return sb.toString();
    }

    /** HTTP 401: the key is missing, unknown, disabled or expired. */
    public static final class Unauthorized extends EdfaPayException {
        public Unauthorized(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage, @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public Unauthorized withMessage(String message) {
            return new Unauthorized(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** HTTP 403: the key's user type may not use this operation. */
    public static final class Forbidden extends EdfaPayException {
        public Forbidden(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage, @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public Forbidden withMessage(String message) {
            return new Forbidden(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** HTTP 404 on an endpoint EdfaPay documents: the target does not exist or is outside the key's scope. */
    public static final class NotFound extends EdfaPayException {
        public NotFound(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage, @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public NotFound withMessage(String message) {
            return new NotFound(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** HTTP 400/409/422 (and other 4xx): the server refused the request; see {@link #serverMessage()}. */
    public static final class Rejected extends EdfaPayException {
        public Rejected(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage, @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public Rejected withMessage(String message) {
            return new Rejected(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** HTTP 429: too many requests. */
    public static final class RateLimited extends EdfaPayException {
        private final @Nullable Duration retryAfter;

        public RateLimited(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage, @Nullable Throwable cause,
                           @Nullable Duration retryAfter) {
            super(message, httpStatus, errorCode, serverMessage, cause);
            this.retryAfter = retryAfter;
        }

        /** The server's {@code Retry-After}, when it sent one. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }

        @Override
        public RateLimited withMessage(String message) {
            return new RateLimited(message, httpStatus(), errorCode(), serverMessage(), getCause(), retryAfter);
        }
    }

    /** HTTP 5xx. */
    public static final class ServerError extends EdfaPayException {
        public ServerError(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage, @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public ServerError withMessage(String message) {
            return new ServerError(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** No answer within the configured time. */
    public static final class Timeout extends EdfaPayException {
        public Timeout(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage, @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public Timeout withMessage(String message) {
            return new Timeout(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** Connection refused, unknown host, dropped connection, TLS failure. */
    public static final class NetworkFailure extends EdfaPayException {
        public NetworkFailure(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage,
                              @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public NetworkFailure withMessage(String message) {
            return new NetworkFailure(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** The answer is not JSON, not the EdfaPay envelope, lacks expected data, or is too big. */
    public static final class MalformedResponse extends EdfaPayException {
        public MalformedResponse(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage,
                                 @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public MalformedResponse withMessage(String message) {
            return new MalformedResponse(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** HTTP 404 on a project-defined endpoint ({@code /me}, {@code /api-tokens}): this server does not offer it. */
    public static final class NotOffered extends EdfaPayException {
        public NotOffered(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage, @Nullable Throwable cause) {
            super(message, httpStatus, errorCode, serverMessage, cause);
        }

        @Override
        public NotOffered withMessage(String message) {
            return new NotOffered(message, httpStatus(), errorCode(), serverMessage(), getCause());
        }
    }

    /** A status switch answered with a state other than the one requested (someone else changed it meanwhile). */
    public static final class UnexpectedState extends EdfaPayException {
        private final transient @Nullable SdkToken actual;

        public UnexpectedState(String message, int httpStatus, @Nullable String errorCode, @Nullable String serverMessage,
                               @Nullable Throwable cause, @Nullable SdkToken actual) {
            super(message, httpStatus, errorCode, serverMessage, cause);
            this.actual = actual;
        }

        /** The state the server reported, when known. */
        public Optional<SdkToken> actual() {
            return Optional.ofNullable(actual);
        }

        @Override
        public UnexpectedState withMessage(String message) {
            return new UnexpectedState(message, httpStatus(), errorCode(), serverMessage(), getCause(), actual);
        }
    }
}
