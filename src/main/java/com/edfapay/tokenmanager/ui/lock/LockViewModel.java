package com.edfapay.tokenmanager.ui.lock;

import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * The idle lock, without the toolkit. Input anywhere in the app ({@link #userActive}) pushes the deadline back;
 * when it passes, or the OS reports a screen lock or sleep ({@link #lockNow}), the app locks: every
 * {@link Concealer} runs (reveal, QR codes, the clipboard, open dialogs), and the lock screen names the profile
 * and environment. Unlocking asks for the session's API key again, compared in constant time, or is one click on
 * the local sandbox. Background work is never stopped; open dialogs are covered, not closed, so a show-once
 * secret is still there after unlock.
 */
public final class LockViewModel {

    /** Something to hide on lock and, where it applies, to show again on unlock. */
    public interface Concealer {
        void conceal();

        default void reveal() {
        }
    }

    private final TaskRunner tasks;
    private final Messages messages;
    private final LongSupplier clockMillis;
    private final List<Concealer> concealers = new CopyOnWriteArrayList<>();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper profileText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper needsKey = new ReadOnlyBooleanWrapper(true);
    private final StringProperty keyInput = new SimpleStringProperty("");
    private @Nullable Session session;
    private Duration idleAfter = Duration.ZERO;
    private long lastInput;
    private TaskRunner.@Nullable Cancellable timer;

    public LockViewModel(TaskRunner tasks, Messages messages, LongSupplier clockMillis) {
        this.tasks = tasks;
        this.messages = messages;
        this.clockMillis = clockMillis;
        this.lastInput = clockMillis.getAsLong();
    }

    public void addConcealer(Concealer concealer) {
        concealers.add(concealer);
    }

    public void removeConcealer(Concealer concealer) {
        concealers.remove(concealer);
    }

    /** The signed-in session to protect, or null on the Connect screen (nothing to lock there). */
    public void setSession(@Nullable Session signedIn) {
        this.session = signedIn;
        if (signedIn == null) {
            locked.set(false);
            keyInput.set("");
            problem.set("");
            cancelTimer();
            return;
        }
        needsKey.set(signedIn.environment() != Environment.LOCAL_SANDBOX);
        profileText.set(messages.get("lock.profile", signedIn.profileName(),
                messages.get("environment." + signedIn.environment().name())));
        userActive();
    }

    /** The idle period; zero turns the idle lock off (OS signals still lock). */
    public void setIdleAfter(Duration after) {
        this.idleAfter = after == null ? Duration.ZERO : after;
        cancelTimer();
        armTimer();
    }

    /** Any key or mouse input in any window of the app. Cheap: it only notes the time. */
    public void userActive() {
        lastInput = clockMillis.getAsLong();
        if (timer == null) {
            armTimer();
        }
    }

    private void armTimer() {
        if (session == null || locked.get() || idleAfter.isZero() || idleAfter.isNegative()) {
            return;
        }
        long due = lastInput + idleAfter.toMillis() - clockMillis.getAsLong();
        timer = tasks.schedule(Duration.ofMillis(Math.max(0, due)), this::timerFired);
    }

    private void timerFired() {
        timer = null;
        if (session == null || locked.get() || idleAfter.isZero()) {
            return;
        }
        if (clockMillis.getAsLong() - lastInput >= idleAfter.toMillis()) {
            lockNow();
        } else {
            armTimer();
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Locks now (the OS locked the screen or is going to sleep, the idle period passed, or the user asked). */
    public void lockNow() {
        Session current = session;
        if (current == null || locked.get()) {
            return;
        }
        cancelTimer();
        keyInput.set("");
        problem.set("");
        locked.set(true);
        for (Concealer concealer : concealers) {
            concealer.conceal();
        }
        current.activity().record(ActivityAction.LOCK, current.profileName(), current.identity().userId(),
                ActivityOutcome.SUCCEEDED, "");
    }

    /** Checks the typed key (or, on the local sandbox, nothing) and unlocks if it is the session's key. */
    public boolean unlock() {
        Session current = session;
        if (current == null || !locked.get()) {
            return false;
        }
        String typed = keyInput.get();
        keyInput.set("");
        if (needsKey.get() && !current.key().isKey(typed)) {
            problem.set(messages.get("lock.wrongKey"));
            current.activity().record(ActivityAction.UNLOCK, current.profileName(), current.identity().userId(),
                    ActivityOutcome.DENIED, "wrong key");
            return false;
        }
        problem.set("");
        locked.set(false);
        for (Concealer concealer : concealers) {
            concealer.reveal();
        }
        current.activity().record(ActivityAction.UNLOCK, current.profileName(), current.identity().userId(),
                ActivityOutcome.SUCCEEDED, "");
        userActive();
        return true;
    }

    /** From the lock screen: end the session instead of unlocking. */
    public void signOut() {
        Session current = session;
        if (current != null) {
            locked.set(false);
            for (Concealer concealer : concealers) {
                concealer.reveal();
            }
            current.end().signOut();
        }
    }

    public String unlockLabel() {
        return messages.get(needsKey.get() ? "lock.unlock" : "lock.unlock.sandbox");
    }

    public ReadOnlyBooleanProperty lockedProperty() { return locked.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty needsKeyProperty() { return needsKey.getReadOnlyProperty(); }
    public ReadOnlyStringProperty profileTextProperty() { return profileText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public StringProperty keyInputProperty() { return keyInput; }
}
