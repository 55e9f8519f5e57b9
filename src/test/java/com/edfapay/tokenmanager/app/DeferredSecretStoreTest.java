package com.edfapay.tokenmanager.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.desktop.SecretStore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredSecretStoreTest {

    @Test
    void theKeychainIsOpenedOnFirstUseAndOnlyOnce() {
        AtomicInteger opened = new AtomicInteger();
        MemorySecretStore memory = new MemorySecretStore();
        DeferredSecretStore store = new DeferredSecretStore(() -> {
            opened.incrementAndGet();
            return memory;
        });
        assertThat(opened).hasValue(0);

        store.write("profile", "value-1234");
        assertThat(store.read("profile")).contains("value-1234");
        assertThat(memory.read("profile")).contains("value-1234");
        assertThat(store.isPersistent()).isFalse();
        store.delete("profile");
        assertThat(memory.read("profile")).isEmpty();
        assertThat(opened).hasValue(1);
    }

    @Test
    void aKeychainThatCannotBeOpenedFailsEveryCallWithItsReasonWithoutProbingAgain() {
        AtomicInteger opened = new AtomicInteger();
        SecretStore store = new DeferredSecretStore(() -> {
            opened.incrementAndGet();
            throw new IllegalStateException("no D-Bus session");
        });
        assertThatThrownBy(() -> store.read("profile")).isInstanceOf(IllegalStateException.class)
                .hasMessage("no D-Bus session");
        assertThatThrownBy(store::isPersistent).hasMessage("no D-Bus session");
        assertThat(opened).hasValue(1);
    }
}
