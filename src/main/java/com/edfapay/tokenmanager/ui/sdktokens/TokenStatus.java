package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.Messages;

/** What the table knows about one user's SDK token. */
public enum TokenStatus {
    LOADING,
    ACTIVE,
    DISABLED,
    NO_TOKEN,
    /** The token could not be read and no earlier state is known. */
    ERROR,
    /** An earlier state is shown, but the last attempt to refresh it failed. */
    STALE;

    /** As the table's chip and the status filter name it. */
    String label(Messages messages) {
        return messages.get("sdk.status." + name());
    }
}
