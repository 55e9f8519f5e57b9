package com.edfapay.tokenmanager.ui.common;

import com.edfapay.tokenmanager.api.Secret;
import java.util.Optional;
import java.util.function.Supplier;

/** Every dialog, notification and hand-off to the desktop goes through here, so view-models stay testable. */
public interface DialogService {

    /** Asks before a consequential action; the texts name the target and the consequence. */
    boolean confirm(Confirmation confirmation);

    void showError(String title, String message);

    /** A short, non-blocking notice that disappears by itself. */
    void notify(String message);

    void openInBrowser(String url);

    /** Lets the user pick a folder (the leak check); empty when cancelled. {@code initial} may be null. */
    Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.@org.jspecify.annotations.Nullable Path initial);
    /**
     * Asks where to save a file (the Activity tab's CSV export); empty when the user cancels. A service that cannot
     * ask (a headless tool) answers empty, as if cancelled.
     */
    default Optional<java.nio.file.Path> askSaveFile(String title, String suggestedName, String filterLabel,
                                                     String extension) {
        return Optional.empty();
    }

    record Confirmation(String title, String header, String detail, String confirmLabel, boolean destructive) {
    }

    // --- API tokens tab -------------------------------------------------------------------------------------

    /**
     * Shows a freshly generated secret once: masked (revealed only while held), Copy, and an "I have stored this
     * token" confirmation without which closing asks again. Returns when the window is closed; the caller wipes
     * the secret afterwards, and the dialog keeps no reference to it.
     */
    void showSecretOnce(SecretOnce request);

    /**
     * Shows the dialog registered for this form's type (e.g. a new API token's name and expiry), bound to the
     * form's view-model; true when the user confirmed it.
     */
    boolean askForm(Object form);

    /** Asks for a required, non-blank reason (e.g. why a token is disabled); empty when cancelled. */
    Optional<String> askReason(ReasonRequest request);

    /** {@code copy} puts the secret on the clipboard (through the clipboard guard) and returns what to tell the user. */
    record SecretOnce(String title, String header, String detail, Secret secret, Supplier<String> copy) {
    }

    record ReasonRequest(String title, String header, String detail, String prompt, String confirmLabel,
                         boolean destructive) {
    }
}
