package com.edfapay.tokenmanager.sandbox.http;

/** EdfaPay's answer shape; {@code code} repeats the HTTP status. */
public record Envelope(int code, String message, String errorCode, Object data) {

    public static Envelope success(Object data) {
        return new Envelope(200, "Success", null, data);
    }

    public static Envelope error(ApiException error) {
        return new Envelope(error.status(), error.getMessage(), error.errorCode(), null);
    }
}
