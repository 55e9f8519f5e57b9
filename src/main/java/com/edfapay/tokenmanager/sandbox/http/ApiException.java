package com.edfapay.tokenmanager.sandbox.http;

/** An error answer: HTTP status, EdfaPay errorCode and a sentence a clerk can read. Never carries data. */
public final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;

    public ApiException(int status, String errorCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The sentence for the envelope's {@code message} (never null: every constructor takes one). */
    public String clerkMessage() {
        String message = getMessage();
        return message == null ? "" : message;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "BAD_REQUEST", message);
    }

    public static ApiException validation(String message) {
        return new ApiException(400, "VALIDATION_FAILED", message);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "UNAUTHORIZED", "The API key is missing, unknown, disabled or expired.");
    }

    public static ApiException forbidden() {
        return new ApiException(403, "FORBIDDEN", "Your user type may not use this operation.");
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "NOT_FOUND", what + " was not found.");
    }
}
