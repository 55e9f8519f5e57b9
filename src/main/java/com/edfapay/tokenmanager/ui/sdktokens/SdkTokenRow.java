package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * One user of the table and what is known of their SDK token. The token value is held only so that Copy, reveal
 * and QR can work without another request; it is never shown unmasked unless the user holds the reveal control.
 */
public final class SdkTokenRow {

    private final UserSummary user;
    private final ObjectProperty<TokenStatus> status = new SimpleObjectProperty<>(TokenStatus.LOADING);
    private final StringProperty token = new SimpleStringProperty();
    private final StringProperty trsm = new SimpleStringProperty("");
    private final StringProperty terminalId = new SimpleStringProperty("");
    private final StringProperty deviceId = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SdkTokenRow(UserSummary user) {
        this.user = user;
    }

    /** Properties whose change must re-run filters and sorting of the table. */
    Observable[] observables() {
        return new Observable[] {status, token};
    }

    void apply(SdkToken answer) {
        token.set(answer.hasToken() ? answer.token() : null);
        trsm.set(nullToEmpty(answer.trsm()));
        terminalId.set(nullToEmpty(answer.terminalId()));
        deviceId.set(nullToEmpty(answer.deviceId()));
        problem.set("");
        if (!answer.hasToken()) {
            status.set(TokenStatus.NO_TOKEN);
        } else {
            status.set(answer.active() ? TokenStatus.ACTIVE : TokenStatus.DISABLED);
        }
    }

    /** A failed read keeps what was known but says it may be out of date. */
    void failed(String message) {
        problem.set(message);
        TokenStatus current = status.get();
        boolean known = current == TokenStatus.ACTIVE || current == TokenStatus.DISABLED
                || current == TokenStatus.NO_TOKEN || current == TokenStatus.STALE;
        status.set(known ? TokenStatus.STALE : TokenStatus.ERROR);
    }

    void loading() {
        if (status.get() == TokenStatus.ERROR) {
            status.set(TokenStatus.LOADING);
        }
    }

    public UserSummary user() { return user; }
    public String userId() { return user.id(); }
    public String displayName() { return user.displayName(); }
    public String username() { return user.username() == null ? "" : user.username(); }
    public @Nullable UserType userType() { return user.userType(); }
    public String businessUnitName() { return nullToEmpty(user.businessUnitName()); }
    public boolean hasToken() { return token.get() != null; }
    public String last4() {
        String value = token.get();
        return value == null ? "" : value.substring(Math.max(0, value.length() - 4));
    }
    public boolean isActive() { return status.get() == TokenStatus.ACTIVE; }

    public ReadOnlyObjectProperty<TokenStatus> statusProperty() { return status; }
    public ReadOnlyStringProperty tokenProperty() { return token; }
    public ReadOnlyStringProperty trsmProperty() { return trsm; }
    public ReadOnlyStringProperty terminalIdProperty() { return terminalId; }
    public ReadOnlyStringProperty deviceIdProperty() { return deviceId; }
    public ReadOnlyStringProperty problemProperty() { return problem; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    void setBusy(boolean value) { busy.set(value); }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "SdkTokenRow[" + user.id() + ", " + status.get() + "]";
    }
}
