package com.edfapay.tokenmanager.desktop;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps keys for this run only; used when no OS keychain is reachable. */
public final class MemorySecretStore implements SecretStore {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public boolean isPersistent() {
        return false;
    }

    @Override
    public Optional<String> read(String profileId) {
        return Optional.ofNullable(secrets.get(profileId));
    }

    @Override
    public void write(String profileId, String secret) {
        secrets.put(profileId, secret);
    }

    @Override
    public void delete(String profileId) {
        secrets.remove(profileId);
    }
}
