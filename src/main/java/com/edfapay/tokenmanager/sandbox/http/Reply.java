package com.edfapay.tokenmanager.sandbox.http;

import java.util.Map;

/** A status, an envelope and any extra headers, ready to be written (or, for an injected drop, withheld). */
record Reply(int status, Envelope envelope, Map<String, String> headers) {

    static Reply ok(Object data) {
        return new Reply(200, Envelope.success(data), Map.of());
    }

    static Reply error(ApiException error) {
        return new Reply(error.status(), Envelope.error(error), Map.of());
    }

    static Reply error(ApiException error, String header, String value) {
        return new Reply(error.status(), Envelope.error(error), Map.of(header, value));
    }
}
