package com.edfapay.tokenmanager.sandbox.http;

import com.edfapay.tokenmanager.sandbox.auth.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One authenticated API call as the handlers see it. */
public record ApiRequest(String method, String path, List<String> pathParameters, Map<String, String> query,
                         byte[] body, Caller caller, ObjectMapper mapper) {

    /** The n-th path parameter as a UUID; a malformed id is a 400. */
    public UUID pathId(int index) throws ApiException {
        return uuid(pathParameters.get(index), "id");
    }

    public @Nullable String queryParameter(String name) {
        return query.get(name);
    }

    /** An optional UUID query parameter; malformed is a 400. */
    public @Nullable UUID queryId(String name) throws ApiException {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : uuid(value, name);
    }

    /** An optional boolean query parameter; anything but true/false is a 400. */
    public @Nullable Boolean queryBoolean(String name) throws ApiException {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw ApiException.badRequest("The parameter '" + name + "' must be true or false.");
    }

    /** The body as a JSON object; anything else (empty, malformed, an array) is a 400. */
    public JsonNode jsonObjectBody() throws ApiException {
        try {
            JsonNode node = body.length == 0 ? null : mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The request body is not valid JSON.");
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
    }

    static UUID uuid(String value, String name) throws ApiException {
        // UUID.fromString accepts short forms like "1-2-3-4-5"; require the canonical 36-character form.
        if (value == null || value.length() != 36) {
            throw ApiException.badRequest("The " + name + " '" + shorten(value) + "' is not a valid UUID.");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The " + name + " '" + shorten(value) + "' is not a valid UUID.");
        }
    }

    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
