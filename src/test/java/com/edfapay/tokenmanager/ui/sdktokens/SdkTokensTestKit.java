package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.SystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Duration;

/** What the SDK Tokens tab's view-model tests share: a session on a fake API, the clipboard, the batcher's clock. */
final class SdkTokensTestKit {

    private SdkTokensTestKit() {
    }

    /** A signed-in session on {@code api} (a local sandbox URL that is never called: the API is the fake). */
    static Session session(FakeEdfaPayApi api) {
        return new Session("test", Environment.LOCAL_SANDBOX, "http://127.0.0.1:1", api, api.identity,
                Session.KeyFingerprint.of("edfa_1234567890abcdef"));
    }

    /** A clipboard guard that clears after 30 s of the runner's fake clock. */
    static ClipboardGuard clipboard(SystemClipboard system, SameThreadTaskRunner tasks) {
        return new ClipboardGuard(system, (delay, action) -> tasks.schedule(delay, action)::cancel,
                () -> Duration.ofSeconds(30));
    }

    /** Lets every batched update reach the "table": the fake clock moves on until nothing is scheduled. */
    static void settle(SameThreadTaskRunner tasks) {
        for (int i = 0; i < 50 && tasks.scheduledCount() > 0; i++) {
            tasks.elapse(UpdateBatcher.INTERVAL);
        }
    }

    /** The loaded row of {@code userId}. */
    static SdkTokenRow row(SdkTokensViewModel vm, String userId) {
        return vm.rows().stream().filter(r -> !r.isPlaceholder() && r.userId().equals(userId)).findFirst()
                .orElseThrow();
    }
}
