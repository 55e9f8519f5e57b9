package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.session.RoleAccess;
import java.util.List;

/** Which selected rows a bulk action would change, which it skips, and the preview the user confirms. */
record BulkPlan(BulkAction action, List<SdkTokenRow> planned, List<SdkTokenRow> skipped) {

    private static final int NAMES_SHOWN = 10;

    static BulkPlan of(BulkAction action, List<SdkTokenRow> selection) {
        List<SdkTokenRow> chosen = List.copyOf(selection);
        return new BulkPlan(action, chosen.stream().filter(action::appliesTo).toList(),
                chosen.stream().filter(row -> !action.appliesTo(row)).toList());
    }

    /** Names the rows (the first ten), the consequence, and how many are skipped; enabling is not destructive. */
    DialogService.Confirmation confirmation(Messages messages) {
        StringBuilder text = new StringBuilder(messages.get("bulk.consequence." + action.name())).append("\n\n");
        planned.stream().limit(NAMES_SHOWN).forEach(row -> text.append("\u2022 ").append(row.displayName())
                .append(" (").append(RoleAccess.typeLabel(messages, row.userType())).append(")\n"));
        if (planned.size() > NAMES_SHOWN) {
            text.append(messages.get("bulk.andMore", planned.size() - NAMES_SHOWN)).append('\n');
        }
        if (!skipped.isEmpty()) {
            text.append('\n').append(messages.get("bulk.skippedCount", skipped.size()));
        }
        return new DialogService.Confirmation(messages.get("bulk.title." + action.name()),
                messages.get("bulk.header." + action.name(), planned.size()), text.toString(),
                messages.get("bulk.confirm." + action.name(), planned.size()), action != BulkAction.ENABLE);
    }
}
