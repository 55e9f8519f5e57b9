package com.edfapay.tokenmanager.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.Secret;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import com.edfapay.tokenmanager.ui.session.SessionEnd;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LockViewModelTest {

    private static final String KEY = "edfa_ProductionKeyOfThisProfile0000000000001";

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final MemoryActivityLog log = new MemoryActivityLog();
    private final FakeSystemClipboard systemClipboard = new FakeSystemClipboard();
    private final ClipboardGuard clipboard = new ClipboardGuard(systemClipboard,
            (delay, action) -> tasks.schedule(delay, action)::cancel, () -> Duration.ofSeconds(30));
    private final List<String> events = new ArrayList<>();
    private int signOuts;
    private LockViewModel lock;

    @BeforeEach
    void setUp() {
        lock = new LockViewModel(tasks, messages, now::get);
        lock.addConcealer(clipboard::clearIfStillOurs);
        lock.addConcealer(new LockViewModel.Concealer() {
            @Override
            public void conceal() {
                events.add("conceal");
            }

            @Override
            public void reveal() {
                events.add("reveal");
            }
        });
    }

    private Session session(Environment environment) {
        FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
        SessionActivity activity = new SessionActivity(log, Clock.systemUTC(), "Riyadh production",
                environment.name(), "MERCHANT");
        return new Session("Riyadh production", environment, "https://app-api.edfapay.com", api, api.identity,
                Session.KeyFingerprint.of(KEY)).wiredTo(activity, new SessionEnd() {
                    @Override
                    public void signOut() {
                        signOuts++;
                    }

                    @Override
                    public void forgetKeyAndSignOut() {
                    }
                });
    }

    /** Lets the fake clock and the task runner's timers move on together. */
    private void elapse(Duration amount) {
        now.addAndGet(amount.toMillis());
        tasks.elapse(amount);
    }

    @Test
    void locksAfterTheIdlePeriodAndInputPushesTheDeadlineBack() {
        lock.setSession(session(Environment.PRODUCTION));
        lock.setIdleAfter(Duration.ofMinutes(5));

        elapse(Duration.ofMinutes(4));
        lock.userActive();
        elapse(Duration.ofMinutes(4));
        assertThat(lock.lockedProperty().get()).as("input 4 minutes ago").isFalse();
        elapse(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(lock.profileTextProperty().get()).isEqualTo("Profile \u201cRiyadh production\u201d \u00b7 "
                + "EdfaPay production");
        assertThat(events).containsExactly("conceal");
    }

    @Test
    void offMeansNoTimerButAnOsSignalStillLocks() {
        lock.setSession(session(Environment.PRODUCTION));
        lock.setIdleAfter(Duration.ZERO);
        elapse(Duration.ofHours(3));
        assertThat(lock.lockedProperty().get()).isFalse();
        assertThat(tasks.scheduledCount()).isZero();

        lock.lockNow();
        assertThat(lock.lockedProperty().get()).isTrue();
    }

    @Test
    void nothingLocksOnTheConnectScreen() {
        lock.setIdleAfter(Duration.ofMinutes(1));
        elapse(Duration.ofMinutes(10));
        lock.lockNow();
        assertThat(lock.lockedProperty().get()).isFalse();
        assertThat(events).isEmpty();
    }

    @Test
    void lockingClearsOurTokenFromTheClipboardButNotWhatTheUserCopiedLater() {
        lock.setSession(session(Environment.PRODUCTION));
        clipboard.copySecret("ABCDEF0123456789".repeat(4));
        lock.lockNow();
        assertThat(systemClipboard.text).isNull();

        lock.keyInputProperty().set(KEY);
        lock.unlock();
        clipboard.copySecret("FEDCBA9876543210".repeat(4));
        systemClipboard.putText("the user's own text", false);
        lock.lockNow();
        assertThat(systemClipboard.text).isEqualTo("the user's own text");
    }

    @Test
    void unlockNeedsTheProfilesKeyAndSaysSoWhenItIsWrong() {
        lock.setSession(session(Environment.PRODUCTION));
        lock.lockNow();
        assertThat(lock.needsKeyProperty().get()).isTrue();

        lock.keyInputProperty().set("edfa_NotTheKey");
        assertThat(lock.unlock()).isFalse();
        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(lock.problemProperty().get()).isEqualTo("That is not the key this profile signed in with.");
        assertThat(lock.keyInputProperty().get()).as("the typed key is not kept").isEmpty();
        lock.keyInputProperty().set("");
        assertThat(lock.unlock()).isFalse();

        lock.keyInputProperty().set("  " + KEY + " ");
        assertThat(lock.unlock()).isTrue();
        assertThat(lock.lockedProperty().get()).isFalse();
        assertThat(lock.problemProperty().get()).isEmpty();
        assertThat(events).containsExactly("conceal", "reveal");
        assertThat(log.read()).extracting(ActivityEntry::action, ActivityEntry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ActivityAction.LOCK, ActivityOutcome.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple(ActivityAction.UNLOCK, ActivityOutcome.DENIED),
                org.assertj.core.groups.Tuple.tuple(ActivityAction.UNLOCK, ActivityOutcome.DENIED),
                org.assertj.core.groups.Tuple.tuple(ActivityAction.UNLOCK, ActivityOutcome.SUCCEEDED));
        assertThat(log.read().toString()).doesNotContain(KEY).doesNotContain("edfa_NotTheKey");
    }

    @Test
    void theLocalSandboxUnlocksWithOneClick() {
        lock.setSession(session(Environment.LOCAL_SANDBOX));
        lock.lockNow();
        assertThat(lock.needsKeyProperty().get()).isFalse();
        assertThat(lock.unlockLabel()).isEqualTo("Unlock (local sandbox)");
        assertThat(lock.unlock()).isTrue();
    }

    @Test
    void aShowOnceSecretSurvivesTheLockAndIsBackAfterUnlock() {
        // The show-once dialog holds the secret until its own window closes; the lock covers it, never closes it.
        Secret secret = Secret.of("edfa_GeneratedSecretShownOnce0000000000000");
        boolean[] dialogOpen = {true};
        lock.addConcealer(new LockViewModel.Concealer() {
            @Override
            public void conceal() {
                events.add("cover dialogs");
            }

            @Override
            public void reveal() {
                events.add("uncover dialogs");
            }
        });
        lock.setSession(session(Environment.PRODUCTION));
        lock.lockNow();
        assertThat(dialogOpen[0]).isTrue();
        assertThat(secret.isWiped()).isFalse();
        lock.keyInputProperty().set(KEY);
        lock.unlock();
        assertThat(events).containsExactly("conceal", "cover dialogs", "reveal", "uncover dialogs");
        assertThat(secret.isWiped()).isFalse();
        assertThat(secret.reveal()).isEqualTo("edfa_GeneratedSecretShownOnce0000000000000");
    }

    @Test
    void afterUnlockTheTimerStartsAgainAndSignOutFromTheLockScreenEndsTheSession() {
        lock.setSession(session(Environment.PRODUCTION));
        lock.setIdleAfter(Duration.ofMinutes(1));
        elapse(Duration.ofMinutes(2));
        assertThat(lock.lockedProperty().get()).isTrue();
        lock.keyInputProperty().set(KEY);
        lock.unlock();
        elapse(Duration.ofSeconds(59));
        assertThat(lock.lockedProperty().get()).isFalse();
        elapse(Duration.ofSeconds(2));
        assertThat(lock.lockedProperty().get()).isTrue();

        lock.signOut();
        assertThat(signOuts).isEqualTo(1);
        assertThat(lock.lockedProperty().get()).isFalse();
    }
}
