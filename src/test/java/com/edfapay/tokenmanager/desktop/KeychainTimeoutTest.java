package com.edfapay.tokenmanager.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Where the keychain library hangs (no Secret Service, a prompt nobody answers), the app goes on in time. */
class KeychainTimeoutTest {

    @Test
    void aKeychainThatNeverAnswersFallsBackToMemoryWithinTheTimeLimit() {
        CountDownLatch never = new CountDownLatch(1);
        Instant start = Instant.now();
        Optional<SecretStore> store = KeychainSecretStore.open(Duration.ofMillis(300), () -> {
            never.await();
            throw new AssertionError("unreachable");
        });
        Duration took = Duration.between(start, Instant.now());
        assertThat(store).isEmpty();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aKeychainThatFailsAtOnceFallsBackAtOnce() {
        Optional<SecretStore> store = KeychainSecretStore.open(Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("no backend");
        });
        assertThat(store).isEmpty();
    }
}
