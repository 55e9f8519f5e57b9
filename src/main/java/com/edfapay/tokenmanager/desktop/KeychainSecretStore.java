package com.edfapay.tokenmanager.desktop;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux) via java-keyring. */
public final class KeychainSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeychainSecretStore.class);
    private static final String SERVICE = "EdfaPay Token Manager";

    private final Keyring keyring;

    private KeychainSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * The keychain if this desktop offers one that answers, else empty. Probing reads a missing entry, which a
     * working store answers without prompting.
     */
    public static Optional<SecretStore> open() {
        try {
            Keyring keyring = Keyring.create();
            try {
                keyring.getPassword(SERVICE, "probe");
            } catch (PasswordAccessException missing) {
                // A missing entry is the normal answer of a working store.
            }
            return Optional.of(new KeychainSecretStore(keyring));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.info("No OS keychain available ({}); API keys will be kept in memory only",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public boolean isPersistent() {
        return true;
    }

    @Override
    public Optional<String> read(String profileId) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, profileId));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String profileId, String secret) {
        try {
            keyring.setPassword(SERVICE, profileId, secret);
        } catch (PasswordAccessException e) {
            throw new SecretStoreException("The system keychain refused to store the API key", e);
        }
    }

    @Override
    public void delete(String profileId) {
        try {
            keyring.deletePassword(SERVICE, profileId);
        } catch (PasswordAccessException e) {
            LOG.debug("Nothing to delete in the keychain for a profile");
        }
    }
}
