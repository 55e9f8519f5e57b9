package com.edfapay.tokenmanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog;
import com.edfapay.tokenmanager.ui.ClosingApi;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import com.edfapay.tokenmanager.ui.session.SessionEnd;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every end of a session closes its client; Forget also deletes the remembered key. */
class SessionCloserTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final FakeSystemClipboard system = new FakeSystemClipboard();
    private final ClipboardGuard clipboard = new ClipboardGuard(system,
            (delay, action) -> tasks.schedule(delay, action)::cancel, () -> Duration.ofSeconds(30));
    private final MemorySecretStore secrets = new MemorySecretStore();
    private final MemoryActivityLog log = new MemoryActivityLog();
    private final List<Throwable> failures = new ArrayList<>();
    private final SessionCloser closer = new SessionCloser(tasks, clipboard, secrets, failures::add);

    private Session session(ClosingApi api, String profileId) {
        return new Session("Riyadh", Environment.PRODUCTION, "https://app-api.edfapay.com", api, api.identity,
                Session.KeyFingerprint.of("edfa_key")).withProfileId(profileId)
                .wiredTo(new SessionActivity(log, Clock.systemUTC(), "Riyadh", "PRODUCTION", "MERCHANT"),
                        SessionEnd.NONE);
    }

    @Test
    void signingOutClosesTheClientClearsOurTokenAndKeepsTheRememberedKey() {
        ClosingApi api = new ClosingApi();
        secrets.write("p-1", "edfa_remembered");
        clipboard.copySecret("0123456789ABCDEF".repeat(4));
        int[] unregistered = {0};
        closer.end(session(api, "p-1"), false, () -> unregistered[0]++);
        assertThat(api.closed).isEqualTo(1);
        assertThat(system.text).isNull();
        assertThat(secrets.read("p-1")).contains("edfa_remembered");
        assertThat(unregistered[0]).isEqualTo(1);
        assertThat(log.read()).extracting(ActivityEntry::action).containsExactly(ActivityAction.SIGN_OUT);
    }

    @Test
    void forgetClosesTheClientAndDeletesTheKeychainEntry() {
        ClosingApi api = new ClosingApi();
        secrets.write("p-1", "edfa_remembered");
        closer.end(session(api, "p-1"), true, () -> { });
        assertThat(api.closed).isEqualTo(1);
        assertThat(secrets.read("p-1")).isEmpty();
        assertThat(log.read()).extracting(ActivityEntry::action).containsExactly(ActivityAction.FORGET_PROFILE);
        assertThat(failures).isEmpty();
    }

    @Test
    void aClientThatFailsToCloseIsReportedAndTheScrubberStillGoes() {
        ClosingApi api = new ClosingApi() {
            @Override
            public void close() {
                throw new IllegalStateException("socket already gone");
            }
        };
        int[] unregistered = {0};
        closer.end(session(api, null), false, () -> unregistered[0]++);
        assertThat(failures).hasSize(1);
        assertThat(unregistered[0]).isEqualTo(1);
    }
}
