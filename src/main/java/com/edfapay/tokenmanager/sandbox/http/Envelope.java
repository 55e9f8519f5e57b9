package com.edfapay.tokenmanager.sandbox.http;

import org.jspecify.annotations.Nullable;

/** EdfaPay's answer shape; {@code code} repeats the HTTP status. */
public record Envelope(int code, String message, @Nullable String errorCode, @Nullable Object data) {

    public static Envelope success(@Nullable Object data) {
        return new Envelope(200, "Success", null, data);
    }

    public static Envelope error(ApiException error) {
        return new Envelope(error.status(), error.clerkMessage(), error.errorCode(), null);
    }
}
