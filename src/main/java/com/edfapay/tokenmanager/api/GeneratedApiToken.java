package com.edfapay.tokenmanager.api;

/** A freshly generated API token with its secret, which the server shows only once. */
public record GeneratedApiToken(ApiToken token, Secret secret) {
}
