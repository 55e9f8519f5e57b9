package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The API Tokens tab: the merchant's tokens (or, for a partner, the picked merchant's or all of them), with
 * Generate, Disable, Enable and Rotate; and, against a server without the endpoints, the explanation and the
 * connection's own key. Every call runs through the {@link TaskRunner}; one-row actions replace only that row
 * with the server's answer.
 *
 * <p>This class is the one surface the view and the tests see: it owns the bindings that decide which actions
 * are enabled and hands the work to {@link ApiTokenLoader}, {@link ApiTokenGeneration},
 * {@link ApiTokenStatusChanges} and {@link ConnectionKeyFallback}.
 */
public final class ApiTokensViewModel {

    /** Where API tokens are managed when the server does not offer the endpoints and its dashboard is unknown. */
    public static final String FALLBACK_DASHBOARD = "https://app.edfapay.com";

    public enum Filter { ALL, ACTIVE, DISABLED, ATTENTION }

    private final Messages messages;
    private final ApiTokenTexts texts;
    private final Runnable signOut;
    private final ApiTokenProgress progress;
    private final ApiTokenMerchants merchants;
    private final ApiTokenList list;
    private final ApiTokenLoader loader;
    private final ApiTokenGeneration generation;
    private final ApiTokenStatusChanges statusChanges;
    private final ConnectionKeyFallback fallback;

    private final BooleanBinding showsMerchantColumn;
    private final BooleanBinding canGenerate;
    private final StringBinding generateTooltip;
    private final BooleanBinding canDisable;
    private final BooleanBinding canEnable;
    private final BooleanBinding canRotate;
    private final StringBinding summary;

    public ApiTokensViewModel(Session session, @Nullable MerchantScopeViewModel scope, TaskRunner tasks, Messages messages,
                              DialogService dialogs, ClipboardGuard clipboard, Clock clock, Runnable signOut) {
        this.messages = messages;
        this.texts = new ApiTokenTexts(messages, clock);
        this.signOut = signOut;
        ApiTokenServices services = new ApiTokenServices(session, session.api(), tasks, messages,
                new ErrorMessages(messages), dialogs, texts, signOut);
        progress = new ApiTokenProgress(services.errors());
        merchants = new ApiTokenMerchants(services, scope);
        list = new ApiTokenList(session, merchants, texts);
        loader = new ApiTokenLoader(services, list, merchants, progress);

        ReadOnlyBooleanProperty busy = progress.busyProperty();
        showsMerchantColumn = Bindings.createBooleanBinding(merchants::showsAllMerchants, merchants.selection());
        canGenerate = Bindings.createBooleanBinding(
                () -> !busy.get() && !loader.notOfferedProperty().get() && !loader.loadingProperty().get()
                        && merchants.generationTarget() != null,
                busy, loader.notOfferedProperty(), loader.loadingProperty(), merchants.selection());
        generateTooltip = Bindings.createStringBinding(() -> merchants.generationTarget() == null
                        ? messages.get("api.generate.pickMerchant")
                        : messages.get("api.generate.tooltip", merchants.name(merchants.generationTarget())),
                merchants.selection());
        canDisable = selectionAllows(row -> row.token().active());
        canEnable = selectionAllows(row -> !row.token().active());
        canRotate = selectionAllows(row -> row.token().active()
                && !ApiTokenFlags.isExpired(row.token(), texts.now()));
        summary = Bindings.createStringBinding(() -> {
            List<ApiTokenRow> rows = list.rows();
            long attention = rows.stream().filter(ApiTokenRow::needsAttention).count();
            return attention == 0 ? messages.get("api.summary", rows.size())
                    : messages.get("api.summary.attention", rows.size(), attention);
        }, list.rows(), list.rowVersionProperty());

        generation = new ApiTokenGeneration(services, list, merchants, progress, clipboard, canGenerate, canRotate);
        statusChanges = new ApiTokenStatusChanges(services, list, progress, canDisable, canEnable);
        fallback = new ConnectionKeyFallback(services);
    }

    /** An action on the selected row is offered only when nothing else runs and the row's state allows it. */
    private BooleanBinding selectionAllows(Predicate<ApiTokenRow> rule) {
        return Bindings.createBooleanBinding(() -> {
            ApiTokenRow row = list.selectedProperty().get();
            return row != null && !progress.busyProperty().get() && rule.test(row);
        }, list.selectedProperty(), progress.busyProperty(), list.rowVersionProperty());
    }

    /** Loads the list, and again whenever a partner picks another merchant. */
    public void start() {
        loader.start();
    }

    /** Drops the answer of a list still in flight; call when the session ends. */
    public void dispose() {
        loader.dispose();
    }

    // --- Actions ---------------------------------------------------------------------------------------------

    public void refresh() { loader.load(); }
    public void generate() { generation.generate(); }
    public void rotateSelected() { generation.rotateSelected(); }
    public void disableSelected() { statusChanges.disableSelected(); }
    public void enableSelected() { statusChanges.enableSelected(); }
    public void retry() { progress.retry(); }

    /** After a 401: the key was revoked, so the only way on is to connect again. */
    public void signOutToReconnect() {
        signOut.run();
    }

    // --- Filtering and the detail pane -----------------------------------------------------------------------

    public String filterLabel(Filter value) {
        return value == null ? "" : messages.get("api.filter." + value.name());
    }

    public List<Filter> filters() {
        return List.of(Filter.values());
    }

    /** One sentence per flag of the row, for the detail pane. */
    public List<FlagNote> flagNotes(ApiTokenRow row) {
        if (row == null) {
            return List.of();
        }
        Set<ApiTokenFlags.Flag> flags = row.flagsProperty().get();
        return flags.stream().map(flag -> new FlagNote(flag, texts.flagShort(flag), texts.flagDetail(flag)))
                .collect(Collectors.toList());
    }

    public record FlagNote(ApiTokenFlags.Flag flag, String title, String detail) {
    }

    /** The name of the token that replaced this one, when it is in the list. */
    public String replacementName(ApiTokenRow row) {
        return list.replacementName(row);
    }

    /** "Replaced by “X” …", for the detail pane of a token that has a replacement. */
    public String replacedText(ApiTokenRow row) {
        String replacement = replacementName(row);
        return replacement.isEmpty() ? messages.get("api.detail.replaced")
                : messages.get("api.detail.replacedBy", replacement);
    }

    /** A plain message, for the few texts the view composes itself (placeholders, tooltips). */
    public String text(String key) {
        return messages.get(key);
    }

    // --- Without the endpoints: the connection's own key -----------------------------------------------------

    public String ownKeyText() { return fallback.ownKeyText(); }
    public String dashboardUrl() { return fallback.dashboardUrl(); }
    public String dashboardNote() { return fallback.dashboardNote(); }
    public String connectionText() { return fallback.connectionText(); }
    public void openDashboard() { fallback.openDashboard(); }
    public void testKey() { fallback.testKey(); }
    public void replaceKey() { fallback.replaceKey(); }
    public void forgetKey() { fallback.forgetKey(); }

    // --- Properties ------------------------------------------------------------------------------------------

    public ObservableList<ApiTokenRow> rows() { return list.rows(); }
    public ObservableList<ApiTokenRow> visibleRows() { return list.visibleRows(); }
    public StringProperty searchProperty() { return list.searchProperty(); }
    public ObjectProperty<Filter> filterProperty() { return list.filterProperty(); }
    public ObjectProperty<ApiTokenRow> selectedProperty() { return list.selectedProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loader.loadingProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return progress.busyProperty(); }
    public ReadOnlyBooleanProperty notOfferedProperty() { return loader.notOfferedProperty(); }
    public ReadOnlyBooleanProperty keyRejectedProperty() { return progress.keyRejectedProperty(); }
    public ReadOnlyBooleanProperty retryAvailableProperty() { return progress.retryAvailableProperty(); }
    public ReadOnlyStringProperty loadErrorProperty() { return loader.loadErrorProperty(); }
    public ReadOnlyStringProperty statusProperty() { return progress.statusProperty(); }
    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() { return progress.statusKindProperty(); }
    public ReadOnlyStringProperty keyTestResultProperty() { return fallback.keyTestResultProperty(); }
    public ReadOnlyObjectProperty<StatusKind> keyTestKindProperty() { return fallback.keyTestKindProperty(); }
    public ReadOnlyIntegerProperty rowVersionProperty() { return list.rowVersionProperty(); }
    public BooleanBinding showsMerchantColumnProperty() { return showsMerchantColumn; }
    public BooleanBinding canGenerateProperty() { return canGenerate; }
    public StringBinding generateTooltipProperty() { return generateTooltip; }
    public BooleanBinding canDisableProperty() { return canDisable; }
    public BooleanBinding canEnableProperty() { return canEnable; }
    public BooleanBinding canRotateProperty() { return canRotate; }
    public StringBinding summaryProperty() { return summary; }
}
