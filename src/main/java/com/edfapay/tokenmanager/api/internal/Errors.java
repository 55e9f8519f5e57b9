package com.edfapay.tokenmanager.api.internal;

import com.edfapay.tokenmanager.api.EdfaPayException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Builds the typed failures with clerk-readable messages. Messages never contain the key, a token or a secret. */
public final class Errors {

    private Errors() {
    }

    /**
     * @param httpStatus the HTTP status of the answer
     * @param status     the status that decides the type (the envelope's {@code code} when an HTTP 200 carried an
     *                   error, else the HTTP status)
     */
    public static EdfaPayException forStatus(int httpStatus, int status,
                                             @Nullable String serverMessage, @Nullable String errorCode,
                                             @Nullable Duration retryAfter, Endpoint ep) {
        String detail = detail(serverMessage, errorCode, status);
        if (status == 401) {
            return new EdfaPayException.Unauthorized("The server rejected the API key (HTTP 401). It may have been "
                    + "revoked, disabled or expired; reconnect with a valid key." + detail,
                    status, errorCode, serverMessage, null);
        }
        if (status == 403) {
            return new EdfaPayException.Forbidden("This API key is not allowed to " + ep.what()
                    + " (HTTP 403). Ask your administrator for a key with the right access." + detail,
                    status, errorCode, serverMessage, null);
        }
        if (status == 404) {
            // A server that has the endpoint says what it did not find; anything else means "no such endpoint".
            if (!ep.documented() && !"NOT_FOUND".equals(errorCode)) {
                return new EdfaPayException.NotOffered("This server does not offer a way to " + ep.what()
                        + " (HTTP 404). The other functions still work.", status, errorCode, serverMessage, null);
            }
            return new EdfaPayException.NotFound("The item could not be found when trying to " + ep.what()
                    + " (HTTP 404). It may not exist, or it may be outside what this API key may see." + detail,
                    status, errorCode, serverMessage, null);
        }
        if (status == 429) {
            String when = retryAfter == null ? "Wait a moment and try again."
                    : "Try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.";
            return new EdfaPayException.RateLimited("The server is receiving too many requests and asked us to slow "
                    + "down (HTTP 429). " + when, status, errorCode, serverMessage, null, retryAfter);
        }
        if (status >= 500 && status <= 599) {
            return new EdfaPayException.ServerError("The server had a problem and could not " + ep.what()
                    + " (HTTP " + status + "). Try again in a few minutes." + detail,
                    status, errorCode, serverMessage, null);
        }
        if (status >= 400 && status <= 499) {
            String why = serverMessage != null && !serverMessage.isBlank()
                    ? ": " + stripDot(serverMessage.trim()) + "."
                    : ".";
            String code = errorCode != null ? " (HTTP " + status + ", " + errorCode + ")" : " (HTTP " + status + ")";
            return new EdfaPayException.Rejected("The server refused to " + ep.what() + why + code,
                    status, errorCode, serverMessage, null);
        }
        if (status >= 300 && status <= 399) {
            return new EdfaPayException.MalformedResponse("The server answered with a redirect (HTTP " + status
                    + "), which is not followed for safety. Check the server address.",
                    httpStatus, errorCode, serverMessage, null);
        }
        // an envelope whose code is neither 200 nor an HTTP error (EdfaPay's generic examples show 0)
        String why = serverMessage != null && !serverMessage.isBlank() ? ": " + stripDot(serverMessage.trim()) : "";
        return new EdfaPayException.Rejected("The server did not complete the request to " + ep.what() + why
                + " (code " + status + (errorCode != null ? ", " + errorCode : "") + ").",
                httpStatus, errorCode, serverMessage, null);
    }

    private static String detail(@Nullable String serverMessage, @Nullable String errorCode, int status) {
        if (serverMessage == null || serverMessage.isBlank()) {
            return "";
        }
        return " The server said: \"" + stripDot(serverMessage.trim()) + "\"" + (errorCode != null ? " (" + errorCode
                + ")." : ".");
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    public static EdfaPayException.MalformedResponse malformed(int httpStatus, String why, @Nullable Throwable cause) {
        return new EdfaPayException.MalformedResponse("The server's answer could not be understood (" + why
                + "). Check that the server address points to an EdfaPay server.", httpStatus, null, null, cause);
    }

    public static EdfaPayException.Timeout timeout(@Nullable Throwable cause) {
        return new EdfaPayException.Timeout("The server did not answer in time. Check your network connection and "
                + "try again.", 0, null, null, cause);
    }

    public static EdfaPayException.NetworkFailure network(String message, @Nullable Throwable cause) {
        return new EdfaPayException.NetworkFailure(message, 0, null, null, cause);
    }
}
