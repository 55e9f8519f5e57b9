package com.edfapay.tokenmanager.cli;

/**
 * A failure the command line itself detects (no key, a loose key file, an unknown profile), with its exit code and a
 * message already worded for the user. The message never contains a secret.
 */
final class CliFailure extends RuntimeException {

    private final int exitCode;
    private final String kind;

    CliFailure(int exitCode, String kind, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.kind = kind;
    }

    int exitCode() {
        return exitCode;
    }

    /** Machine-readable name of the failure for the JSON {@code error.type} field. */
    String kind() {
        return kind;
    }

    static CliFailure usage(String message) {
        return new CliFailure(ExitCodes.USAGE, "USAGE", message);
    }

    static CliFailure authentication(String message) {
        return new CliFailure(ExitCodes.AUTHENTICATION, "AUTHENTICATION", message);
    }
}
