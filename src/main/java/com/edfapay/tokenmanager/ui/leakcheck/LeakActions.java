package com.edfapay.tokenmanager.ui.leakcheck;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.scan.Classification;
import com.edfapay.tokenmanager.scan.TokenKind;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Disable now, Replace now, and Disable every exposed active token. Each names its target and consequence before
 * it acts, settles every row of the same token at once, and is recorded in the activity log (names and ids only).
 */
final class LeakActions {

    /** Token changes at a time in "Disable every exposed active token". */
    static final int BULK_CONCURRENCY = 4;
    private static final int NAMES_SHOWN = 10;

    private final LeakCheckViewModel model;
    private final Messages messages;

    LeakActions(LeakCheckViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    static String tokenKey(LeakFindingRow row) {
        String owner = row.ownerId();
        return row.kind() + ":" + (owner != null ? owner : row.finding().sha256());
    }

    boolean canDisable(@Nullable LeakFindingRow row) {
        return row != null && !model.isRunning() && !row.busyProperty().get() && row.kind() == TokenKind.API_TOKEN
                && row.ownerId() != null && row.classificationProperty().get() == Classification.YOURS_ACTIVE;
    }

    boolean canReplace(@Nullable LeakFindingRow row) {
        Classification now = row == null ? null : row.classificationProperty().get();
        return row != null && !model.isRunning() && !row.busyProperty().get() && row.kind() == TokenKind.SDK_TOKEN
                && row.ownerId() != null && row.actionTextProperty().get().isEmpty()
                && (now == Classification.YOURS_ACTIVE || now == Classification.YOURS_INACTIVE);
    }

    private boolean isOwnKey(LeakFindingRow row) {
        Session.KeyFingerprint key = model.session().key();
        return row.kind() == TokenKind.API_TOKEN && key != null
                && key.matches(row.finding().prefix(), row.finding().last4());
    }

    private String where(LeakFindingRow row) {
        return row.finding().inHistory()
                ? messages.get("leak.where.history", row.path(), row.line(), row.commitText())
                : messages.get("leak.where.file", row.path(), row.line());
    }

    private String reason(LeakFindingRow row) {
        return messages.get("leak.reason", row.path());
    }

    // --- one API token ------------------------------------------------------------------------------------------

    void disable(@Nullable LeakFindingRow row) {
        String id = row == null ? null : row.ownerId();
        if (row == null || id == null || !canDisable(row)) {
            return;
        }
        boolean own = isOwnKey(row);
        String detail = messages.get("leak.disable.detail", where(row), reason(row))
                + (own ? "\n\n" + messages.get("leak.disable.ownKey") : "");
        if (!model.dialogs().confirm(new DialogService.Confirmation(messages.get("leak.disable.title"),
                messages.get("leak.disable.header", row.ownerText(), row.masked()), detail,
                messages.get("leak.disable.confirm"), true))) {
            return;
        }
        row.setBusy(true);
        model.changed();
        EdfaPayApi api = model.session().api();
        String reason = reason(row);
        model.tasks().run(() -> api.setApiTokenActive(id, false, reason), token -> {
            row.setBusy(false);
            model.settleSameToken(row, token.active() ? Classification.YOURS_ACTIVE : Classification.YOURS_INACTIVE,
                    messages.get("leak.action.disabled"));
            model.record(ActivityAction.DISABLE, row.ownerText(), id, ActivityOutcome.SUCCEEDED, reason);
            model.showSummary(StatusKind.SUCCESS, messages.get("leak.done.disabled", row.ownerText()));
            if (own) {
                model.dialogs().notify(messages.get("leak.ownKey.signedOut"));
                model.signOutAction().run();
            }
        }, failure -> {
            row.setBusy(false);
            model.changed();
            String why = model.errors().describe(failure);
            row.failed(why);
            model.record(ActivityAction.DISABLE, row.ownerText(), id, ActivityOutcome.FAILED, reason);
            model.showSummary(StatusKind.ERROR, messages.get("leak.failed.disable", row.ownerText(), why));
        });
    }

    // --- one SDK token ------------------------------------------------------------------------------------------

    void replace(@Nullable LeakFindingRow row) {
        String userId = row == null ? null : row.ownerId();
        if (row == null || userId == null || !canReplace(row)) {
            return;
        }
        if (!model.dialogs().confirm(new DialogService.Confirmation(messages.get("leak.replace.title"),
                messages.get("leak.replace.header", row.ownerText()),
                messages.get("leak.replace.detail", row.masked(), where(row)),
                messages.get("leak.replace.confirm"), true))) {
            return;
        }
        row.setBusy(true);
        model.changed();
        EdfaPayApi api = model.session().api();
        // The new token is not kept here: the user sees it (QR code, Copy) on the SDK Tokens tab.
        model.tasks().run(() -> api.generateSdkToken(userId).hasToken(), replaced -> {
            row.setBusy(false);
            model.settleSameToken(row, Classification.YOURS_INACTIVE, messages.get("leak.action.replaced"));
            model.record(ActivityAction.REPLACE, row.ownerText(), userId, ActivityOutcome.SUCCEEDED,
                    reason(row));
            model.showSummary(StatusKind.SUCCESS, messages.get("leak.done.replaced", row.ownerText()));
        }, failure -> {
            row.setBusy(false);
            model.changed();
            String why = model.errors().describe(failure);
            row.failed(why);
            model.record(ActivityAction.REPLACE, row.ownerText(), userId, ActivityOutcome.FAILED, reason(row));
            model.showSummary(StatusKind.ERROR, messages.get("leak.failed.replace", row.ownerText(), why));
        });
    }

    // --- every exposed active token -----------------------------------------------------------------------------

    void disableAll(List<LeakFindingRow> rows) {
        Map<String, LeakFindingRow> planned = new LinkedHashMap<>();
        List<LeakFindingRow> ownKey = new ArrayList<>();
        for (LeakFindingRow row : rows) {
            if (row.classificationProperty().get() != Classification.YOURS_ACTIVE || row.ownerId() == null) {
                continue;
            }
            if (isOwnKey(row)) {
                ownKey.add(row);
            } else {
                planned.putIfAbsent(tokenKey(row), row);
            }
        }
        if (planned.isEmpty()) {
            if (!ownKey.isEmpty()) {
                model.showSummary(StatusKind.ERROR, messages.get("leak.bulk.onlyOwnKey"));
            }
            return;
        }
        if (!model.dialogs().confirm(preview(List.copyOf(planned.values()), !ownKey.isEmpty()))) {
            return;
        }
        new Run(List.copyOf(planned.values())).start();
    }

    private DialogService.Confirmation preview(List<LeakFindingRow> planned, boolean ownKeyLeftOut) {
        StringBuilder text = new StringBuilder(messages.get("leak.bulk.consequence")).append("\n\n");
        planned.stream().limit(NAMES_SHOWN).forEach(row -> text.append("\u2022 ")
                .append(messages.get("leak.bulk.item", row.ownerText(), row.kindText(), row.masked(), row.path()))
                .append('\n'));
        if (planned.size() > NAMES_SHOWN) {
            text.append(messages.get("leak.bulk.andMore", planned.size() - NAMES_SHOWN)).append('\n');
        }
        if (ownKeyLeftOut) {
            text.append('\n').append(messages.get("leak.bulk.ownKeyLeftOut"));
        }
        return new DialogService.Confirmation(messages.get("leak.bulk.title"),
                messages.get("leak.bulk.header", planned.size()), text.toString().strip(),
                messages.get("leak.bulk.confirm", planned.size()), true);
    }

    /** Disables the planned tokens a bounded number at a time; one failure never stops the rest. */
    private final class Run {
        private final Deque<LeakFindingRow> queue;
        private final int total;
        private int inFlight;
        private int done;
        private int failed;

        Run(List<LeakFindingRow> planned) {
            this.queue = new ArrayDeque<>(planned);
            this.total = planned.size();
        }

        void start() {
            model.showSummary(StatusKind.PROGRESS, messages.get("leak.bulk.progress", 0, total));
            pump();
        }

        private void pump() {
            while (inFlight < BULK_CONCURRENCY && !queue.isEmpty()) {
                LeakFindingRow row = queue.removeFirst();
                String id = row.ownerId();
                if (id == null) {
                    continue;
                }
                inFlight++;
                row.setBusy(true);
        model.changed();
                EdfaPayApi api = model.session().api();
                String reason = reason(row);
                boolean api1 = row.kind() == TokenKind.API_TOKEN;
                model.tasks().run(() -> api1 ? api.setApiTokenActive(id, false, reason).active()
                        : api.setSdkTokenActive(id, false).token().active(), stillActive -> {
                    model.settleSameToken(row, stillActive ? Classification.YOURS_ACTIVE
                            : Classification.YOURS_INACTIVE, messages.get("leak.action.disabled"));
                    model.record(ActivityAction.BULK_ROW, row.ownerText(), id, ActivityOutcome.SUCCEEDED,
                            "DISABLE: " + reason);
                    complete(row, false);
                }, failure -> {
                    row.failed(model.errors().describe(failure));
                    model.record(ActivityAction.BULK_ROW, row.ownerText(), id, ActivityOutcome.FAILED,
                            "DISABLE: " + reason);
                    complete(row, true);
                });
            }
        }

        private void complete(LeakFindingRow row, boolean asFailure) {
            row.setBusy(false);
            model.changed();
            inFlight--;
            done++;
            if (asFailure) {
                failed++;
            }
            if (queue.isEmpty() && inFlight == 0) {
                model.showSummary(failed == 0 ? StatusKind.SUCCESS : StatusKind.ERROR,
                        messages.get("leak.bulk.finished", done - failed, total, failed));
            } else {
                model.showSummary(StatusKind.PROGRESS, messages.get("leak.bulk.progress", done, total));
                pump();
            }
        }
    }
}
