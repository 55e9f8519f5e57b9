package com.edfapay.tokenmanager.desktop.activity;

/** How an action ended. */
public enum ActivityOutcome {
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** The server or the role rules refused it (403/404, or the app did not offer it to this role). */
    DENIED
}
