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

    /**
     * Classifies any exception a command can end with; {@code redact} removes known secrets from server text. Every
     * message is a sentence of the command line's bundle in the run's language: the client's typed failures are
     * worded per reason ({@link CliMessages#failures()}), never by their diagnostic {@code getMessage()}.
     */
    static Failure of(Throwable error, CliMessages messages, Redactor redact) {
        if (error instanceof CliFailure cli) {
            return new Failure(cli.kind(), cli.exitCode(), redact.apply(cli.getMessage()), null, null);
        }
        if (error instanceof EdfaPayException e) {
            return ofClient(e, messages, redact);
        }
        return new Failure("INTERNAL", ExitCodes.FAILURE,
                messages.get("error.internal", error.getClass().getSimpleName()), null, null);
    }

    /** The JSON {@code error.type} of a client failure. */
    static String type(EdfaPayException e) {
        return switch (e.reason().kind()) {
            case INVALID_INPUT -> "INVALID_INPUT";
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case NOT_OFFERED -> "NOT_OFFERED";
            case REJECTED -> "REJECTED";
            case UNEXPECTED_STATE -> "UNEXPECTED_STATE";
            case RATE_LIMITED -> "RATE_LIMITED";
            case SERVER_ERROR -> "SERVER_ERROR";
            case TIMEOUT -> "TIMEOUT";
            case NETWORK -> "NETWORK";
            case MALFORMED -> "MALFORMED_RESPONSE";
        };
    }

    /** The exit code of a client failure ({@link ExitCodes}, docs/cli.md). */
    static int exitCode(EdfaPayException e) {
        return switch (e.reason().kind()) {
            case INVALID_INPUT -> keyProblem(e) ? ExitCodes.AUTHENTICATION : ExitCodes.USAGE;
            case UNAUTHORIZED -> ExitCodes.AUTHENTICATION;
            case FORBIDDEN, NOT_FOUND, NOT_OFFERED -> ExitCodes.NOT_FOUND_OR_FORBIDDEN;
            case REJECTED, UNEXPECTED_STATE -> ExitCodes.REJECTED;
            case RATE_LIMITED, SERVER_ERROR, TIMEOUT, NETWORK, MALFORMED -> ExitCodes.SERVER_OR_NETWORK;
        };
    }

    /** An input problem with the API key itself ({@code KEY_*} reasons): an authentication failure, exit 3. */
    static boolean keyProblem(EdfaPayException e) {
        return e.reason().kind() == EdfaPayException.Kind.INVALID_INPUT && e.reason().name().startsWith("KEY_");
    }

    private static Failure ofClient(EdfaPayException e, CliMessages messages, Redactor redact) {
        Integer status = e.httpStatus() == 0 ? null : e.httpStatus();
        String errorCode = e.errorCode() == null ? null : redact.apply(e.errorCode());
        return new Failure(type(e), exitCode(e), redact.apply(messages.failures().describe(e)), status,
                errorCode);
    }
}
