package com.edfapay.tokenmanager.ui.common;

import com.edfapay.tokenmanager.api.EdfaPayException;
import org.jspecify.annotations.Nullable;

/** Turns a failure into one sentence a back-office clerk can act on, in the user's language. */
public final class ErrorMessages {

    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof EdfaPayException api) {
            return describeApi(api);
        }
        if (cause instanceof IllegalArgumentException) {
            return messages.get("error.badUrl", cause.getMessage());
        }
        return messages.get("error.unexpected", cause.getClass().getSimpleName());
    }

    private String describeApi(EdfaPayException failure) {
        if (failure instanceof EdfaPayException.Unauthorized) {
            return messages.get("error.unauthorized");
        } else if (failure instanceof EdfaPayException.Forbidden) {
            return messages.get("error.forbidden");
        } else if (failure instanceof EdfaPayException.NotFound) {
            return messages.get("error.notFound");
        } else if (failure instanceof EdfaPayException.Rejected) {
            return messages.get("error.rejected", serverText(failure));
        } else if (failure instanceof EdfaPayException.RateLimited) {
            return messages.get("error.rateLimited");
        } else if (failure instanceof EdfaPayException.ServerError) {
            return messages.get("error.serverError", String.valueOf(failure.httpStatus()));
        } else if (failure instanceof EdfaPayException.Timeout) {
            return messages.get("error.timeout");
        } else if (failure instanceof EdfaPayException.NetworkFailure) {
            return messages.get("error.network", failure.getMessage());
        } else if (failure instanceof EdfaPayException.MalformedResponse) {
            return messages.get("error.malformed");
        } else if (failure instanceof EdfaPayException.NotOffered) {
            return messages.get("error.notOffered");
        } else {
            return messages.get("error.unexpectedState", failure.getMessage());
        }
    }

    /** EdfaPay's own words when it gave some, else the client's explanation. */
    private static @Nullable String serverText(EdfaPayException failure) {
        String server = failure.serverMessage();
        return server == null || server.isBlank() ? failure.getMessage() : server;
    }

    /** True when the failure means the connection's key no longer works, so the user must reconnect. */
    public static boolean isKeyRejected(Throwable failure) {
        return unwrap(failure) instanceof EdfaPayException.Unauthorized;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
