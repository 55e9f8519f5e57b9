package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The busy flag, the status line and the offer to retry that all of the tab's calls share: only one call runs at
 * a time, and the last one to finish says how it went.
 */
final class ApiTokenProgress {

    private final ErrorMessages errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keyRejected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper retryAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private @Nullable Runnable retryAction;

    ApiTokenProgress(ErrorMessages errors) {
        this.errors = errors;
    }

    /** A one-row action starts: the buttons lock until {@link #finished()}. */
    void begin(String text) {
        busy.set(true);
        clearProblem();
        show(StatusKind.PROGRESS, text);
    }

    void finished() {
        busy.set(false);
    }

    void show(StatusKind kind, String text) {
        statusKind.set(kind);
        status.set(text);
    }

    /** Says what went wrong; only a failure that may pass by itself is worth a Retry button. */
    void fail(Throwable failure, @Nullable Runnable retry) {
        show(StatusKind.ERROR, errors.describe(failure));
        keyRejected.set(ErrorMessages.isKeyRejected(failure));
        boolean transientFailure = failure instanceof EdfaPayException.NetworkFailure
                || failure instanceof EdfaPayException.Timeout
                || failure instanceof EdfaPayException.ServerError
                || failure instanceof EdfaPayException.RateLimited;
        retryAction = transientFailure ? retry : null;
        retryAvailable.set(retryAction != null);
    }

    void clearProblem() {
        retryAction = null;
        retryAvailable.set(false);
        keyRejected.set(false);
    }

    void retry() {
        Runnable action = retryAction;
        clearProblem();
        if (action != null) {
            action.run();
        }
    }

    ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty keyRejectedProperty() { return keyRejected.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty retryAvailableProperty() { return retryAvailable.getReadOnlyProperty(); }
    ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<StatusKind> statusKindProperty() { return statusKind.getReadOnlyProperty(); }
}
