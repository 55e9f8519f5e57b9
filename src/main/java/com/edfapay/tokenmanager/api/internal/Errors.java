package com.edfapay.tokenmanager.api.internal;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Details;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Builds the typed failures. No sentence here: the UI words each reason; server text arrives scrubbed. */
public final class Errors {

    private Errors() {
    }

    /**
     * @param httpStatus the HTTP status of the answer
     * @param status     the status that decides the type (the envelope's {@code code} when an HTTP 2xx carried an
     *                   error, else the HTTP status)
     */
    public static EdfaPayException forStatus(int httpStatus, int status, @Nullable String serverMessage,
                                             @Nullable String errorCode, boolean envelope,
                                             @Nullable Duration retryAfter, Endpoint ep) {
        Reason reason;
        int shown = status;
        if (status == 401) {
            reason = Reason.KEY_REJECTED;
        } else if (status == 403) {
            reason = Reason.FORBIDDEN;
        } else if (status == 404) {
            // A server that has the endpoint says what it did not find; anything else means "no such endpoint".
            reason = !ep.documented() && !"NOT_FOUND".equals(errorCode) ? Reason.NOT_OFFERED : Reason.NOT_FOUND;
        } else if (status == 429) {
            reason = Reason.RATE_LIMITED;
        } else if (status >= 500 && status <= 599) {
            reason = Reason.SERVER_ERROR;
        } else if (status >= 400 && status <= 499) {
            reason = Reason.REFUSED;
        } else if (status >= 300 && status <= 399) {
            reason = Reason.REDIRECT;
            shown = httpStatus;
        } else {
            // an envelope whose code is neither 2xx nor an HTTP error (EdfaPay's generic examples show 0)
            reason = Reason.NOT_COMPLETED;
            shown = httpStatus;
        }
        Details d = Details.of(reason, ep.operation()).withHttp(shown, errorCode, serverMessage, envelope)
                .withRetryAfter(reason == Reason.RATE_LIMITED ? retryAfter : null);
        if (reason == Reason.NOT_COMPLETED) {
            d = d.withDetail(String.valueOf(status));
        }
        return EdfaPayException.of(d);
    }

    public static EdfaPayException malformed(Endpoint ep, int httpStatus, Reason reason, @Nullable String detail) {
        return EdfaPayException.of(Details.of(reason, ep.operation()).withHttp(httpStatus, null, null, false)
                .withDetail(detail));
    }

    public static EdfaPayException transport(Endpoint ep, Reason reason, @Nullable Throwable cause) {
        return EdfaPayException.of(Details.of(reason, ep.operation()).withCause(cause));
    }
}
