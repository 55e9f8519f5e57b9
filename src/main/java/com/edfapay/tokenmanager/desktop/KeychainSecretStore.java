package com.edfapay.tokenmanager.desktop;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux) via java-keyring. Every
 * call runs on one daemon thread with a time limit: java-keyring is known to hang where no Secret Service
 * answers (or one waits on a prompt), and a hung keychain must never hang the app.
 */
public final class KeychainSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeychainSecretStore.class);
    /** The service name under which entries are stored ({@code secret-tool lookup service <this> account <id>}). */
    public static final String SERVICE = "EdfaPay Token Manager";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final Keyring keyring;
    private final ExecutorService worker;
    private final Duration timeout;

    private KeychainSecretStore(Keyring keyring, ExecutorService worker, Duration timeout) {
        this.keyring = keyring;
        this.worker = worker;
        this.timeout = timeout;
    }

    /**
     * The keychain if this desktop offers one that answers within the default time limit, else empty. Probing
     * reads a missing entry, which a working store answers without prompting.
     */
    public static Optional<SecretStore> open() {
        return open(DEFAULT_TIMEOUT);
    }

    public static Optional<SecretStore> open(Duration timeout) {
        return open(timeout, Keyring::create);
    }

    /** {@code factory} makes the keyring (java-keyring's {@code Keyring.create}; tests pass one that hangs). */
    static Optional<SecretStore> open(Duration timeout, Callable<Keyring> factory) {
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "keychain");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Keyring keyring = call(worker, timeout, () -> {
                Keyring created = factory.call();
                try {
                    created.getPassword(SERVICE, "probe");
                } catch (PasswordAccessException missing) {
                    // A missing entry is the normal answer of a working store.
                }
                return created;
            });
            return Optional.of(new KeychainSecretStore(keyring, worker, timeout));
        } catch (TimeoutException e) {
            LOG.info("The OS keychain did not answer within {} s; API keys will be kept in memory only",
                    timeout.toSeconds());
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.info("No OS keychain available ({}); API keys will be kept in memory only",
                    e.getClass().getSimpleName());
        } catch (Exception e) {
            LOG.info("No OS keychain available ({}); API keys will be kept in memory only",
                    e.getClass().getSimpleName());
        }
        worker.shutdownNow();
        return Optional.empty();
    }

    private static <T> T call(ExecutorService worker, Duration timeout, Callable<T> work) throws Exception {
        Future<T> future = worker.submit(work);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    @Override
    public boolean isPersistent() {
        return true;
    }

    @Override
    public Optional<String> read(String profileId) {
        try {
            return Optional.ofNullable(call(worker, timeout, () -> keyring.getPassword(SERVICE, profileId)));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw new SecretStoreException("The system keychain did not give the API key back ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public void write(String profileId, String secret) {
        try {
            call(worker, timeout, () -> {
                keyring.setPassword(SERVICE, profileId, secret);
                return Boolean.TRUE;
            });
        } catch (Exception e) {
            throw new SecretStoreException("The system keychain refused to store the API key ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public void delete(String profileId) {
        try {
            call(worker, timeout, () -> {
                keyring.deletePassword(SERVICE, profileId);
                return Boolean.TRUE;
            });
        } catch (PasswordAccessException e) {
            LOG.debug("Nothing to delete in the keychain for a profile");
        } catch (Exception e) {
            throw new SecretStoreException("The system keychain did not delete the API key ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
