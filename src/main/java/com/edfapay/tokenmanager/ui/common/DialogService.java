package com.edfapay.tokenmanager.ui.common;

/** Every dialog, notification and hand-off to the desktop goes through here, so view-models stay testable. */
public interface DialogService {

    /** Asks before a consequential action; the texts name the target and the consequence. */
    boolean confirm(Confirmation confirmation);

    void showError(String title, String message);

    /** A short, non-blocking notice that disappears by itself. */
    void notify(String message);

    void openInBrowser(String url);

    record Confirmation(String title, String header, String detail, String confirmLabel, boolean destructive) {
    }
}
