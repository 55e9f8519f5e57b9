package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.EdfaPayException;
import org.jspecify.annotations.Nullable;

/**
 * What went wrong, worded for the user and classified for scripts.
 *
 * @param type       stable machine-readable name (the JSON {@code error.type})
 * @param exitCode   one of {@link ExitCodes}
 * @param message    a specific sentence, never containing a secret
 * @param httpStatus the server's HTTP status, when there was an answer
 * @param errorCode  the server's {@code errorCode}, when it sent one
 */
record Failure(String type, int exitCode, String message, @Nullable Integer httpStatus, @Nullable String errorCode) {

    /** Classifies any exception a command can end with; {@code redact} removes known secrets from server text. */
    static Failure of(Throwable error, CliMessages messages, Redactor redact) {
        if (error instanceof CliFailure cli) {
            return new Failure(cli.kind(), cli.exitCode(), redact.apply(cli.getMessage()), null, null);
        }
        if (error instanceof EdfaPayException e) {
            return ofClient(e, messages, redact);
        }
        if (error instanceof IllegalArgumentException e) {
            // The client validates ids, names and keys before sending; its messages name the field, never a value.
            return new Failure("INVALID_INPUT", ExitCodes.USAGE,
                    messages.get("error.invalidInput", redact.apply(String.valueOf(e.getMessage()))), null, null);
        }
        return new Failure("INTERNAL", ExitCodes.FAILURE,
                messages.get("error.internal", error.getClass().getSimpleName()), null, null);
    }

    private static Failure ofClient(EdfaPayException e, CliMessages messages, Redactor redact) {
        String type;
        int exit;
        if (e instanceof EdfaPayException.Unauthorized) {
            type = "UNAUTHORIZED";
            exit = ExitCodes.AUTHENTICATION;
        } else if (e instanceof EdfaPayException.Forbidden) {
            type = "FORBIDDEN";
            exit = ExitCodes.NOT_FOUND_OR_FORBIDDEN;
        } else if (e instanceof EdfaPayException.NotFound) {
            type = "NOT_FOUND";
            exit = ExitCodes.NOT_FOUND_OR_FORBIDDEN;
        } else if (e instanceof EdfaPayException.NotOffered) {
            type = "NOT_OFFERED";
            exit = ExitCodes.NOT_FOUND_OR_FORBIDDEN;
        } else if (e instanceof EdfaPayException.Rejected) {
            type = "REJECTED";
            exit = ExitCodes.REJECTED;
        } else if (e instanceof EdfaPayException.UnexpectedState) {
            type = "UNEXPECTED_STATE";
            exit = ExitCodes.REJECTED;
        } else if (e instanceof EdfaPayException.RateLimited) {
            type = "RATE_LIMITED";
            exit = ExitCodes.SERVER_OR_NETWORK;
        } else if (e instanceof EdfaPayException.ServerError) {
            type = "SERVER_ERROR";
            exit = ExitCodes.SERVER_OR_NETWORK;
        } else if (e instanceof EdfaPayException.Timeout) {
            type = "TIMEOUT";
            exit = ExitCodes.SERVER_OR_NETWORK;
        } else if (e instanceof EdfaPayException.NetworkFailure) {
            type = "NETWORK";
            exit = ExitCodes.SERVER_OR_NETWORK;
        } else {
            type = "MALFORMED_RESPONSE";
            exit = ExitCodes.SERVER_OR_NETWORK;
        }
        Integer status = e.httpStatus() == 0 ? null : e.httpStatus();
        String errorCode = e.errorCode() == null ? null : redact.apply(e.errorCode());
        return new Failure(type, exit, redact.apply(wording(type, e, messages)), status, errorCode);
    }

    /**
     * English: the client's own sentence, which names the operation, the status and what the server said. Other
     * languages: the type's sentence from the bundle, with the server's words appended as given.
     */
    private static String wording(String type, EdfaPayException e, CliMessages messages) {
        if (messages.locale().getLanguage().equals("en")) {
            return String.valueOf(e.getMessage());
        }
        String server = e.serverMessage() == null || e.serverMessage().isBlank() ? "" : " " + messages.get(
                "error.serverSaid", e.serverMessage().strip());
        return messages.get("error.type." + type, e.httpStatus()) + server;
    }
}
