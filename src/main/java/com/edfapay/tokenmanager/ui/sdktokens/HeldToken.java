package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The one SDK token the tab holds: the selected row's, fetched when Copy, reveal or QR needs it and dropped as soon
 * as the selection moves (or the tab reloads). Rows never hold a token; 100,000 of them would otherwise keep
 * 100,000 secrets in memory for a whole session.
 */
final class HeldToken {

    interface Failure {
        void failed(SdkTokenRow row, Throwable failure);
    }

    private final EdfaPayApi api;
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper token = new ReadOnlyStringWrapper();
    private @Nullable SdkTokenRow heldFor;
    private @Nullable SdkTokenRow selected;
    private int fetches;

    HeldToken(EdfaPayApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
    }

    /** The selection moved: whatever was held is dropped. */
    void select(@Nullable SdkTokenRow row) {
        selected = row;
        drop();
    }

    void drop() {
        heldFor = null;
        token.set(null);
    }

    /** Keeps a token an action's answer carried (generate, replace) while its row stays selected. */
    void hold(SdkTokenRow row, SdkToken answer) {
        if (row == selected && answer.hasToken()) {
            heldFor = row;
            token.set(answer.token());
        } else if (row == heldFor) {
            drop();
        }
    }

    /**
     * Hands {@code row}'s token to {@code use}: the one held, or a fresh read (which also refreshes the row). Does
     * nothing when the selection has moved on before the answer came.
     */
    void withToken(SdkTokenRow row, Consumer<String> use, Failure onFailure) {
        String held = token.get();
        if (row == heldFor && held != null) {
            use.accept(held);
            return;
        }
        fetches++;
        row.setBusy(true);
        tasks.run(() -> api.getSdkToken(row.userId()), answer -> {
            row.setBusy(false);
            row.apply(answer);
            if (row != selected) {
                return;
            }
            hold(row, answer);
            String value = token.get();
            if (value != null) {
                use.accept(value);
            }
        }, failure -> {
            row.setBusy(false);
            onFailure.failed(row, failure);
        });
    }

    boolean isHeld() {
        return token.get() != null;
    }

    /** Token reads made for Copy, reveal and QR. */
    int fetches() {
        return fetches;
    }

    ReadOnlyStringProperty tokenProperty() {
        return token.getReadOnlyProperty();
    }
}
