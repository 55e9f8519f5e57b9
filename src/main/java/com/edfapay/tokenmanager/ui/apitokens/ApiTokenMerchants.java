package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import org.jspecify.annotations.Nullable;

/**
 * Which merchant the tab lists and generates for, and the names its rows show for merchant ids. A merchant user
 * has no picker ({@code scope == null}) and always works on its own merchant.
 */
final class ApiTokenMerchants {

    static final int LOOKUP_PAGE = 500;

    private final ApiTokenServices services;
    private final @Nullable MerchantScopeViewModel scope;
    private final ObjectProperty<MerchantSummary> selection = new SimpleObjectProperty<>();
    private final Map<String, String> names = new HashMap<>();

    ApiTokenMerchants(ApiTokenServices services, @Nullable MerchantScopeViewModel scope) {
        this.services = services;
        this.scope = scope;
        var identity = services.session().identity();
        if (identity.businessUnitId() != null && identity.businessUnitName() != null) {
            names.put(identity.businessUnitId(), identity.businessUnitName());
        }
        if (scope != null) {
            selection.bind(scope.selectedProperty());
        }
    }

    /** True for a partner, who picks the merchant; the pick is {@link #selection()}. */
    boolean hasPicker() {
        return scope != null;
    }

    ObservableObjectValue<MerchantSummary> selection() {
        return selection;
    }

    /** A partner on "All merchants": rows of several merchants, so they need a merchant column. */
    boolean showsAllMerchants() {
        return scope != null && selection.get() == null;
    }

    /** The merchant the list shows: the partner's pick (null = all in scope), else the caller's own scope. */
    @Nullable String listScope() {
        if (scope == null) {
            return null;
        }
        MerchantSummary picked = selection.get();
        return picked == null ? null : picked.id();
    }

    /** The merchant a new token belongs to; null when a partner is on "All merchants" (Generate is disabled). */
    @Nullable String generationTarget() {
        if (scope == null) {
            return services.session().identity().businessUnitId();
        }
        MerchantSummary picked = selection.get();
        return picked == null ? null : picked.id();
    }

    /** The merchant's name, or its short id when no list seen so far has named it. */
    String name(@Nullable String businessUnitId) {
        String known = knownName(businessUnitId);
        if (known != null) {
            return known;
        }
        String shortId = businessUnitId == null ? "?" : businessUnitId.substring(0, Math.min(8, businessUnitId.length()));
        return services.messages().get("api.merchant.unknown", shortId);
    }

    /** A partner's "All merchants" list shows merchant names; look up the ones the picker has not loaded. */
    void lookUpMissing(List<ApiTokenRow> rows, Runnable whenFound) {
        if (scope == null) {
            return;
        }
        boolean missing = rows.stream().anyMatch(row -> knownName(row.businessUnitId()) == null);
        if (!missing) {
            return;
        }
        var identity = services.session().identity();
        String partnerId = identity.partnerId() != null ? identity.partnerId() : identity.businessUnitId();
        services.tasks().run(() -> services.api().searchMerchants(MerchantQuery.all(PageRequest.first(LOOKUP_PAGE))
                        .withPartnerId(partnerId)),
                page -> {
                    page.content().forEach(m -> names.put(m.id(), m.name()));
                    whenFound.run();
                },
                failure -> { /* the short id stays; the list itself is fine */ });
    }

    private @Nullable String knownName(@Nullable String businessUnitId) {
        if (businessUnitId == null) {
            return null;
        }
        String known = names.get(businessUnitId);
        if (known != null) {
            return known;
        }
        if (scope != null) {
            MerchantSummary picked = scope.selectedProperty().get();
            if (picked != null && businessUnitId.equals(picked.id())) {
                return picked.name();
            }
            return scope.results().stream().filter(m -> businessUnitId.equals(m.id())).map(MerchantSummary::name)
                    .findFirst().orElse(null);
        }
        return null;
    }
}
