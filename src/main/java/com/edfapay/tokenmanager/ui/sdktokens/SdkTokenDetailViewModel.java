package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SecretMask;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * What the detail pane shows for the selected row and which actions its state allows (Copy and QR need a token;
 * Enable/Disable needs a known active or disabled token; nothing while the row is busy). The pane's controller binds
 * to these properties once; this class follows the selection and the row's changes.
 */
public final class SdkTokenDetailViewModel {

    private static final String DASH = "\u2014";

    private final Messages messages;
    private final SdkTokensViewModel owner;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper username = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper type = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trsm = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper terminal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TokenStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper maskedToken = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasToken = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper noTokenShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper copyDisabled = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper qrDisabled = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper generateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper generateDisabled = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper toggleText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper toggleIcon = new ReadOnlyStringWrapper("mdal-block");
    private final ReadOnlyBooleanWrapper toggleDisabled = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper refreshDisabled = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper qrButtonText = new ReadOnlyStringWrapper("");
    private final InvalidationListener rowChanged = obs -> update();
    private @Nullable SdkTokenRow row;

    SdkTokenDetailViewModel(SdkTokensViewModel owner, ObjectProperty<SdkTokenRow> selected, Messages messages) {
        this.owner = owner;
        this.messages = messages;
        selected.addListener((obs, old, now) -> follow(now));
        owner.qrShownProperty().addListener(obs -> update());
        follow(selected.get());
    }

    private void follow(@Nullable SdkTokenRow next) {
        if (row != null) {
            for (Observable property : observed(row)) {
                property.removeListener(rowChanged);
            }
        }
        row = next;
        if (row != null) {
            for (Observable property : observed(row)) {
                property.addListener(rowChanged);
            }
        }
        update();
    }

    private static Observable[] observed(SdkTokenRow row) {
        return new Observable[] {row.statusProperty(), row.last4Property(), row.busyProperty(), row.problemProperty(),
                row.trsmProperty(), row.terminalIdProperty(), row.deviceIdProperty()};
    }

    private void update() {
        SdkTokenRow current = row;
        boolean visible = current != null && !current.isPlaceholder();
        shown.set(visible);
        qrButtonText.set(messages.get(owner.qrShownProperty().get() ? "sdk.action.qrHide" : "sdk.action.qr"));
        if (current == null || !visible) {
            status.set(current == null ? null : TokenStatus.LOADING);
            for (ReadOnlyBooleanWrapper disabled : new ReadOnlyBooleanWrapper[] {copyDisabled, qrDisabled,
                    generateDisabled, toggleDisabled, refreshDisabled}) {
                disabled.set(true);
            }
            hasToken.set(false);
            noTokenShown.set(false);
            return;
        }
        TokenStatus state = current.statusProperty().get();
        boolean busy = current.busyProperty().get();
        boolean token = current.hasToken();
        name.set(current.displayName());
        username.set(current.username().isEmpty() ? DASH : current.username());
        type.set(owner.rowTypeLabel(current.userType()));
        unit.set(current.businessUnitName());
        trsm.set(orDash(current.trsmProperty().get()));
        terminal.set(orDash(current.terminalIdProperty().get()));
        device.set(orDash(current.deviceIdProperty().get()));
        status.set(state);
        statusText.set(owner.statusLabel(state));
        problem.set(current.problemProperty().get());
        maskedToken.set(SecretMask.maskLast4(current.last4()));
        hasToken.set(token);
        noTokenShown.set(!token && state == TokenStatus.NO_TOKEN);
        copyDisabled.set(!token || busy);
        qrDisabled.set(!token);
        generateText.set(messages.get(token ? "sdk.action.replace" : "sdk.action.generate"));
        generateDisabled.set(busy || state == TokenStatus.LOADING);
        toggleText.set(messages.get(state == TokenStatus.ACTIVE ? "sdk.action.disable" : "sdk.action.enable"));
        toggleIcon.set(state == TokenStatus.ACTIVE ? "mdal-block" : "mdal-check_circle");
        toggleDisabled.set(!token || busy || (state != TokenStatus.ACTIVE && state != TokenStatus.DISABLED));
        refreshDisabled.set(busy);
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isEmpty() ? DASH : value;
    }

    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyStringProperty usernameProperty() { return username.getReadOnlyProperty(); }
    public ReadOnlyStringProperty typeProperty() { return type.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unitProperty() { return unit.getReadOnlyProperty(); }
    public ReadOnlyStringProperty trsmProperty() { return trsm.getReadOnlyProperty(); }
    public ReadOnlyStringProperty terminalProperty() { return terminal.getReadOnlyProperty(); }
    public ReadOnlyStringProperty deviceProperty() { return device.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TokenStatus> statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty maskedTokenProperty() { return maskedToken.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasTokenProperty() { return hasToken.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty noTokenShownProperty() { return noTokenShown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty copyDisabledProperty() { return copyDisabled.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty qrDisabledProperty() { return qrDisabled.getReadOnlyProperty(); }
    public ReadOnlyStringProperty generateTextProperty() { return generateText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty generateDisabledProperty() { return generateDisabled.getReadOnlyProperty(); }
    public ReadOnlyStringProperty toggleTextProperty() { return toggleText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty toggleIconProperty() { return toggleIcon.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty toggleDisabledProperty() { return toggleDisabled.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty refreshDisabledProperty() { return refreshDisabled.getReadOnlyProperty(); }
    public ReadOnlyStringProperty qrButtonTextProperty() { return qrButtonText.getReadOnlyProperty(); }
}
