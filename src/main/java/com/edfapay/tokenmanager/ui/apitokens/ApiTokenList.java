package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.ui.apitokens.ApiTokensViewModel.Filter;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The tab's rows, the selected one, and the search and filter that decide which rows the table shows. */
final class ApiTokenList {

    private final Session session;
    private final ApiTokenMerchants merchants;
    private final ApiTokenTexts texts;

    private final ObservableList<ApiTokenRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ApiTokenRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<ApiTokenRow> visibleRows = new FilteredList<>(rows, row -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final ObjectProperty<ApiTokenRow> selected = new SimpleObjectProperty<>();
    /** Bumped whenever a row changes in place, so bindings over row state recompute. */
    private final ReadOnlyIntegerWrapper rowVersion = new ReadOnlyIntegerWrapper();

    ApiTokenList(Session session, ApiTokenMerchants merchants, ApiTokenTexts texts) {
        this.session = session;
        this.merchants = merchants;
        this.texts = texts;
        search.addListener((obs, old, now) -> applyFilter());
        filter.addListener((obs, old, now) -> applyFilter());
        rowVersion.addListener((obs, old, now) -> applyFilter());
    }

    ApiTokenRow rowFor(ApiToken token) {
        boolean own = session.key() != null && session.key().matches(token.prefix(), token.last4());
        return new ApiTokenRow(token, merchants.name(token.businessUnitId()), own, texts);
    }

    /** Replaces the rows with a fresh list, newest first, and keeps the selection on the same token. */
    void showAll(List<ApiToken> tokens) {
        String keep = selected.get() == null ? null : selected.get().id();
        List<ApiTokenRow> fresh = tokens.stream()
                .sorted(Comparator.comparing(ApiToken::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(this::rowFor)
                .toList();
        rows.setAll(fresh);
        selected.set(fresh.stream().filter(row -> row.id().equals(keep)).findFirst().orElse(null));
    }

    void clear() {
        rows.clear();
    }

    void addFirst(ApiTokenRow row) {
        rows.add(0, row);
    }

    /** Call after a row was updated in place. */
    void changed() {
        rowVersion.set(rowVersion.get() + 1);
    }

    /** After a merchant-name lookup: every row shows the best name now known. */
    void renameMerchants() {
        rows.forEach(row -> row.setMerchant(merchants.name(row.businessUnitId())));
        changed();
    }

    /** The names already taken at a merchant, so the Generate form can refuse a duplicate before the server does. */
    List<String> namesIn(String businessUnitId) {
        return rows.stream().filter(row -> businessUnitId.equals(row.businessUnitId()))
                .map(row -> row.token().name()).toList();
    }

    /** The name of the token that replaced this one, when it is in the list. */
    String replacementName(ApiTokenRow row) {
        String id = row == null ? null : row.token().replacedById();
        return id == null ? "" : rows.stream().filter(r -> r.id().equals(id)).map(r -> r.token().name())
                .findFirst().orElse("");
    }

    private void applyFilter() {
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        Filter which = filter.get() == null ? Filter.ALL : filter.get();
        visibleRows.setPredicate(row -> matches(row, which) && (needle.isEmpty() || text(row).contains(needle)));
    }

    private static boolean matches(ApiTokenRow row, Filter which) {
        return switch (which) {
            case ALL -> true;
            case ACTIVE -> row.statusProperty().get() == ApiTokenRow.Status.ACTIVE;
            case DISABLED -> row.statusProperty().get() != ApiTokenRow.Status.ACTIVE;
            case ATTENTION -> row.needsAttention();
        };
    }

    /** Everything the table shows of a row, so the search finds what the user can see. */
    private static String text(ApiTokenRow row) {
        return String.join(" ", row.nameProperty().get(), row.keyProperty().get(), row.merchantProperty().get(),
                row.createdProperty().get(), row.statusTextProperty().get(), row.flagsTextProperty().get())
                .toLowerCase(Locale.ROOT);
    }

    ObservableList<ApiTokenRow> rows() { return rowsView; }
    ObservableList<ApiTokenRow> visibleRows() { return visibleRows; }
    StringProperty searchProperty() { return search; }
    ObjectProperty<Filter> filterProperty() { return filter; }
    ObjectProperty<ApiTokenRow> selectedProperty() { return selected; }
    ReadOnlyIntegerProperty rowVersionProperty() { return rowVersion.getReadOnlyProperty(); }
}
