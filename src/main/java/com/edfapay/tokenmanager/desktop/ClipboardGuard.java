package com.edfapay.tokenmanager.desktop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one way secrets reach the clipboard. It marks them concealed and clears the clipboard after a delay, on
 * lock and on exit, but only while the clipboard still holds that secret, so something the user copied
 * afterwards is never wiped. It remembers a hash of the secret, not the secret.
 */
public final class ClipboardGuard {

    public static final Duration DEFAULT_CLEAR_AFTER = Duration.ofSeconds(30);

    /** Runs an action later on the UI thread; returns a handle that cancels it. */
    @FunctionalInterface
    public interface Scheduler {
        Runnable schedule(Duration delay, Runnable action);
    }

    /** Hears when a secret goes onto the clipboard and when the guard lets go of it (for a countdown). */
    public interface Listener {
        void copied(Duration clearsAfter);

        void released();
    }

    private final java.util.List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final SystemClipboard clipboard;
    private final Scheduler scheduler;
    private final Supplier<Duration> clearAfter;
    private byte @Nullable [] copiedHash;
    private @Nullable Runnable pendingClear;
    private Runnable whenCleared = () -> { };

    public ClipboardGuard(SystemClipboard clipboard, Scheduler scheduler, Supplier<Duration> clearAfter) {
        this.clipboard = Objects.requireNonNull(clipboard);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.clearAfter = Objects.requireNonNull(clearAfter);
    }

    /** Called after the guard has cleared the clipboard, to tell the user. */
    public void whenCleared(Runnable listener) {
        this.whenCleared = Objects.requireNonNull(listener);
    }

    /** Copies a secret and arranges for it to disappear; returns how long it will stay. */
    public Duration copySecret(@Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("Nothing to copy");
        }
        cancelPendingClear();
        clipboard.putText(secret, true);
        copiedHash = hash(secret);
        Duration delay = clearAfter.get();
        pendingClear = scheduler.schedule(delay, this::clearIfStillOurs);
        listeners.forEach(listener -> listener.copied(delay));
        return delay;
    }

    /** Clears the clipboard now if it still holds what we put there (idle lock, sign-out, exit). */
    public void clearIfStillOurs() {
        cancelPendingClear();
        byte[] ourHash = copiedHash;
        if (ourHash == null) {
            return;
        }
        boolean ours = clipboard.readText().map(text -> Arrays.equals(hash(text), ourHash)).orElse(false);
        copiedHash = null;
        if (ours) {
            clipboard.clear();
            whenCleared.run();
        }
        listeners.forEach(Listener::released);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** True while a secret copied by the app may still be on the clipboard. */
    public boolean isHoldingSecret() {
        return copiedHash != null;
    }

    private void cancelPendingClear() {
        Runnable pending = pendingClear;
        if (pending != null) {
            pending.run();
            pendingClear = null;
        }
    }

    private static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
