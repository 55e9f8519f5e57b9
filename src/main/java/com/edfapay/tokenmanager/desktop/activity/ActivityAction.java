package com.edfapay.tokenmanager.desktop.activity;

/**
 * What was done. The desktop app, the command line and the leak check all write to the same log, so the list
 * covers all of them; add a value rather than reuse one with a different meaning.
 */
public enum ActivityAction {
    SIGN_IN,
    SIGN_OUT,
    TEST_CONNECTION,
    FORGET_PROFILE,
    GENERATE,
    COPY,
    REVEAL,
    QR_SHOWN,
    REPLACE,
    ENABLE,
    DISABLE,
    ROTATE,
    /** One row of a bulk run; the entry's detail names the bulk action (for example {@code DISABLE}). */
    BULK_ROW,
    EXPORT,
    SCAN,
    LOCK,
    UNLOCK
}
