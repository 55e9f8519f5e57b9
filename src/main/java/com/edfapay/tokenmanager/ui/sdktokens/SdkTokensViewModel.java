package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SortDirection;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.RoleAccess;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.jspecify.annotations.Nullable;

/**
 * The SDK Tokens tab: the users in scope with their tokens, search and filters, and every action on one row or
 * many. EdfaPay's API is per user, so the table is filled by {@link TokenFiller}.
 */
public final class SdkTokensViewModel {

    public static final int DEFAULT_CONCURRENCY = 8;
    static final int USER_PAGE_SIZE = 100;
    static final Duration SEARCH_DEBOUNCE = Duration.ofMillis(300);

    /** What the banner above the table says, if anything. */
    public enum Banner { NONE, KEY_REJECTED, LOAD_FAILED, NEEDS_USER_ID }

    private final Session session;
    private final EdfaPayApi api;
    private final @Nullable MerchantScopeViewModel scope;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final ClipboardGuard clipboard;
    private final Runnable signOut;
    private final int concurrency;
    private final SdkTokenRowActions actions;
    private final RoleAccess.SdkScope mode;

    private final ObservableList<SdkTokenRow> rows = FXCollections.observableArrayList(SdkTokenRow::observables);
    private final FilteredList<SdkTokenRow> filtered = new FilteredList<>(rows);
    private final SortedList<SdkTokenRow> sorted = new SortedList<>(filtered);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<UserType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<TokenStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SdkTokenRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<SdkTokenRow> selection = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loadingUsers = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper tokensDone = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper tokensTotal = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(Banner.NONE);
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper("");
    private final BooleanProperty qrShown = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<BulkRun> bulkRun = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding merchantColumnShown;
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");

    private long generation;
    /** A USER/TERMINAL key's own user id, asked once when the server has no /me (real EdfaPay). */
    private @Nullable String ownUserId;
    private long totalUsers;
    private @Nullable TokenFiller filler;
    private TaskRunner.@Nullable Cancellable userPaging;
    private TaskRunner.@Nullable Cancellable pendingSearch;

    public SdkTokensViewModel(Session session, @Nullable MerchantScopeViewModel scope, TaskRunner tasks, Messages messages,
                              DialogService dialogs, ClipboardGuard clipboard, Runnable signOut, int concurrency) {
        this.session = session;
        this.api = session.api();
        this.scope = scope;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.signOut = signOut;
        this.concurrency = concurrency;
        this.mode = RoleAccess.sdkScope(session.identity().userType());
        this.actions = new SdkTokenRowActions(api, tasks, messages, dialogs, clipboard, () -> generation,
                this::showKeyRejected, session.activity());
        // The business unit column earns its place when rows come from more than one unit (all merchants, or a
        // merchant with branches).
        this.merchantColumnShown = Bindings.createBooleanBinding(
                () -> mode == RoleAccess.SdkScope.PARTNER_MERCHANTS
                        && (scope == null || scope.selectedProperty().get() == null)
                        || rows.stream().map(SdkTokenRow::businessUnitName).distinct().limit(2).count() > 1,
                rows, scope == null ? new SimpleObjectProperty<>() : scope.selectedProperty());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> row ->
                        (typeFilter.get() == null || row.userType() == typeFilter.get())
                                && (statusFilter.get() == null || row.statusProperty().get() == statusFilter.get()),
                typeFilter, statusFilter));
        searchText.addListener((obs, old, now) -> scheduleSearch());
        if (scope != null) {
            scope.selectedProperty().addListener((obs, old, now) -> reload());
        }
        selected.addListener((obs, old, now) -> qrShown.set(false));
        tokensDone.addListener((obs, old, now) -> updateProgressText());
        tokensTotal.addListener((obs, old, now) -> updateProgressText());
    }

    /** First load; the table fills in the background. */
    public void start() {
        reload();
    }

    /** Stops all background work of this tab (sign-out); answers still on their way are ignored. */
    public void dispose() {
        generation++;
        if (filler != null) {
            filler.cancel();
        }
        if (userPaging != null) {
            userPaging.cancel();
        }
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        cancelBulk();
    }

    public boolean isSingleCard() {
        return mode == RoleAccess.SdkScope.SELF;
    }

    /** Drops what is loading and starts again for the current scope and search. */
    public void reload() {
        generation++;
        long current = generation;
        if (filler != null) {
            filler.cancel();
        }
        if (userPaging != null) {
            userPaging.cancel();
        }
        rows.clear();
        selected.set(null);
        banner.set(Banner.NONE);
        bannerText.set("");
        tokensDone.set(0);
        tokensTotal.set(0);
        filler = new TokenFiller(tasks, api, errors, concurrency, new TokenFiller.Listener() {
            @Override
            public void progress(int done, int total) {
                if (current == generation) {
                    tokensDone.set(done);
                    tokensTotal.set(total);
                }
            }

            @Override
            public void keyRejected(Throwable failure) {
                if (current == generation) {
                    showKeyRejected();
                }
            }
        });
        if (isSingleCard()) {
            loadOwnToken();
        } else {
            loadUsers(current, new PageRequest(0, USER_PAGE_SIZE, "username", SortDirection.ASC));
        }
    }

    private void loadOwnToken() {
        String userId = session.identity().userId() != null ? session.identity().userId() : ownUserId;
        if (userId == null) {
            banner.set(Banner.NEEDS_USER_ID);
            bannerText.set(messages.get("sdk.self.unknownUser"));
            return;
        }
        // /me does not give a name, so the card says whose token it is in words.
        String who = messages.get(session.identity().userType() == UserType.TERMINAL
                ? "sdk.self.name.terminal" : "sdk.self.name.user");
        UserSummary me = new UserSummary(userId, null, null, who, null, null, session.identity().userType(),
                session.identity().businessUnitId(), session.identity().businessUnitName(), true);
        SdkTokenRow row = new SdkTokenRow(me);
        rows.setAll(List.of(row));
        selected.set(row);
        fillerOfThisLoad().enqueue(List.of(row));
    }

    private void loadUsers(long current, PageRequest page) {
        loadingUsers.set(true);
        UserQuery query = new UserQuery(page, blankToNull(searchText.get()), selectedMerchantId(), null, null);
        userPaging = tasks.run(() -> api.searchUsers(query), result -> {
            if (current != generation) {
                return;
            }
            addUsers(result);
            if (!result.last() && !result.isEmpty()) {
                loadUsers(current, page.next());
            } else {
                loadingUsers.set(false);
            }
        }, failure -> {
            if (current != generation) {
                return;
            }
            loadingUsers.set(false);
            if (ErrorMessages.isKeyRejected(failure)) {
                showKeyRejected();
            } else {
                banner.set(Banner.LOAD_FAILED);
                bannerText.set(errors.describe(failure));
            }
        });
    }

    private void addUsers(Page<UserSummary> page) {
        totalUsers = page.totalElements();
        List<SdkTokenRow> added = page.content().stream().map(SdkTokenRow::new).toList();
        rows.addAll(added);
        fillerOfThisLoad().enqueue(added);
    }

    /** Rows are only added by a load that {@link #reload()} started, after it created the filler. */
    private TokenFiller fillerOfThisLoad() {
        return Objects.requireNonNull(filler, "reload() creates the filler before rows arrive");
    }

    private @Nullable String selectedMerchantId() {
        if (scope == null) {
            return null;
        }
        MerchantSummary merchant = scope.selectedProperty().get();
        return merchant == null ? null : merchant.id();
    }

    private void scheduleSearch() {
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        pendingSearch = tasks.schedule(SEARCH_DEBOUNCE, this::reload);
    }

    /** The view reports which rows are on screen, so their tokens are fetched before the rest. */
    public void rowsOnScreen(List<SdkTokenRow> visible) {
        if (filler != null) {
            filler.prioritize(visible);
        }
    }

    private void showKeyRejected() {
        if (filler != null) {
            filler.cancel();
        }
        banner.set(Banner.KEY_REJECTED);
        bannerText.set(messages.get("error.unauthorized"));
    }

    public void retry() {
        reload();
    }

    /** Asks for the user id this key belongs to, once per session, then loads that user's token. */
    public void askOwnUserId() {
        dialogs.askReason(new DialogService.ReasonRequest(messages.get("sdk.self.ask.title"),
                messages.get("sdk.self.ask.header"), messages.get("sdk.self.ask.detail"),
                messages.get("sdk.self.ask.prompt"), messages.get("sdk.self.ask.confirm"), false))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .ifPresent(id -> {
                    ownUserId = id;
                    reload();
                });
    }

    public void signOut() {
        signOut.run();
    }

    // ---- actions on the selected row ----

    public void copySelected() {
        actions.copy(selected.get());
    }

    /** Generate for a user without a token; Replace (after a warning) for one with a token. */
    public void generateOrReplaceSelected() {
        actions.generateOrReplace(selected.get());
    }

    /** Disable an active token or enable a disabled one, through the toggle-safe call. */
    public void toggleSelected() {
        actions.toggle(selected.get());
    }

    /** The Delete key: disable the selected token (never enable). */
    public void disableSelected() {
        actions.disable(selected.get());
    }

    /** Re-reads one row; a failure marks it stale rather than showing old data as fresh. */
    public void refreshSelected() {
        actions.refresh(selected.get());
    }

    public void toggleQr() {
        SdkTokenRow row = selected.get();
        qrShown.set(!qrShown.get() && row != null && row.hasToken());
        if (qrShown.get()) {
            session.activity().succeeded(ActivityAction.QR_SHOWN, row.displayName(), row.userId());
        }
    }

    /** The user started holding the reveal control on the selected token. */
    public void tokenRevealed() {
        SdkTokenRow row = selected.get();
        if (row != null && row.hasToken()) {
            session.activity().succeeded(ActivityAction.REVEAL, row.displayName(), row.userId());
        }
    }

    /** The idle lock: hide the QR code (a revealed token is masked by the view). */
    public void concealSecrets() {
        qrShown.set(false);
    }

    // ---- bulk ----

    /** Asks with a preview of what changes, then runs the action over the selection with per-row results. */
    public void runBulk(BulkAction action) {
        if (selection.isEmpty() || (bulkRun.get() != null && bulkRun.get().runningProperty().get())) {
            return;
        }
        BulkPlan plan = BulkPlan.of(action, selection);
        if (plan.planned().isEmpty()) {
            dialogs.showError(messages.get("bulk.title." + action.name()),
                    messages.get("bulk.nothing." + action.name()));
            return;
        }
        if (!dialogs.confirm(plan.confirmation(messages))) {
            return;
        }
        BulkRun run = new BulkRun(action, plan.planned(), plan.skipped(), tasks, api, errors, messages, concurrency,
                session.activity());
        bulkRun.set(run);
        run.start(() -> dialogs.notify(messages.get("bulk.finished", run.count(BulkResult.Outcome.DONE),
                run.count(BulkResult.Outcome.FAILED))));
    }

    public void cancelBulk() {
        if (bulkRun.get() != null) {
            bulkRun.get().cancel();
        }
    }

    public void dismissBulkResults() {
        if (bulkRun.get() != null && !bulkRun.get().runningProperty().get()) {
            bulkRun.set(null);
        }
    }

    private void updateProgressText() {
        int total = tokensTotal.get();
        int done = tokensDone.get();
        progressText.set(total == 0 ? "" : done < total
                ? messages.get("sdk.progress.loading", done, total)
                : messages.get("sdk.progress.done", total));
    }

    // ---- labels ----

    public String statusLabel(TokenStatus status) {
        return status == null ? "" : messages.get("sdk.status." + status.name());
    }

    /** A row's user type; one the server did not name reads "Unknown". */
    public String rowTypeLabel(@Nullable UserType type) {
        return RoleAccess.typeLabel(messages, type);
    }

    /** A type filter choice; null is "All types". */
    public String typeLabel(@Nullable UserType type) {
        return type == null ? messages.get("sdk.filter.allTypes") : RoleAccess.typeLabel(messages, type);
    }

    public String statusFilterLabel(TokenStatus status) {
        return status == null ? messages.get("sdk.filter.allStatuses") : statusLabel(status);
    }

    public List<UserType> typeChoices() {
        return java.util.Arrays.asList(null, UserType.USER, UserType.TERMINAL, UserType.SDK_USER, UserType.MERCHANT,
                UserType.BRANCH);
    }

    public List<TokenStatus> statusChoices() {
        return java.util.Arrays.asList(null, TokenStatus.ACTIVE, TokenStatus.DISABLED, TokenStatus.NO_TOKEN,
                TokenStatus.LOADING, TokenStatus.ERROR, TokenStatus.STALE);
    }

    public ObservableList<SdkTokenRow> allRows() { return rows; }
    public SortedList<SdkTokenRow> visibleRows() { return sorted; }
    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<UserType> typeFilterProperty() { return typeFilter; }
    public ObjectProperty<TokenStatus> statusFilterProperty() { return statusFilter; }
    public ObjectProperty<SdkTokenRow> selectedProperty() { return selected; }
    public ObservableList<SdkTokenRow> selection() { return selection; }
    public ReadOnlyBooleanProperty loadingUsersProperty() { return loadingUsers.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty tokensDoneProperty() { return tokensDone.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty tokensTotalProperty() { return tokensTotal.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Banner> bannerProperty() { return banner.getReadOnlyProperty(); }
    public ReadOnlyStringProperty bannerTextProperty() { return bannerText.getReadOnlyProperty(); }
    public BooleanProperty qrShownProperty() { return qrShown; }
    public ReadOnlyObjectProperty<BulkRun> bulkRunProperty() { return bulkRun.getReadOnlyProperty(); }
    public BooleanBinding merchantColumnShownProperty() { return merchantColumnShown; }
    public long totalUsers() { return totalUsers; }
    int inFlightTokenRequests() { return filler == null ? 0 : filler.inFlight(); }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
