package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.Secret;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SecretMask;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The API Tokens tab: the merchant's tokens (or, for a partner, the picked merchant's or all of them), with
 * Generate, Disable, Enable and Rotate; and, against a server without the endpoints, the explanation and the
 * connection's own key. Every call runs through the {@link TaskRunner}; one-row actions replace only that row
 * with the server's answer.
 */
public final class ApiTokensViewModel {

    /** Where API tokens are managed when the server does not offer the endpoints and its dashboard is unknown. */
    public static final String FALLBACK_DASHBOARD = "https://app.edfapay.com";
    static final String NAME_TAKEN = "API_TOKEN_NAME_TAKEN";
    static final int MERCHANT_LOOKUP_PAGE = 500;

    public enum Filter { ALL, ACTIVE, DISABLED, ATTENTION }

    private final Session session;
    private final EdfaPayApi api;
    private final MerchantScopeViewModel scope;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final ClipboardGuard clipboard;
    private final Runnable signOut;
    private final ApiTokenTexts texts;

    private final ObservableList<ApiTokenRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ApiTokenRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<ApiTokenRow> visibleRows = new FilteredList<>(rows, row -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final ObjectProperty<ApiTokenRow> selected = new SimpleObjectProperty<>();
    /** Bumped whenever a row changes in place, so bindings over row state recompute. */
    private final ReadOnlyIntegerWrapper rowVersion = new ReadOnlyIntegerWrapper();

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper notOffered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keyRejected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper retryAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private final ReadOnlyStringWrapper keyTestResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> keyTestKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private final ObjectProperty<MerchantSummary> scopeSelection = new SimpleObjectProperty<>();

    private final BooleanBinding showsMerchantColumn;
    private final BooleanBinding canGenerate;
    private final StringBinding generateTooltip;
    private final BooleanBinding canDisable;
    private final BooleanBinding canEnable;
    private final BooleanBinding canRotate;
    private final StringBinding summary;

    private final Map<String, String> merchantNames = new HashMap<>();
    private Runnable retryAction;
    private TaskRunner.Cancellable loadTask;

    public ApiTokensViewModel(Session session, MerchantScopeViewModel scope, TaskRunner tasks, Messages messages,
                              DialogService dialogs, ClipboardGuard clipboard, Clock clock, Runnable signOut) {
        this.session = session;
        this.api = session.api();
        this.scope = scope;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.signOut = signOut;
        this.texts = new ApiTokenTexts(messages, clock);
        Identity identity = session.identity();
        if (identity.businessUnitId() != null && identity.businessUnitName() != null) {
            merchantNames.put(identity.businessUnitId(), identity.businessUnitName());
        }
        if (scope != null) {
            scopeSelection.bind(scope.selectedProperty());
        }

        showsMerchantColumn = Bindings.createBooleanBinding(
                () -> scope != null && scopeSelection.get() == null, scopeSelection);
        canGenerate = Bindings.createBooleanBinding(
                () -> !busy.get() && !notOffered.get() && !loading.get() && generationTarget() != null,
                busy, notOffered, loading, scopeSelection);
        generateTooltip = Bindings.createStringBinding(() -> generationTarget() == null
                        ? messages.get("api.generate.pickMerchant")
                        : messages.get("api.generate.tooltip", merchantName(generationTarget())),
                scopeSelection);
        canDisable = selectionAllows(row -> row.token().active());
        canEnable = selectionAllows(row -> !row.token().active());
        canRotate = selectionAllows(row -> row.token().active()
                && !ApiTokenFlags.isExpired(row.token(), texts.now()));
        summary = Bindings.createStringBinding(() -> {
            long attention = rows.stream().filter(ApiTokenRow::needsAttention).count();
            return attention == 0 ? messages.get("api.summary", rows.size())
                    : messages.get("api.summary.attention", rows.size(), attention);
        }, rows, rowVersion);

        search.addListener((obs, old, now) -> applyFilter());
        filter.addListener((obs, old, now) -> applyFilter());
        rowVersion.addListener((obs, old, now) -> applyFilter());
    }

    private BooleanBinding selectionAllows(java.util.function.Predicate<ApiTokenRow> rule) {
        return Bindings.createBooleanBinding(() -> {
            ApiTokenRow row = selected.get();
            return row != null && !busy.get() && rule.test(row);
        }, selected, busy, rowVersion);
    }

    /** Loads the list, and again whenever a partner picks another merchant. */
    public void start() {
        if (scope != null) {
            scopeSelection.addListener((obs, old, now) -> {
                if (!notOffered.get()) {
                    load();
                }
            });
        }
        load();
    }

    /** Drops the answer of a list still in flight; call when the session ends. */
    public void dispose() {
        if (loadTask != null) {
            loadTask.cancel();
        }
    }

    // --- Loading ---------------------------------------------------------------------------------------------

    public void refresh() {
        load();
    }

    private void load() {
        if (loadTask != null) {
            loadTask.cancel();
        }
        String businessUnitId = listScope();
        loading.set(true);
        loadError.set("");
        clearProblem();
        loadTask = tasks.run(() -> api.listApiTokens(businessUnitId), this::showTokens, failure -> {
            loading.set(false);
            if (failure instanceof EdfaPayException.NotOffered) {
                rows.clear();
                notOffered.set(true);
                return;
            }
            loadError.set(errors.describe(failure));
            fail(failure, this::load);
        });
    }

    private void showTokens(List<ApiToken> tokens) {
        String keep = selected.get() == null ? null : selected.get().id();
        List<ApiTokenRow> fresh = tokens.stream()
                .sorted(Comparator.comparing(ApiToken::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(this::rowFor)
                .toList();
        rows.setAll(fresh);
        selected.set(fresh.stream().filter(row -> row.id().equals(keep)).findFirst().orElse(null));
        loading.set(false);
        notOffered.set(false);
        status(StatusKind.NONE, messages.get("api.status.loaded", texts.dateTime(texts.now())));
        resolveMerchantNames();
    }

    private ApiTokenRow rowFor(ApiToken token) {
        boolean own = session.key() != null && session.key().matches(token.prefix(), token.last4());
        return new ApiTokenRow(token, merchantName(token.businessUnitId()), own, texts);
    }

    /** A partner's "All merchants" list shows merchant names; look up the ones the picker has not loaded. */
    private void resolveMerchantNames() {
        if (scope == null) {
            return;
        }
        boolean missing = rows.stream().anyMatch(row -> knownMerchantName(row.businessUnitId()) == null);
        if (!missing) {
            return;
        }
        String partnerId = session.identity().partnerId() != null
                ? session.identity().partnerId() : session.identity().businessUnitId();
        tasks.run(() -> api.searchMerchants(MerchantQuery.all(PageRequest.first(MERCHANT_LOOKUP_PAGE))
                        .withPartnerId(partnerId)),
                page -> {
                    page.content().forEach(m -> merchantNames.put(m.id(), m.name()));
                    rows.forEach(row -> row.setMerchant(merchantName(row.businessUnitId())));
                    rowVersion.set(rowVersion.get() + 1);
                },
                failure -> { /* the short id stays; the list itself is fine */ });
    }

    private String knownMerchantName(String businessUnitId) {
        if (businessUnitId == null) {
            return null;
        }
        String known = merchantNames.get(businessUnitId);
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

    String merchantName(String businessUnitId) {
        String known = knownMerchantName(businessUnitId);
        if (known != null) {
            return known;
        }
        String shortId = businessUnitId == null ? "?" : businessUnitId.substring(0, Math.min(8, businessUnitId.length()));
        return messages.get("api.merchant.unknown", shortId);
    }

    /** The merchant the list shows: the partner's pick (null = all in scope), else the caller's own scope. */
    private String listScope() {
        if (scope == null) {
            return null;
        }
        MerchantSummary picked = scopeSelection.get();
        return picked == null ? null : picked.id();
    }

    /** The merchant a new token belongs to; null when a partner is on "All merchants" (Generate is disabled). */
    private String generationTarget() {
        if (scope == null) {
            return session.identity().businessUnitId();
        }
        MerchantSummary picked = scopeSelection.get();
        return picked == null ? null : picked.id();
    }

    private List<String> namesIn(String businessUnitId) {
        return rows.stream().filter(row -> businessUnitId.equals(row.businessUnitId()))
                .map(row -> row.token().name()).toList();
    }

    // --- Generate and rotate ---------------------------------------------------------------------------------

    public void generate() {
        String target = generationTarget();
        if (!canGenerate.get() || target == null) {
            return;
        }
        GenerateTokenViewModel form = new GenerateTokenViewModel(messages, messages.get("api.generate.title"),
                messages.get("api.generate.header", merchantName(target)), messages.get("api.generate.confirm"),
                namesIn(target));
        askAndGenerate(form, target, null);
    }

    public void rotateSelected() {
        ApiTokenRow row = selected.get();
        if (row == null || !canRotate.get()) {
            return;
        }
        ApiToken old = row.token();
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(texts.today());
        GenerateTokenViewModel form = new GenerateTokenViewModel(messages, messages.get("api.rotate.title"),
                messages.get("api.rotate.header", old.name()), messages.get("api.rotate.confirm"),
                namesIn(row.businessUnitId()));
        form.nameProperty().set(form.uniqueName(truncate(messages.get("api.rotate.name", old.name(), date))));
        form.expiryProperty().set(GenerateTokenViewModel.Expiry.closestTo(old.createdAt(), old.expiresAt()));
        askAndGenerate(form, row.businessUnitId(), row);
    }

    private static String truncate(String name) {
        return name.length() <= GenerateTokenViewModel.MAX_NAME ? name
                : name.substring(0, GenerateTokenViewModel.MAX_NAME).trim();
    }

    private void askAndGenerate(GenerateTokenViewModel form, String target, ApiTokenRow replaces) {
        if (!dialogs.askForm(form) || !form.validProperty().get()) {
            return;
        }
        String name = form.trimmedName();
        NewApiToken request = new NewApiToken(target, name, form.expiryProperty().get().expiresAt(texts.clock()),
                replaces == null ? null : replaces.id());
        begin(messages.get("api.status.generating", name));
        tasks.run(() -> api.generateApiToken(request), generated -> generated(generated, replaces), failure -> {
            busy.set(false);
            if (isNameTaken(failure)) {
                form.markTaken(name);
                status(StatusKind.ERROR, messages.get("api.form.problem.nameTaken", name));
                askAndGenerate(form, target, replaces);
            } else if (failure instanceof EdfaPayException.Timeout
                    || failure instanceof EdfaPayException.NetworkFailure) {
                fail(failure, null);
                status(StatusKind.ERROR, messages.get("api.generate.unknownOutcome", errors.describe(failure)));
            } else {
                fail(failure, null);
            }
        });
    }

    private static boolean isNameTaken(Throwable failure) {
        return failure instanceof EdfaPayException.Rejected rejected && NAME_TAKEN.equals(rejected.errorCode());
    }

    private void generated(GeneratedApiToken generated, ApiTokenRow replaces) {
        busy.set(false);
        ApiTokenRow row = rowFor(generated.token());
        rows.add(0, row);
        if (replaces != null) {
            ApiToken old = replaces.token();
            // The server records the replacement on the old token; mirror exactly that, without a reload.
            replaces.update(new ApiToken(old.id(), old.name(), old.prefix(), old.last4(), old.active(),
                    old.createdAt(), old.createdBy(), old.lastUsedAt(), old.expiresAt(), old.businessUnitId(),
                    old.disabledReason(), generated.token().id()));
        }
        rowVersion.set(rowVersion.get() + 1);
        selected.set(row);
        status(StatusKind.SUCCESS, replaces == null
                ? messages.get("api.status.generated", row.token().name())
                : messages.get("api.status.rotated", row.token().name(), replaces.token().name()));
        showOnce(generated);
    }

    private void showOnce(GeneratedApiToken generated) {
        Secret secret = generated.secret();
        try {
            dialogs.showSecretOnce(new DialogService.SecretOnce(messages.get("api.once.title"),
                    messages.get("api.once.header", generated.token().name()),
                    messages.get("api.once.detail"), secret, () -> copy(secret)));
        } finally {
            secret.wipe();
        }
    }

    private String copy(Secret secret) {
        Duration stays = clipboard.copySecret(secret.reveal());
        return messages.get("secret.copied", stays.toSeconds());
    }

    // --- Disable and enable ----------------------------------------------------------------------------------

    public void disableSelected() {
        ApiTokenRow row = selected.get();
        if (row == null || !canDisable.get()) {
            return;
        }
        ApiToken token = row.token();
        if (row.isOwnKey() && !dialogs.confirm(new DialogService.Confirmation(
                messages.get("api.ownKey.title"),
                messages.get("api.ownKey.header", token.name()),
                messages.get("api.ownKey.detail"),
                messages.get("api.ownKey.confirm"), true))) {
            return;
        }
        Optional<String> reason = dialogs.askReason(new DialogService.ReasonRequest(
                messages.get("api.disable.title"),
                messages.get("api.disable.header", token.name(), texts.key(token)),
                messages.get("api.disable.detail"),
                messages.get("api.disable.reason"),
                messages.get("api.disable.confirm"), true));
        reason.map(String::trim).filter(text -> !text.isEmpty())
                .ifPresent(text -> setActive(row, false, text));
    }

    public void enableSelected() {
        ApiTokenRow row = selected.get();
        if (row == null || !canEnable.get()) {
            return;
        }
        ApiToken token = row.token();
        if (dialogs.confirm(new DialogService.Confirmation(
                messages.get("api.enable.title"),
                messages.get("api.enable.header", token.name(), texts.key(token)),
                messages.get("api.enable.detail"),
                messages.get("api.enable.confirm"), false))) {
            setActive(row, true, null);
        }
    }

    private void setActive(ApiTokenRow row, boolean active, String reason) {
        begin(messages.get(active ? "api.status.enabling" : "api.status.disabling", row.token().name()));
        tasks.run(() -> api.setApiTokenActive(row.id(), active, reason), token -> {
            busy.set(false);
            row.update(token);
            rowVersion.set(rowVersion.get() + 1);
            status(StatusKind.SUCCESS, messages.get(token.active() ? "api.status.enabled" : "api.status.disabled",
                    token.name()));
            if (!token.active() && row.isOwnKey()) {
                dialogs.notify(messages.get("api.ownKey.signedOut"));
                signOut.run();
            }
        }, failure -> {
            busy.set(false);
            // The call states the target state, so doing it again is safe.
            fail(failure, () -> setActive(row, active, reason));
        });
    }

    // --- Errors ----------------------------------------------------------------------------------------------

    private void fail(Throwable failure, Runnable retry) {
        status(StatusKind.ERROR, errors.describe(failure));
        keyRejected.set(ErrorMessages.isKeyRejected(failure));
        boolean transientFailure = failure instanceof EdfaPayException.NetworkFailure
                || failure instanceof EdfaPayException.Timeout
                || failure instanceof EdfaPayException.ServerError
                || failure instanceof EdfaPayException.RateLimited;
        retryAction = transientFailure ? retry : null;
        retryAvailable.set(retryAction != null);
    }

    private void clearProblem() {
        retryAction = null;
        retryAvailable.set(false);
        keyRejected.set(false);
    }

    public void retry() {
        Runnable action = retryAction;
        clearProblem();
        if (action != null) {
            action.run();
        }
    }

    /** After a 401: the key was revoked, so the only way on is to connect again. */
    public void signOutToReconnect() {
        signOut.run();
    }

    private void begin(String text) {
        busy.set(true);
        clearProblem();
        status(StatusKind.PROGRESS, text);
    }

    private void status(StatusKind kind, String text) {
        statusKind.set(kind);
        status.set(text);
    }

    // --- Filtering -------------------------------------------------------------------------------------------

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

    private static String text(ApiTokenRow row) {
        return String.join(" ", row.nameProperty().get(), row.keyProperty().get(), row.merchantProperty().get(),
                row.createdProperty().get(), row.statusTextProperty().get(), row.flagsTextProperty().get())
                .toLowerCase(Locale.ROOT);
    }

    public String filterLabel(Filter value) {
        return value == null ? "" : messages.get("api.filter." + value.name());
    }

    public List<Filter> filters() {
        return List.of(Filter.values());
    }

    // --- Detail pane helpers ---------------------------------------------------------------------------------

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
        String id = row == null ? null : row.token().replacedById();
        return id == null ? "" : rows.stream().filter(r -> r.id().equals(id)).map(r -> r.token().name())
                .findFirst().orElse("");
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

    public String ownKeyText() {
        Session.KeyFingerprint key = session.key();
        if (key == null || key.last4().isEmpty()) {
            return messages.get("api.key.unknown");
        }
        return key.prefix().isEmpty() ? SecretMask.maskLast4(key.last4())
                : key.prefix() + "\u2022\u2022\u2022\u2022" + key.last4();
    }

    public String dashboardUrl() {
        String known = session.environment().dashboardUrl();
        return known != null ? known : FALLBACK_DASHBOARD;
    }

    public String dashboardNote() {
        return session.environment().dashboardUrl() != null
                ? messages.get("api.notOffered.dashboard", dashboardUrl())
                : messages.get("api.notOffered.dashboardFallback", dashboardUrl());
    }

    public String connectionText() {
        return messages.get("api.key.connection", session.profileName() == null ? "" : session.profileName(),
                session.baseUrl() == null ? "" : session.baseUrl());
    }

    public void openDashboard() {
        dialogs.openInBrowser(dashboardUrl());
    }

    public void testKey() {
        keyTestKind.set(StatusKind.PROGRESS);
        keyTestResult.set(messages.get("api.key.testing"));
        tasks.run(api::whoAmI, identity -> {
            keyTestKind.set(StatusKind.SUCCESS);
            String unit = identity.businessUnitName() == null ? "" : identity.businessUnitName();
            keyTestResult.set(messages.get("api.key.works",
                    messages.get("userType." + identity.userType().name()), unit));
        }, failure -> {
            keyTestKind.set(StatusKind.ERROR);
            keyTestResult.set(errors.describe(failure));
        });
    }

    public void replaceKey() {
        dialogs.notify(messages.get("api.key.replace.notice"));
        signOut.run();
    }

    public void forgetKey() {
        if (dialogs.confirm(new DialogService.Confirmation(messages.get("api.key.forget.title"),
                messages.get("api.key.forget.header"), messages.get("api.key.forget.detail"),
                messages.get("api.key.forget.confirm"), true))) {
            dialogs.notify(messages.get("api.key.forget.notice"));
            signOut.run();
        }
    }

    // --- Properties ------------------------------------------------------------------------------------------

    public ObservableList<ApiTokenRow> rows() { return rowsView; }
    public ObservableList<ApiTokenRow> visibleRows() { return visibleRows; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<Filter> filterProperty() { return filter; }
    public ObjectProperty<ApiTokenRow> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty notOfferedProperty() { return notOffered.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty keyRejectedProperty() { return keyRejected.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty retryAvailableProperty() { return retryAvailable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty loadErrorProperty() { return loadError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() { return statusKind.getReadOnlyProperty(); }
    public ReadOnlyStringProperty keyTestResultProperty() { return keyTestResult.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StatusKind> keyTestKindProperty() { return keyTestKind.getReadOnlyProperty(); }
    public javafx.beans.property.ReadOnlyIntegerProperty rowVersionProperty() { return rowVersion.getReadOnlyProperty(); }
    public BooleanBinding showsMerchantColumnProperty() { return showsMerchantColumn; }
    public BooleanBinding canGenerateProperty() { return canGenerate; }
    public StringBinding generateTooltipProperty() { return generateTooltip; }
    public BooleanBinding canDisableProperty() { return canDisable; }
    public BooleanBinding canEnableProperty() { return canEnable; }
    public BooleanBinding canRotateProperty() { return canRotate; }
    public StringBinding summaryProperty() { return summary; }
}
