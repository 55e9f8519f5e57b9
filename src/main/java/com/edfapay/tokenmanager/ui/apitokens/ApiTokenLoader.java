package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Loads the token list, and again whenever a partner picks another merchant. A server without the endpoints
 * answers "not offered", which switches the tab to the connection-key fallback instead of showing an error.
 */
final class ApiTokenLoader {

    private final ApiTokenServices services;
    private final ApiTokenList list;
    private final ApiTokenMerchants merchants;
    private final ApiTokenProgress progress;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper notOffered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private TaskRunner.@Nullable Cancellable loadTask;

    ApiTokenLoader(ApiTokenServices services, ApiTokenList list, ApiTokenMerchants merchants,
                   ApiTokenProgress progress) {
        this.services = services;
        this.list = list;
        this.merchants = merchants;
        this.progress = progress;
    }

    void start() {
        if (merchants.hasPicker()) {
            merchants.selection().addListener((obs, old, now) -> {
                if (!notOffered.get()) {
                    load();
                }
            });
        }
        load();
    }

    /** Drops the answer of a list still in flight. */
    void dispose() {
        if (loadTask != null) {
            loadTask.cancel();
        }
    }

    void load() {
        if (loadTask != null) {
            loadTask.cancel();
        }
        String businessUnitId = merchants.listScope();
        loading.set(true);
        loadError.set("");
        progress.clearProblem();
        loadTask = services.tasks().run(() -> services.api().listApiTokens(businessUnitId), this::show, failure -> {
            loading.set(false);
            if (failure instanceof EdfaPayException.NotOffered) {
                list.clear();
                notOffered.set(true);
                return;
            }
            loadError.set(services.errors().describe(failure));
            progress.fail(failure, this::load);
        });
    }

    private void show(List<ApiToken> tokens) {
        list.showAll(tokens);
        loading.set(false);
        notOffered.set(false);
        ApiTokenTexts texts = services.texts();
        progress.show(StatusKind.NONE, services.messages().get("api.status.loaded", texts.dateTime(texts.now())));
        merchants.lookUpMissing(list.rows(), list::renameMerchants);
    }

    ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty notOfferedProperty() { return notOffered.getReadOnlyProperty(); }
    ReadOnlyStringProperty loadErrorProperty() { return loadError.getReadOnlyProperty(); }
}
