package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.function.Consumer;

/**
 * What ending a session does, however it ends (the shell's Sign out, a tab after a rejected key, after disabling
 * the connection's own key, Replace, Forget, the lock screen): our token leaves the clipboard, the end is recorded,
 * and in the background the API client is closed and, for Forget, the profile's keychain entry deleted; then the
 * session's log scrubber is removed. The composition root drops its references to the session right after.
 */
final class SessionCloser {

    private final TaskRunner tasks;
    private final ClipboardGuard clipboard;
    private final SecretStore secretStore;
    private final Consumer<Throwable> onFailure;

    SessionCloser(TaskRunner tasks, ClipboardGuard clipboard, SecretStore secretStore, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.clipboard = clipboard;
        this.secretStore = secretStore;
        this.onFailure = onFailure;
    }

    void end(Session ending, boolean forgetKey, Runnable unregisterScrubber) {
        clipboard.clearIfStillOurs();
        ending.activity().succeeded(forgetKey ? ActivityAction.FORGET_PROFILE : ActivityAction.SIGN_OUT,
                ending.profileName(), ending.identity().userId());
        String profileId = ending.profileId();
        tasks.run(() -> {
            closeClient(ending);
            if (forgetKey && profileId != null) {
                secretStore.delete(profileId);
            }
            return Boolean.TRUE;
        }, done -> unregisterScrubber.run(), failure -> {
            unregisterScrubber.run();
            onFailure.accept(failure);
        });
    }

    static void closeClient(Session session) throws Exception {
        if (session.api() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
