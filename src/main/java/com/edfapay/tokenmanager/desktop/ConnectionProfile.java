package com.edfapay.tokenmanager.desktop;

import java.util.Objects;
import java.util.UUID;

/** A saved connection. Deliberately has no API key field: keys live in the keychain or in memory only. */
public record ConnectionProfile(String id, String name, Environment environment, String baseUrl,
                                boolean rememberKey) {

    public ConnectionProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environment, "environment");
    }

    public static ConnectionProfile create(String name, Environment environment, String baseUrl,
                                           boolean rememberKey) {
        return new ConnectionProfile(UUID.randomUUID().toString(), name, environment, baseUrl, rememberKey);
    }

    public ConnectionProfile withDetails(String newName, Environment newEnvironment, String newBaseUrl,
                                         boolean newRememberKey) {
        return new ConnectionProfile(id, newName, newEnvironment, newBaseUrl, newRememberKey);
    }

    /** The environment a user sees: a custom URL that is really production is shown as production. */
    public Environment effectiveEnvironment() {
        if (environment == Environment.CUSTOM) {
            return Environment.forBaseUrl(baseUrl);
        }
        return environment;
    }
}
