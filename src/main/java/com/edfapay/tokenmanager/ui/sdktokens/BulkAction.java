package com.edfapay.tokenmanager.ui.sdktokens;

/** What a bulk run does to each selected row, and which rows it applies to. */
public enum BulkAction {
    DISABLE,
    ENABLE,
    REPLACE;

    /** Rows for which this action changes nothing are left out of the plan (and listed as skipped). */
    boolean appliesTo(SdkTokenRow row) {
        return switch (this) {
            case DISABLE -> row.statusProperty().get() == TokenStatus.ACTIVE;
            case ENABLE -> row.statusProperty().get() == TokenStatus.DISABLED;
            case REPLACE -> row.hasToken() || row.statusProperty().get() == TokenStatus.NO_TOKEN;
        };
    }
}
