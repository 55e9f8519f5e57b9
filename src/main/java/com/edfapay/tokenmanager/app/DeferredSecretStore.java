package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.SecretStore;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The OS keychain, opened on first use instead of at start-up: probing it loads D-Bus/JNA (Linux) or native
 * bindings and can take half a second, which the first frame should not wait for. The Connect screen's first
 * background task (asking whether keys can be remembered) opens it; {@link SecretStore} calls are made off the
 * JavaFX thread, so the wait falls on a background thread. A failed probe is kept and reported by every call.
 */
final class DeferredSecretStore implements SecretStore {

    private final Supplier<SecretStore> opener;
    private @Nullable SecretStore store;
    private @Nullable RuntimeException failure;

    DeferredSecretStore(Supplier<SecretStore> opener) {
        this.opener = opener;
    }

    private synchronized SecretStore store() {
        if (store == null && failure == null) {
            try {
                store = opener.get();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (store == null) {
            throw new IllegalStateException("The keychain opener returned nothing");
        }
        return store;
    }

    @Override
    public boolean isPersistent() {
        return store().isPersistent();
    }

    @Override
    public Optional<String> read(String profileId) {
        return store().read(profileId);
    }

    @Override
    public void write(String profileId, String secret) {
        store().write(profileId, secret);
    }

    @Override
    public void delete(String profileId) {
        store().delete(profileId);
    }
}
