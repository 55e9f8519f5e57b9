package com.edfapay.tokenmanager.ui.sdktokens;

import static com.edfapay.tokenmanager.api.Strings.nullToEmpty;

import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.api.sweep.SweepResult;
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
 * One user of the table and what is known of their SDK token: status, last 4 characters and device fields. The
 * token itself is never kept here; Copy, reveal and QR fetch it when they need it (see {@link HeldToken}).
 * A row whose user page has not arrived yet is a {@linkplain #isPlaceholder() placeholder}.
 */
public final class SdkTokenRow {

    private static final UserSummary NOBODY = new UserSummary("", "", null, "", "", null, null, null, null, null);

    private final UserSummary user;
    private final int index;
    private final boolean placeholder;
    private final ObjectProperty<TokenStatus> status = new SimpleObjectProperty<>(TokenStatus.LOADING);
    private final StringProperty last4 = new SimpleStringProperty("");
    private final StringProperty trsm = new SimpleStringProperty("");
    private final StringProperty terminalId = new SimpleStringProperty("");
    private final StringProperty deviceId = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SdkTokenRow(UserSummary user) {
        this(user, -1, false);
    }

    SdkTokenRow(UserSummary user, int index) {
        this(user, index, false);
    }

    private SdkTokenRow(UserSummary user, int index, boolean placeholder) {
        this.user = user;
        this.index = index;
        this.placeholder = placeholder;
    }

    /** Stands for a row whose page is still on its way. */
    static SdkTokenRow placeholder() {
        return new SdkTokenRow(NOBODY, -1, true);
    }

    /** Keeps status, last 4 and device fields of the answer; the token itself is not kept. */
    void apply(SdkToken answer) {
        apply(!answer.hasToken() ? TokenStatus.NO_TOKEN : answer.active() ? TokenStatus.ACTIVE : TokenStatus.DISABLED,
                answer.last4(), answer.trsm(), answer.terminalId(), answer.deviceId());
    }

    void apply(SweepResult result) {
        switch (result.status()) {
            case ACTIVE -> apply(TokenStatus.ACTIVE, result.last4(), result.trsm(), result.terminalId(),
                    result.deviceId());
            case DISABLED -> apply(TokenStatus.DISABLED, result.last4(), result.trsm(), result.terminalId(),
                    result.deviceId());
            case NO_TOKEN -> apply(TokenStatus.NO_TOKEN, "", result.trsm(), result.terminalId(), result.deviceId());
            case FAILED -> failed(result.failure() == null ? "" : String.valueOf(result.failure().getMessage()));
        }
    }

    void apply(KnownToken known) {
        apply(known.status(), known.last4(), known.trsm(), known.terminalId(), known.deviceId());
    }

    private void apply(TokenStatus newStatus, String newLast4, @Nullable String newTrsm,
                       @Nullable String newTerminalId, @Nullable String newDeviceId) {
        last4.set(newLast4);
        trsm.set(nullToEmpty(newTrsm));
        terminalId.set(nullToEmpty(newTerminalId));
        deviceId.set(nullToEmpty(newDeviceId));
        problem.set("");
        status.set(newStatus);
    }

    /** A failed read keeps what was known but says it may be out of date. */
    void failed(String message) {
        problem.set(message);
        status.set(isKnown() ? TokenStatus.STALE : TokenStatus.ERROR);
    }

    /** What this row knows, for a later page load of the same user; null while nothing is known. */
    @Nullable KnownToken known() {
        TokenStatus current = status.get();
        if (current != TokenStatus.ACTIVE && current != TokenStatus.DISABLED && current != TokenStatus.NO_TOKEN) {
            return null;
        }
        return new KnownToken(current, last4.get(), trsm.get(), terminalId.get(), deviceId.get());
    }

    /** Whether a status has been read at least once (a stale row still knows its last one). */
    boolean isKnown() {
        TokenStatus current = status.get();
        return current == TokenStatus.ACTIVE || current == TokenStatus.DISABLED || current == TokenStatus.NO_TOKEN
                || current == TokenStatus.STALE;
    }

    public boolean isPlaceholder() { return placeholder; }
    /** Position in the list the row was loaded into; -1 for placeholders and rows made outside a list. */
    int index() { return index; }
    public UserSummary user() { return user; }
    public String userId() { return user.id(); }
    public String displayName() { return placeholder ? "" : user.displayName(); }
    public String username() { return user.username() == null ? "" : user.username(); }
    public @Nullable UserType userType() { return user.userType(); }
    public String businessUnitName() { return nullToEmpty(user.businessUnitName()); }
    public @Nullable String businessUnitId() { return user.businessUnitId(); }
    /** Whether the user has a token (known from the last read); the token itself is not held here. */
    public boolean hasToken() { return !last4.get().isEmpty(); }
    public String last4() { return last4.get(); }
    public boolean isActive() { return status.get() == TokenStatus.ACTIVE; }

    public ReadOnlyObjectProperty<TokenStatus> statusProperty() { return status; }
    public ReadOnlyStringProperty last4Property() { return last4; }
    public ReadOnlyStringProperty trsmProperty() { return trsm; }
    public ReadOnlyStringProperty terminalIdProperty() { return terminalId; }
    public ReadOnlyStringProperty deviceIdProperty() { return deviceId; }
    public ReadOnlyStringProperty problemProperty() { return problem; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    void setBusy(boolean value) { busy.set(value); }

    @Override
    public String toString() {
        return placeholder ? "SdkTokenRow[placeholder]" : "SdkTokenRow[" + user.id() + ", " + status.get() + "]";
    }
}
