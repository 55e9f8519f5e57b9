package com.edfapay.tokenmanager.ui.scope;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SortDirection;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The partner's merchant picker, shared by both tabs. It searches on the server page by page, so it stays fast
 * with thousands of merchants; {@code null} as the selection means "All merchants".
 */
public final class MerchantScopeViewModel {

    static final int PAGE_SIZE = 50;
    static final Duration DEBOUNCE = Duration.ofMillis(250);

    private final EdfaPayApi api;
    private final @Nullable String partnerId;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;

    private final ObjectProperty<MerchantSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<MerchantSummary> results = FXCollections.observableArrayList();
    private final ObservableList<MerchantSummary> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyLongWrapper totalMatches = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding selectedLabel;

    private @Nullable PageRequest lastPage;
    private TaskRunner.@Nullable Cancellable pendingSearch;
    private TaskRunner.@Nullable Cancellable running;

    public MerchantScopeViewModel(EdfaPayApi api, @Nullable String partnerId, TaskRunner tasks, Messages messages) {
        this.api = api;
        this.partnerId = partnerId;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.selectedLabel = Bindings.createStringBinding(() -> label(selected.get()), selected);
        query.addListener((obs, old, now) -> scheduleSearch());
    }

    /** Loads the first page; call once when the picker is shown. */
    public void start() {
        search();
    }

    private void scheduleSearch() {
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        pendingSearch = tasks.schedule(DEBOUNCE, this::search);
    }

    private void search() {
        load(new PageRequest(0, PAGE_SIZE, "name", SortDirection.ASC), true);
    }

    public void loadMore() {
        if (hasMore.get() && !loading.get() && lastPage != null) {
            load(lastPage.next(), false);
        }
    }

    private void load(PageRequest page, boolean replace) {
        if (running != null) {
            running.cancel();
        }
        String text = query.get() == null || query.get().isBlank() ? null : query.get().trim();
        loading.set(true);
        running = tasks.run(
                () -> api.searchMerchants(new MerchantQuery(page, text, partnerId, null)),
                result -> show(page, result, replace),
                failure -> {
                    loading.set(false);
                    error.set(errors.describe(failure));
                });
    }

    private void show(PageRequest page, Page<MerchantSummary> result, boolean replace) {
        lastPage = page;
        if (replace) {
            results.setAll(result.content());
        } else {
            results.addAll(result.content());
        }
        totalMatches.set(result.totalElements());
        hasMore.set(!result.last());
        loading.set(false);
        error.set("");
    }

    public void selectAll() {
        selected.set(null);
    }

    public void select(MerchantSummary merchant) {
        selected.set(merchant);
    }

    public String label(@Nullable MerchantSummary merchant) {
        return merchant == null ? messages.get("scope.allMerchants") : merchant.name();
    }

    public ObjectProperty<MerchantSummary> selectedProperty() { return selected; }
    public StringProperty queryProperty() { return query; }
    public ObservableList<MerchantSummary> results() { return resultsView; }
    public ReadOnlyLongProperty totalMatchesProperty() { return totalMatches.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public StringBinding selectedLabelProperty() { return selectedLabel; }
}
