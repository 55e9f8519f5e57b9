package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import org.jspecify.annotations.Nullable;

/**
 * An open connection of one command run: the client, where it points, and the sandbox it may have started. Closing
 * it closes the client (dropping the key with it) and stops the sandbox.
 */
final class Connection implements AutoCloseable {

    private final EdfaPayClient client;
    private final String baseUrl;
    private final Environment environment;
    private final String profileLabel;
    private final @Nullable EdfaPaySandbox sandbox;

    Connection(EdfaPayClient client, String baseUrl, Environment environment, String profileLabel,
               @Nullable EdfaPaySandbox sandbox) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.environment = environment;
        this.profileLabel = profileLabel;
        this.sandbox = sandbox;
    }

    EdfaPayApi api() {
        return client;
    }

    String baseUrl() {
        return baseUrl;
    }

    Environment environment() {
        return environment;
    }

    /** The profile name, {@code sandbox:<persona>}, or {@code environment} when the key came from a variable/file. */
    String profileLabel() {
        return profileLabel;
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
