package com.edfapay.tokenmanager.ui.connect;

import com.edfapay.tokenmanager.api.EdfaPayApi;

/** Builds a client for a base URL and key; the composition root decides timeouts and logging. */
@FunctionalInterface
public interface ApiConnector {

    /** Throws IllegalArgumentException with a readable reason when the URL is not acceptable. */
    EdfaPayApi open(String baseUrl, String apiKey);
}
