package com.edfapay.tokenmanager.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.Persona;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Shared plumbing of the end-to-end tests: the real {@link EdfaPayClient} against a real in-memory
 * {@link EdfaPaySandbox} over loopback HTTP. Also remembers every secret the tests have seen (persona keys, SDK
 * tokens, API token secrets) so every caught failure can be checked for leaks.
 */
final class E2e {

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private E2e() {
    }

    static EdfaPaySandbox start() {
        return start(SandboxOptions.inMemory());
    }

    static EdfaPaySandbox start(SandboxOptions options) {
        try {
            EdfaPaySandbox sandbox = EdfaPaySandbox.start(options);
            sandbox.personas().forEach(p -> remember(p.apiKey()));
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Persona persona(EdfaPaySandbox sandbox, String name) {
        return sandbox.persona(name).orElseThrow(() -> new AssertionError("no persona " + name));
    }

    static EdfaPayClient client(EdfaPaySandbox sandbox, String personaName) {
        return new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), persona(sandbox, personaName).apiKey()));
    }

    static EdfaPayClient clientWithKey(EdfaPaySandbox sandbox, String apiKey) {
        remember(apiKey);
        return new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), apiKey));
    }

    /** Registers a secret that must never show up in an exception. */
    static String remember(String secret) {
        if (secret != null && !secret.isBlank()) {
            SECRETS.add(secret);
        }
        return secret;
    }

    static SdkToken remember(SdkToken token) {
        if (token != null && token.hasToken()) {
            remember(token.token());
        }
        return token;
    }

    /**
     * Runs {@code call}, asserts it failed with an {@link EdfaPayException} whose message and string form (and
     * those of its causes) contain no secret seen so far, and returns the failure.
     */
    static EdfaPayException failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call should fail").isInstanceOf(EdfaPayException.class);
        assertNoSecretIn(thrown);
        return (EdfaPayException) thrown;
    }

    static void assertNoSecretIn(Throwable thrown) {
        assertThat(SECRETS).as("the leak check needs secrets to look for").isNotEmpty();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            String text = t.toString();
            for (String secret : SECRETS) {
                assertThat(message).as("message of %s", t.getClass().getSimpleName()).doesNotContain(secret);
                assertThat(text).as("toString of %s", t.getClass().getSimpleName()).doesNotContain(secret);
            }
            if (t.getCause() == t) {
                break;
            }
        }
    }

    /** Every user the client sees, page by page (checks nothing; see the paging tests for that). */
    static List<UserSummary> allUsers(EdfaPayClient client, UserQuery query) {
        List<UserSummary> all = new ArrayList<>();
        PageRequest page = new PageRequest(0, 100, null, null);
        while (true) {
            var result = client.searchUsers(query.withPage(page));
            all.addAll(result.content());
            if (result.last() || result.content().isEmpty()) {
                return all;
            }
            page = page.next();
        }
    }

    static List<UserSummary> allUsers(EdfaPayClient client) {
        return allUsers(client, UserQuery.all(PageRequest.first(100)));
    }
}
