package com.edfapay.tokenmanager.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real {@link KeychainSecretStore} against a real Secret Service (gnome-keyring inside {@code dbus-run-session},
 * as {@code .ci/run} starts it), checked from outside with {@code secret-tool}. On a developer machine without a
 * Secret Service it is skipped; with {@code CI=true} it fails instead, so CI can never pass by skipping it.
 */
class KeychainIntegrationTest {

    private static SecretStore realKeychain() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Optional<SecretStore> store = System.getenv("DBUS_SESSION_BUS_ADDRESS") == null ? Optional.empty()
                : KeychainSecretStore.open(Duration.ofSeconds(10));
        if (store.isEmpty()) {
            if (ci) {
                fail("CI=true but no Secret Service answered: .ci/run must run the tests inside dbus-run-session "
                        + "with an unlocked gnome-keyring");
            }
            Assumptions.abort("No Secret Service on this machine (run inside dbus-run-session with gnome-keyring)");
        }
        return store.orElseThrow();
    }

    @Test
    void storesReadsReplacesAndDeletesAProfileKeyThatSecretToolSees() throws Exception {
        SecretStore keychain = realKeychain();
        assertThat(keychain.isPersistent()).isTrue();
        String profileId = "it-" + UUID.randomUUID();
        String first = "edfa_IT" + UUID.randomUUID().toString().replace("-", "");
        String second = "edfa_IT" + UUID.randomUUID().toString().replace("-", "");
        try {
            keychain.write(profileId, first);
            assertThat(keychain.read(profileId)).contains(first);
            assertThat(secretToolLookup(profileId)).contains(first);

            keychain.write(profileId, second);
            assertThat(keychain.read(profileId)).contains(second);
            assertThat(secretToolLookup(profileId)).contains(second);

            keychain.delete(profileId);
            assertThat(keychain.read(profileId)).isEmpty();
            assertThat(secretToolLookup(profileId)).isEmpty();
        } finally {
            keychain.delete(profileId);
        }
    }

    @Test
    void aMissingEntryReadsAsEmptyAndDeletingItIsHarmless() {
        SecretStore keychain = realKeychain();
        String profileId = "it-missing-" + UUID.randomUUID();
        assertThat(keychain.read(profileId)).isEmpty();
        keychain.delete(profileId);
        assertThat(keychain.read(profileId)).isEmpty();
    }

    /** What {@code secret-tool lookup service <SERVICE> account <id>} prints, empty when it finds nothing. */
    private static Optional<String> secretToolLookup(String profileId) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("secret-tool", "lookup", "service",
                KeychainSecretStore.SERVICE, "account", profileId)).redirectErrorStream(false).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("secret-tool did not answer");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    }
}
