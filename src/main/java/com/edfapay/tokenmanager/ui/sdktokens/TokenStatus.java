package com.edfapay.tokenmanager.ui.sdktokens;

/** What the table knows about one user's SDK token. */
public enum TokenStatus {
    LOADING,
    ACTIVE,
    DISABLED,
    NO_TOKEN,
    /** The token could not be read and no earlier state is known. */
    ERROR,
    /** An earlier state is shown, but the last attempt to refresh it failed. */
    STALE
}
