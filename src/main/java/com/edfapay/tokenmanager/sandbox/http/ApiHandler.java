package com.edfapay.tokenmanager.sandbox.http;

import java.sql.SQLException;

/** Answers one route; returns the envelope's {@code data}. */
@FunctionalInterface
public interface ApiHandler {
    Object handle(ApiRequest request) throws ApiException, SQLException;
}
