package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.SdkTokenStatusChange;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What can be done to one user's SDK token: copy, generate or replace, enable or disable, re-read. Each action
 * names its target and consequence before it runs, and updates only that row from the server's answer.
 */
final class SdkTokenRowActions {

    private final EdfaPayApi api;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final ClipboardGuard clipboard;
    /** Answers that arrive after a reload (a newer generation) are dropped. */
    private final LongSupplier generation;
    private final Runnable onKeyRejected;
    private final HeldToken held;
    /** Told of each row an action changed, so what is known of its token stays current. */
    private final java.util.function.Consumer<SdkTokenRow> changed;
    private final SessionActivity activity;

    SdkTokenRowActions(EdfaPayApi api, TaskRunner tasks, Messages messages, DialogService dialogs,
                       ClipboardGuard clipboard, LongSupplier generation, Runnable onKeyRejected, HeldToken held,
                       java.util.function.Consumer<SdkTokenRow> changed, SessionActivity activity) {
        this.activity = activity;
        this.held = held;
        this.changed = changed;
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.generation = generation;
        this.onKeyRejected = onKeyRejected;
    }

    /** Reads the token (unless the selected row's is held) and puts it on the guarded clipboard. */
    void copy(SdkTokenRow row) {
        if (row == null || row.isPlaceholder() || !row.hasToken() || row.busyProperty().get()) {
            return;
        }
        held.withToken(row, token -> {
            Duration stays = clipboard.copySecret(token);
            activity.succeeded(ActivityAction.COPY, row.displayName(), row.userId());
            dialogs.notify(messages.get("secret.copied", stays.toSeconds()));
        }, this::readFailed);
    }

    /** Fetches the selected row's token so reveal or QR can show it; {@code then} runs once it is held. */
    void fetchForShow(SdkTokenRow row, Runnable then) {
        if (row == null || row.isPlaceholder() || !row.hasToken()) {
            return;
        }
        held.withToken(row, token -> then.run(), this::readFailed);
    }

    private void readFailed(SdkTokenRow row, Throwable failure) {
        row.failed(errors.describe(failure));
        if (ErrorMessages.isKeyRejected(failure)) {
            onKeyRejected.run();
        }
        dialogs.showError(messages.get("error.title"), errors.describe(failure));
    }

    /** Generate for a user without a token; Replace (after a warning) for one with a token. */
    void generateOrReplace(SdkTokenRow row) {
        if (row == null || row.isPlaceholder() || row.busyProperty().get()) {
            return;
        }
        boolean replacing = row.hasToken();
        String name = row.displayName();
        boolean confirmed = dialogs.confirm(replacing
                ? new DialogService.Confirmation(messages.get("sdk.replace.title"),
                        messages.get("sdk.replace.header", name), messages.get("sdk.replace.detail", name),
                        messages.get("sdk.replace.confirm"), true)
                : new DialogService.Confirmation(messages.get("sdk.generate.title"),
                        messages.get("sdk.generate.header", name), messages.get("sdk.generate.detail"),
                        messages.get("sdk.generate.confirm"), false));
        if (!confirmed) {
            return;
        }
        act(row, replacing ? ActivityAction.REPLACE : ActivityAction.GENERATE,
                () -> api.generateSdkToken(row.userId()), answer -> {
            row.apply(answer);
            held.hold(row, answer);
            changed.accept(row);
            dialogs.notify(messages.get(replacing ? "sdk.replaced" : "sdk.generated", name));
        });
    }

    /** Disable an active token or enable a disabled one, through the toggle-safe call. */
    void toggle(SdkTokenRow row) {
        if (row == null || row.isPlaceholder() || row.busyProperty().get() || !row.hasToken()) {
            return;
        }
        setActive(row, !row.isActive());
    }

    /** The Delete key: disable the selected token (never enable). */
    void disable(SdkTokenRow row) {
        if (row != null && row.isActive() && !row.busyProperty().get()) {
            setActive(row, false);
        }
    }

    private void setActive(SdkTokenRow row, boolean target) {
        String name = row.displayName();
        String kind = target ? "enable" : "disable";
        boolean confirmed = dialogs.confirm(new DialogService.Confirmation(
                messages.get("sdk." + kind + ".title"), messages.get("sdk." + kind + ".header", name),
                messages.get("sdk." + kind + ".detail", name), messages.get("sdk." + kind + ".confirm"), !target));
        if (!confirmed) {
            return;
        }
        act(row, target ? ActivityAction.ENABLE : ActivityAction.DISABLE,
                () -> api.setSdkTokenActive(row.userId(), target), (SdkTokenStatusChange change) -> {
            row.apply(change.token());
            changed.accept(row);
            String doneKey = switch (change.outcome()) {
                case ALREADY_IN_STATE -> "sdk.already." + kind;
                case CHANGED -> "sdk.done." + kind;
                case CHANGED_ANSWER_LOST -> "sdk.doneAnswerLost." + kind;
            };
            dialogs.notify(messages.get(doneKey, name));
        });
    }

    /** Re-reads one row; a failure marks it stale rather than showing old data as fresh. */
    void refresh(SdkTokenRow row) {
        if (row != null && !row.isPlaceholder() && !row.busyProperty().get()) {
            act(row, null, () -> api.getSdkToken(row.userId()), answer -> {
                row.apply(answer);
                changed.accept(row);
                if (held.isHeld()) {
                    held.hold(row, answer);
                }
            });
        }
    }

    /** Runs one row's call; {@code recorded} names the action for the activity log (null for a re-read). */
    private <T> void act(SdkTokenRow row, @Nullable ActivityAction recorded, Callable<T> call,
                         java.util.function.Consumer<T> onSuccess) {
        row.setBusy(true);
        long current = generation.getAsLong();
        tasks.run(call, answer -> {
            row.setBusy(false);
            if (recorded != null) {
                activity.succeeded(recorded, row.displayName(), row.userId());
            }
            if (current == generation.getAsLong()) {
                onSuccess.accept(answer);
            }
        }, failure -> {
            row.setBusy(false);
            if (recorded != null) {
                activity.failed(recorded, row.displayName(), row.userId(), failure);
            }
            if (current != generation.getAsLong()) {
                return;
            }
            if (failure instanceof EdfaPayException.UnexpectedState state) {
                state.actual().ifPresent(row::apply);
            } else {
                row.failed(errors.describe(failure));
            }
            if (ErrorMessages.isKeyRejected(failure)) {
                onKeyRejected.run();
            }
            dialogs.showError(messages.get("error.title"), errors.describe(failure));
        });
    }
}
