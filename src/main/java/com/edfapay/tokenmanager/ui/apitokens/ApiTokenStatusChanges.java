package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import org.jspecify.annotations.Nullable;

/**
 * Disable (with a reason) and Enable of the selected token. Disabling the key this connection signs in with
 * needs an extra confirmation, and afterwards ends the session, because every further call would be refused.
 */
final class ApiTokenStatusChanges {

    private final ApiTokenServices services;
    private final Messages messages;
    private final ApiTokenList list;
    private final ApiTokenProgress progress;
    private final ObservableBooleanValue canDisable;
    private final ObservableBooleanValue canEnable;

    ApiTokenStatusChanges(ApiTokenServices services, ApiTokenList list, ApiTokenProgress progress,
                          ObservableBooleanValue canDisable, ObservableBooleanValue canEnable) {
        this.services = services;
        this.messages = services.messages();
        this.list = list;
        this.progress = progress;
        this.canDisable = canDisable;
        this.canEnable = canEnable;
    }

    void disableSelected() {
        ApiTokenRow row = list.selectedProperty().get();
        if (row == null || !canDisable.get()) {
            return;
        }
        ApiToken token = row.token();
        DialogService dialogs = services.dialogs();
        if (row.isOwnKey() && !dialogs.confirm(new DialogService.Confirmation(
                messages.get("api.ownKey.title"),
                messages.get("api.ownKey.header", token.name()),
                messages.get("api.ownKey.detail"),
                messages.get("api.ownKey.confirm"), true))) {
            return;
        }
        Optional<String> reason = dialogs.askReason(new DialogService.ReasonRequest(
                messages.get("api.disable.title"),
                messages.get("api.disable.header", token.name(), services.texts().key(token)),
                messages.get("api.disable.detail"),
                messages.get("api.disable.reason"),
                messages.get("api.disable.confirm"), true));
        reason.map(String::trim).filter(text -> !text.isEmpty())
                .ifPresent(text -> setActive(row, false, text));
    }

    void enableSelected() {
        ApiTokenRow row = list.selectedProperty().get();
        if (row == null || !canEnable.get()) {
            return;
        }
        ApiToken token = row.token();
        if (services.dialogs().confirm(new DialogService.Confirmation(
                messages.get("api.enable.title"),
                messages.get("api.enable.header", token.name(), services.texts().key(token)),
                messages.get("api.enable.detail"),
                messages.get("api.enable.confirm"), false))) {
            setActive(row, true, null);
        }
    }

    private void setActive(ApiTokenRow row, boolean active, @Nullable String reason) {
        progress.begin(messages.get(active ? "api.status.enabling" : "api.status.disabling", row.token().name()));
        ActivityAction recorded = active ? ActivityAction.ENABLE : ActivityAction.DISABLE;
        services.tasks().run(() -> services.api().setApiTokenActive(row.id(), active, reason), token -> {
            services.session().activity().succeeded(recorded, token.name(), token.id());
            progress.finished();
            row.update(token);
            list.changed();
            progress.show(StatusKind.SUCCESS, messages.get(
                    token.active() ? "api.status.enabled" : "api.status.disabled", token.name()));
            if (!token.active() && row.isOwnKey()) {
                services.dialogs().notify(messages.get("api.ownKey.signedOut"));
                services.signOut().run();
            }
        }, failure -> {
            services.session().activity().failed(recorded, row.token().name(), row.id(), failure);
            progress.finished();
            // The call states the target state, so doing it again is safe.
            progress.fail(failure, () -> setActive(row, active, reason));
        });
    }
}
