package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.ApiToken;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * One API token as the table shows it. The token itself is replaced by the server's answer after each action,
 * and every text follows; the row object stays, so selection and scroll position survive a one-row change.
 */
public final class ApiTokenRow {

    public enum Status { ACTIVE, DISABLED, EXPIRED }

    private final String id;
    private final ApiTokenTexts texts;
    private final boolean ownKey;
    private final ReadOnlyObjectWrapper<ApiToken> token = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper key = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper merchant = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.ACTIVE);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper createdLong = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastUsedLong = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expiresLong = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastUsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expires = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper disabledReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Set<ApiTokenFlags.Flag>> flags = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyStringWrapper flagsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();

    ApiTokenRow(ApiToken token, String merchantName, boolean ownKey, ApiTokenTexts texts) {
        this.id = token.id();
        this.texts = texts;
        this.ownKey = ownKey;
        this.merchant.set(merchantName == null ? "" : merchantName);
        update(token);
    }

    /** Takes the server's latest word on this token. */
    void update(ApiToken fresh) {
        if (!id.equals(fresh.id())) {
            throw new IllegalArgumentException("Another token's state cannot update this row");
        }
        token.set(fresh);
        name.set(fresh.name() == null ? "" : fresh.name());
        key.set(texts.key(fresh));
        boolean expired = ApiTokenFlags.isExpired(fresh, texts.now());
        status.set(!fresh.active() ? Status.DISABLED : expired ? Status.EXPIRED : Status.ACTIVE);
        statusText.set(texts.status(fresh));
        created.set(texts.createdShort(fresh));
        createdLong.set(texts.created(fresh));
        lastUsed.set(texts.lastUsedShort(fresh.lastUsedAt()));
        lastUsedLong.set(texts.lastUsed(fresh.lastUsedAt()));
        expires.set(texts.expiryShort(fresh));
        expiresLong.set(texts.expiry(fresh));
        disabledReason.set(fresh.disabledReason() == null ? "" : fresh.disabledReason());
        Set<ApiTokenFlags.Flag> now = ApiTokenFlags.of(fresh, texts.now());
        flags.set(now);
        flagsText.set(now.stream().map(texts::flagShort).collect(Collectors.joining(" \u00b7 ")));
        active.set(fresh.active());
    }

    void setMerchant(String merchantName) {
        merchant.set(merchantName == null ? "" : merchantName);
    }

    public String id() {
        return id;
    }

    public ApiToken token() {
        return token.get();
    }

    public @Nullable String businessUnitId() {
        return token.get().businessUnitId();
    }

    /** True when this is the very key this connection uses. */
    public boolean isOwnKey() {
        return ownKey;
    }

    public boolean hasFlag(ApiTokenFlags.Flag flag) {
        return flags.get().contains(flag);
    }

    public boolean needsAttention() {
        return !flags.get().isEmpty();
    }

    public ReadOnlyObjectProperty<ApiToken> tokenProperty() { return token.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyStringProperty keyProperty() { return key.getReadOnlyProperty(); }
    public ReadOnlyStringProperty merchantProperty() { return merchant.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Status> statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty createdProperty() { return created.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastUsedProperty() { return lastUsed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty expiresProperty() { return expires.getReadOnlyProperty(); }
    public ReadOnlyStringProperty createdLongProperty() { return createdLong.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastUsedLongProperty() { return lastUsedLong.getReadOnlyProperty(); }
    public ReadOnlyStringProperty expiresLongProperty() { return expiresLong.getReadOnlyProperty(); }
    public ReadOnlyStringProperty disabledReasonProperty() { return disabledReason.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Set<ApiTokenFlags.Flag>> flagsProperty() { return flags.getReadOnlyProperty(); }
    public ReadOnlyStringProperty flagsTextProperty() { return flagsText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    @Override
    public String toString() {
        return "ApiTokenRow[" + name.get() + ", " + key.get() + ", " + status.get() + "]";
    }
}
