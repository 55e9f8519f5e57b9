package com.edfapay.tokenmanager.ui.apitokens;

import java.util.Map;
import javafx.scene.control.Label;

/** The colour of a token's status, shared by the table's status chip and the detail pane. */
final class ApiTokenStatusStyle {

    private static final Map<ApiTokenRow.Status, String> STYLES = Map.of(
            ApiTokenRow.Status.ACTIVE, "status-active",
            ApiTokenRow.Status.DISABLED, "status-disabled",
            ApiTokenRow.Status.EXPIRED, "status-expired");

    private ApiTokenStatusStyle() {
    }

    /** Swaps the label's status style class; the label may be reused for another row. */
    static void apply(Label label, ApiTokenRow.Status status) {
        label.getStyleClass().removeAll(STYLES.values());
        label.getStyleClass().add(STYLES.get(status));
    }
}
