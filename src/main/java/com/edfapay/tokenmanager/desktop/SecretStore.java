package com.edfapay.tokenmanager.desktop;

import java.util.Optional;

/** Where a profile's API key is kept when the user asks to remember it. Blocking: call off the UI thread. */
public interface SecretStore {

    /** False when keys only live until the app closes (no OS keychain available). */
    boolean isPersistent();

    Optional<String> read(String profileId);

    void write(String profileId, String secret);

    void delete(String profileId);

    /** Thrown when the OS store refuses; the message never contains the secret. */
    final class SecretStoreException extends RuntimeException {
        public SecretStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
