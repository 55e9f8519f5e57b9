package com.edfapay.tokenmanager.ui.sdktokens;

import static com.edfapay.tokenmanager.api.Strings.blankToNull;
import static com.edfapay.tokenmanager.api.Strings.nullToEmpty;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SortDirection;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.api.sweep.SweepProgress;
import com.edfapay.tokenmanager.api.sweep.SweepResult;
import com.edfapay.tokenmanager.api.sweep.SweepStatus;
import com.edfapay.tokenmanager.api.sweep.SweepSummary;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import org.jspecify.annotations.Nullable;

/**
 * The SDK Tokens tab. Built for a partner with 100,000 users: users are paged from {@code users/search} as the
 * user scrolls (text, user type, business unit and sort go to the server), a row's token state is read only when
 * the row is on screen (plus a small margin) or acted on, answers reach the table in batches, and no row keeps a
 * token. "Check every token" reads the whole scope on request, politely, with progress and cancel.
 */
public final class SdkTokensViewModel {

    public static final int DEFAULT_CONCURRENCY = 8;
    static final int USER_PAGE_SIZE = 100;
    /** Pages kept in memory; the farthest from the screen are dropped first. */
    static final int MAX_PAGES_KEPT = 30;
    /** Rows above and below the screen whose tokens are read too, so a short scroll finds them ready. */
    static final int MARGIN_ROWS = 8;
    /** Token reads at a time for rows on screen: enough for a whole screenful in one round trip. */
    static final int ON_SIGHT_CONCURRENCY = 32;
    /** Rows assumed on screen until the view reports its own. */
    static final int FIRST_SCREENFUL = 30;
    /** At most this many skeleton rows (more than any screen shows; see {@link #showSkeletonRows}). */
    static final int MAX_SKELETON_ROWS = 80;
    static final int PAGE_LOADS_AT_ONCE = 2;
    static final Duration SEARCH_DEBOUNCE = Duration.ofMillis(300);
    private static final String DEFAULT_SORT = "username";

    /** What the banner above the table says, if anything. */
    public enum Banner { NONE, KEY_REJECTED, LOAD_FAILED, NEEDS_USER_ID, TRUNCATED }

    /**
     * Issue 10, defect 2: the most rows the table has, whatever a server claims (a search or a merchant narrows
     * it). Ten times the partner design point of 100,000 users; rows are placeholders until seen, so the cost of
     * the cap is one reference per row.
     */
    static final int MAX_USERS = 1_000_000;

    /** Columns the user can sort by; name and type are sorted by the server, the rest over loaded rows. */
    public enum SortColumn {
        NAME("firstName"), TYPE("userType"), TRSM(null), DEVICE(null), TOKEN(null), STATUS(null);

        private final @Nullable String serverField;

        SortColumn(@Nullable String serverField) {
            this.serverField = serverField;
        }

        public boolean sortedByServer() {
            return serverField != null;
        }
    }

    private final Session session;
    private final EdfaPayApi api;
    private final @Nullable MerchantScopeViewModel scope;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final Runnable signOut;
    private final int concurrency;
    private final SdkTokenRowActions actions;
    private final RoleAccess.SdkScope mode;
    private final UpdateBatcher batcher;
    private final ScrollSettle scrollSettle;
    private final HeldToken held;
    private final SdkTokenDetailViewModel detail;

    private final PagedRows rows = new PagedRows(USER_PAGE_SIZE, MAX_PAGES_KEPT);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<UserType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<TokenStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SdkTokenRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<SdkTokenRow> selection = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loadingUsers = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(Banner.NONE);
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bannerActionText = new ReadOnlyStringWrapper("");
    /** The truncated-list banner has nothing to retry: the user narrows the list instead. */
    private final BooleanBinding bannerActionAvailable = Bindings.createBooleanBinding(
            () -> banner.get() != Banner.TRUNCATED, banner);
    private final BooleanProperty qrShown = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<BulkRun> bulkRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper merchantColumnShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper localSortAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusFilterNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper checkProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper("");

    /**
     * What was last read of each user's token in this session (never the token). Written on the UI thread; concurrent
     * because a first page's head start asks it from the background work that fetched the page.
     */
    private final Map<String, KnownToken> known = new ConcurrentHashMap<>();
    private final Set<Integer> pagesLoading = new HashSet<>();
    private final List<TaskRunner.Cancellable> pageTasks = new ArrayList<>();
    private final Set<String> unitsSeen = new HashSet<>();
    private final Map<SweepStatus, Long> checkCounts = new EnumMap<>(SweepStatus.class);
    private long generation;
    /** A USER/TERMINAL key's own user id, asked once when the server has no /me (real EdfaPay). */
    private @Nullable String ownUserId;
    private long totalUsers;
    private @Nullable String sortField;
    private SortDirection sortDirection = SortDirection.ASC;
    private UserSource source;
    private boolean filteredLocally;
    /** The users a complete, fully read table showed, so a status filter can switch without the server. */
    private List<UserSummary> localBase = List.of();
    private TokenFetcher fetcher;
    private TokenHeadStart headStart;
    private @Nullable TokenCheck check;
    private TaskRunner.@Nullable Cancellable pendingSearch;
    private int firstOnScreen;
    private int lastOnScreen = FIRST_SCREENFUL - 1;
    /** True while the first page replaces skeleton rows (see showPage). */
    private boolean replacingSkeleton;

    public SdkTokensViewModel(Session session, @Nullable MerchantScopeViewModel scope, TaskRunner tasks,
                              Messages messages, DialogService dialogs, ClipboardGuard clipboard, Runnable signOut,
                              int concurrency) {
        this.session = session;
        this.api = session.api();
        this.scope = scope;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.dialogs = dialogs;
        this.signOut = signOut;
        this.concurrency = concurrency;
        this.mode = RoleAccess.sdkScope(session.identity().userType());
        this.batcher = new UpdateBatcher(tasks, System::nanoTime);
        this.scrollSettle = new ScrollSettle(tasks, this::refreshWanted);
        this.held = new HeldToken(api, tasks);
        this.actions = new SdkTokenRowActions(api, tasks, messages, dialogs, clipboard, () -> generation,
                this::showKeyRejected, held, this::remember, session.activity());
        this.source = UserSource.server(api, serverQuery());
        this.headStart = newHeadStart();
        this.fetcher = newFetcher();
        searchText.addListener((obs, old, now) -> scheduleSearch());
        typeFilter.addListener((obs, old, now) -> reload());
        statusFilter.addListener((obs, old, now) -> applyStatusFilter());
        if (scope != null) {
            scope.selectedProperty().addListener((obs, old, now) -> reload());
        }
        selected.addListener((obs, old, now) -> {
            qrShown.set(false);
            held.select(now);
        });
        banner.addListener((obs, old, now) -> bannerActionText.set(switch (now) {
            case KEY_REJECTED -> messages.get("sdk.banner.signOut");
            case NEEDS_USER_ID -> messages.get("sdk.banner.enterUserId");
            default -> messages.get("sdk.banner.retry");
        }));
        this.detail = new SdkTokenDetailViewModel(this, selected, messages);
    }

    /** First load; the table fills in the background. */
    public void start() {
        reload();
    }

    /** Stops all background work of this tab (sign-out); answers still on their way are ignored. */
    public void dispose() {
        generation++;
        cancelLoading();
        cancelCheck();
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        held.select(null);
        cancelBulk();
    }

    public boolean isSingleCard() {
        return mode == RoleAccess.SdkScope.SELF;
    }

    /** Reads everything again (F5, Refresh): what was known of the tokens is forgotten. */
    public void refresh() {
        known.clear();
        if (check != null && !checkRunning.get()) {
            check = null;
            checkText.set("");
        }
        filteredLocally = false;
        reload();
    }

    /** Drops what is loading and starts again for the current scope, search, type and sort. */
    public void reload() {
        generation++;
        cancelLoading();
        UserQuery query = serverQuery();
        TokenCheck running = check;
        if (running != null && !sameScope(running.scope(), query)) {
            // The check covered another scope: stop it, and forget it.
            cancelCheck();
            check = null;
            checkText.set("");
        }
        filteredLocally = false;
        localBase = List.of();
        source = UserSource.server(api, query);
        startLoading();
        if (statusFilter.get() != null) {
            applyStatusFilter();
        }
    }

    private void startLoading() {
        headStart = newHeadStart();
        fetcher = newFetcher();
        selected.set(null);
        selection.clear();
        rows.reset();
        unitsSeen.clear();
        totalUsers = 0;
        firstOnScreen = 0;
        lastOnScreen = FIRST_SCREENFUL - 1;
        scrollSettle.reset();
        banner.set(Banner.NONE);
        bannerText.set("");
        merchantColumnShown.set(partnerOnAllMerchants());
        localSortAvailable.set(false);
        updateProgressText();
        if (isSingleCard()) {
            loadOwnToken();
        } else {
            loadPage(0);
        }
    }

    private void cancelLoading() {
        fetcher.cancel();
        headStart.cancel();
        scrollSettle.reset();
        pageTasks.forEach(TaskRunner.Cancellable::cancel);
        pageTasks.clear();
        pagesLoading.clear();
        loadingUsers.set(false);
    }

    private TokenFetcher newFetcher() {
        long current = generation;
        return new TokenFetcher(tasks, batcher, api, errors, ON_SIGHT_CONCURRENCY, new TokenFetcher.Listener() {
            @Override
            public void fetched(SdkTokenRow row, @Nullable KnownToken state) {
                if (current == generation) {
                    tokenRead(row.userId(), state);
                }
            }

            @Override
            public void keyRejected() {
                if (current == generation) {
                    showKeyRejected();
                }
            }
        }, headStart);
    }

    private TokenHeadStart newHeadStart() {
        long current = generation;
        return new TokenHeadStart(tasks, batcher, api, (userId, index, state, failure) -> {
            if (current != generation) {
                return;
            }
            SdkTokenRow row = index < rows.size() ? rows.get(index) : null;
            if (row != null && !row.isPlaceholder() && row.userId().equals(userId)) {
                fetcher.answered(row, state, failure);
            } else if (state != null) {
                tokenRead(userId, state); // its row is not there (yet): kept for when it is made
            }
        });
    }

    /** A user's token state was read (null: the read failed): kept for the rows made later, and the filter. */
    private void tokenRead(String userId, @Nullable KnownToken state) {
        if (state != null) {
            known.put(userId, state);
        }
        if (statusFilter.get() != null && !filteredLocally && allLoadedRowsKnown()) {
            applyStatusFilter();
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
        rows.putPage(0, List.of(me), 1, 0, this::newRow, evicted -> { }, -1);
        SdkTokenRow row = rows.get(0);
        selected.set(row);
        fetcher.want(List.of(row));
    }

    private void loadPage(int page) {
        long current = generation;
        UserSource from = source;
        pagesLoading.add(page);
        loadingUsers.set(true);
        // A load's first page starts its first screenful's reads itself, while the UI thread builds the rows.
        TokenHeadStart first = page == 0 && rows.loadedPageCount() == 0 && firstOnScreen == 0 ? headStart : null;
        pageTasks.add(tasks.run(() -> {
            Page<UserSummary> result = from.page(page, USER_PAGE_SIZE);
            if (first != null) {
                first.start(result.content(), FIRST_SCREENFUL, known::containsKey);
            }
            return result;
        }, result -> {
            if (current != generation) {
                return;
            }
            pagesLoading.remove(page);
            loadingUsers.set(!pagesLoading.isEmpty());
            showPage(page, result);
        }, failure -> {
            if (current != generation) {
                return;
            }
            pagesLoading.remove(page);
            loadingUsers.set(!pagesLoading.isEmpty());
            if (rows.isSkeleton()) {
                rows.reset();
            }
            if (ErrorMessages.isKeyRejected(failure)) {
                showKeyRejected();
            } else {
                banner.set(Banner.LOAD_FAILED);
                bannerText.set(errors.describe(failure));
            }
        }));
    }

    private void showPage(int page, Page<UserSummary> result) {
        long claimed = result.totalElements();
        totalUsers = Math.min(claimed, MAX_USERS);
        if (claimed > MAX_USERS && banner.get() == Banner.NONE) {
            banner.set(Banner.TRUNCATED);
            bannerText.set(messages.get("sdk.users.truncated", MAX_USERS, claimed));
        }
        SdkTokenRow pinned = selected.get();
        // What the view reports while the skeleton is replaced is the skeleton's layout (perhaps a few rows), not
        // the screenful the page will show: the first screenful's reads use FIRST_SCREENFUL until the user scrolls.
        replacingSkeleton = rows.isSkeleton();
        try {
            rows.putPage(page, result.content(), totalUsers, firstOnScreen / USER_PAGE_SIZE, this::newRow,
                    evicted -> { }, pinned == null ? -1 : pinned.index());
        } finally {
            replacingSkeleton = false;
        }
        for (UserSummary user : result.content()) {
            if (user.businessUnitId() != null) {
                unitsSeen.add(user.businessUnitId());
            }
        }
        merchantColumnShown.set(partnerOnAllMerchants() || unitsSeen.size() > 1);
        localSortAvailable.set(rows.isComplete() && rows.size() > 1);
        updateProgressText();
        refreshWanted();
    }

    private SdkTokenRow newRow(UserSummary user, int index) {
        SdkTokenRow row = new SdkTokenRow(user, index);
        KnownToken state = known.get(user.id());
        if (state != null) {
            row.apply(state);
        }
        return row;
    }

    /**
     * Placeholder rows while the first page of users is on its way: the view asks for a few more each frame until
     * the table is full, so the table builds its rows while the page is on the wire and the page's arrival only
     * changes their text (docs/decisions/0027). At most {@link #MAX_SKELETON_ROWS}. False, and nothing changes, once
     * the first page has arrived or nothing is loading (then the view stops asking).
     */
    public boolean showSkeletonRows(int count) {
        if (isSingleCard() || !loadingUsers.get() || rows.loadedPageCount() > 0) {
            return false;
        }
        rows.showSkeleton(Math.min(count, MAX_SKELETON_ROWS));
        return count < MAX_SKELETON_ROWS;
    }

    /** The view reports which rows are on screen (first and last index, inclusive) whenever it scrolls. */
    public void rowsOnScreen(int first, int last) {
        // Skeleton rows say nothing about what the first page's screenful will be (they may not fill it yet).
        if (rows.size() == 0 || last < first || rows.isSkeleton() || replacingSkeleton) {
            return;
        }
        if (Math.max(0, first) != firstOnScreen) {
            scrollSettle.moved();
        }
        firstOnScreen = Math.max(0, first);
        lastOnScreen = Math.min(rows.size() - 1, last);
        refreshWanted();
    }

    /**
     * Loads the pages and reads the tokens of what is on screen and its margin; nothing else. While the user scrolls
     * on, only the pages: the reads wait for the screen the user stops on ({@link ScrollSettle}).
     */
    private void refreshWanted() {
        int size = rows.size();
        if (size == 0 || isSingleCard()) {
            return;
        }
        int first = Math.min(firstOnScreen, size - 1);
        int last = Math.min(Math.max(lastOnScreen, first), size - 1);
        int from = Math.max(0, first - MARGIN_ROWS);
        int to = Math.min(size - 1, last + MARGIN_ROWS);
        for (int page : List.of(first / USER_PAGE_SIZE, last / USER_PAGE_SIZE, from / USER_PAGE_SIZE,
                to / USER_PAGE_SIZE)) {
            if (!rows.isLoaded(page) && !pagesLoading.contains(page) && pagesLoading.size() < PAGE_LOADS_AT_ONCE) {
                loadPage(page);
            }
        }
        if (scrollSettle.readsWait()) {
            fetcher.want(List.of());
            return;
        }
        List<SdkTokenRow> wanted = new ArrayList<>(to - from + 1);
        for (int i = first; i <= last; i++) {
            wanted.add(rows.get(i));
        }
        for (int i = last + 1; i <= to; i++) {
            wanted.add(rows.get(i));
        }
        for (int i = first - 1; i >= from; i--) {
            wanted.add(rows.get(i));
        }
        fetcher.want(wanted);
    }

    private UserQuery serverQuery() {
        PageRequest page = new PageRequest(0, USER_PAGE_SIZE, sortField == null ? DEFAULT_SORT : sortField,
                sortDirection);
        return new UserQuery(page, blankToNull(searchText.get()), selectedMerchantId(), typeFilter.get(), null);
    }

    /** Two queries cover the same users when their criteria match (page and sort aside). */
    private static boolean sameScope(UserQuery a, UserQuery b) {
        return Objects.equals(a.text(), b.text()) && Objects.equals(a.businessUnitId(), b.businessUnitId())
                && a.userType() == b.userType() && Objects.equals(a.active(), b.active());
    }

    private @Nullable String selectedMerchantId() {
        if (scope == null) {
            return null;
        }
        MerchantSummary merchant = scope.selectedProperty().get();
        return merchant == null ? null : merchant.id();
    }

    private boolean partnerOnAllMerchants() {
        return mode == RoleAccess.SdkScope.PARTNER_MERCHANTS && (scope == null || scope.selectedProperty().get() == null);
    }

    private void scheduleSearch() {
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        pendingSearch = tasks.schedule(SEARCH_DEBOUNCE, this::reload);
    }

    private void remember(SdkTokenRow row) {
        KnownToken state = row.known();
        if (state != null) {
            known.put(row.userId(), state);
        }
    }

    private void showKeyRejected() {
        fetcher.cancel();
        cancelCheck();
        banner.set(Banner.KEY_REJECTED);
        bannerText.set(messages.get("error.unauthorized"));
    }

    public void retry() {
        reload();
    }

    /** What the banner's button does: sign out after a rejected key, ask for the user id, or load again. */
    public void bannerAction() {
        switch (banner.get()) {
            case KEY_REJECTED -> signOut();
            case NEEDS_USER_ID -> askOwnUserId();
            case TRUNCATED -> { }
            default -> retry();
        }
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
        dispose();
        signOut.run();
    }

    // ---- sorting ----

    /**
     * An explicit column click. Name and type are sorted by the server (the list reloads); the other columns sort
     * the loaded rows once, only when every row of the scope is loaded. {@code column == null} restores the default.
     */
    public void sortBy(@Nullable SortColumn column, boolean ascending) {
        if (column == null || column.sortedByServer()) {
            String field = column == null ? null : column.serverField;
            SortDirection direction = ascending ? SortDirection.ASC : SortDirection.DESC;
            if (Objects.equals(field, sortField) && direction == sortDirection) {
                return;
            }
            sortField = field;
            sortDirection = direction;
            if (filteredLocally) {
                sortLocally(column == null ? Comparator.comparing(SdkTokenRow::username, String.CASE_INSENSITIVE_ORDER)
                        : column == SortColumn.NAME ? Comparator.comparing(SdkTokenRow::displayName,
                        String.CASE_INSENSITIVE_ORDER) : Comparator.comparing(r -> String.valueOf(r.userType())),
                        ascending);
            } else {
                reload();
            }
            return;
        }
        Comparator<SdkTokenRow> order = switch (column) {
            case TRSM -> Comparator.comparing(r -> r.trsmProperty().get());
            case DEVICE -> Comparator.comparing(r -> r.deviceIdProperty().get());
            case TOKEN -> Comparator.comparing(SdkTokenRow::last4);
            default -> Comparator.comparing(r -> r.statusProperty().get().ordinal());
        };
        sortLocally(order, ascending);
    }

    private void sortLocally(Comparator<SdkTokenRow> order, boolean ascending) {
        if (rows.isComplete()) {
            rows.sortLoaded(ascending ? order : order.reversed());
        }
    }

    // ---- status filter and "Check every token" ----

    /**
     * A status filter needs every token's status. It applies when "Check every token" has finished for this scope
     * (or every row is loaded and read); until then the table stays whole and the notice says what is needed.
     */
    private void applyStatusFilter() {
        TokenStatus wanted = statusFilter.get();
        if (wanted == null) {
            statusFilterNotice.set("");
            if (filteredLocally) {
                reload();
            }
            return;
        }
        List<UserSummary> matching = null;
        TokenCheck finished = check;
        if (finished != null && finished.isComplete() && sameScope(finished.scope(), serverQuery())) {
            matching = finished.users(user -> statusOf(user.id()) == wanted);
        } else if (filteredLocally) {
            matching = localBase.stream().filter(user -> statusOf(user.id()) == wanted).toList();
        } else if (allLoadedRowsKnown()) {
            localBase = rows.loadedRows().stream().map(SdkTokenRow::user).toList();
            matching = localBase.stream().filter(user -> statusOf(user.id()) == wanted).toList();
        }
        if (matching == null) {
            statusFilterNotice.set(messages.get("sdk.filter.needsCheck", knownCount(), totalUsers));
            return;
        }
        statusFilterNotice.set("");
        generation++;
        cancelLoading();
        filteredLocally = true;
        source = UserSource.local(serverQuery(), matching);
        startLoading();
    }

    private @Nullable TokenStatus statusOf(String userId) {
        KnownToken state = known.get(userId);
        return state == null ? null : state.status();
    }

    private boolean allLoadedRowsKnown() {
        if (!rows.isComplete() || rows.size() == 0) {
            return false;
        }
        for (SdkTokenRow row : rows.loadedRows()) {
            if (!row.isKnown()) {
                return false;
            }
        }
        return true;
    }

    private long knownCount() {
        return rows.loadedRows().stream().filter(SdkTokenRow::isKnown).count();
    }

    /** Reads every token of the current scope in the background, {@code concurrency} at a time. */
    public void checkEveryToken() {
        if (checkRunning.get() || isSingleCard()) {
            return;
        }
        UserQuery scopeQuery = serverQuery();
        checkCounts.clear();
        checkRunning.set(true);
        checkProgress.set(0);
        checkText.set(messages.get("sdk.check.starting"));
        TokenCheck job = new TokenCheck(api, scopeQuery, concurrency, batcher, new TokenCheck.Listener() {
            @Override
            public void result(SweepResult result) {
                checkCounts.merge(result.status(), 1L, Long::sum);
                SdkTokenRow row = rows.row(result.user().id());
                if (row != null) {
                    row.apply(result);
                }
                if (result.status() != SweepStatus.FAILED) {
                    known.put(result.user().id(), knownOf(result));
                }
            }

            @Override
            public void progress(SweepProgress progress) {
                checkProgress.set(progress.fraction());
                checkText.set(progress.eta() == null
                        ? messages.get("sdk.check.progress", progress.done(), progress.total())
                        : messages.get("sdk.check.progressEta", progress.done(), progress.total(),
                        duration(progress.eta())));
            }

            @Override
            public void finished(SweepSummary summary) {
                checkRunning.set(false);
                switch (summary.outcome()) {
                    case COMPLETED -> {
                        checkProgress.set(1);
                        checkText.set(messages.get("sdk.check.done", summary.done(),
                                count(SweepStatus.ACTIVE), count(SweepStatus.DISABLED), count(SweepStatus.NO_TOKEN),
                                count(SweepStatus.FAILED)));
                        if (statusFilter.get() != null) {
                            applyStatusFilter();
                        }
                    }
                    case CANCELLED -> checkText.set(messages.get("sdk.check.cancelled", summary.done(),
                            summary.total()));
                    case ABORTED -> {
                        Throwable cause = summary.abortCause();
                        if (cause != null && ErrorMessages.isKeyRejected(cause)) {
                            showKeyRejected();
                        }
                        checkText.set(messages.get("sdk.check.failed", cause == null ? "" : errors.describe(cause)));
                    }
                }
            }
        });
        check = job;
        job.start(tasks);
    }

    private long count(SweepStatus status) {
        return checkCounts.getOrDefault(status, 0L);
    }

    private static KnownToken knownOf(SweepResult result) {
        TokenStatus status = switch (result.status()) {
            case ACTIVE -> TokenStatus.ACTIVE;
            case DISABLED -> TokenStatus.DISABLED;
            default -> TokenStatus.NO_TOKEN;
        };
        return new KnownToken(status, result.last4(), nullToEmpty(result.trsm()), nullToEmpty(result.terminalId()),
                nullToEmpty(result.deviceId()));
    }

    /** Stops a running "Check every token"; what it read so far stays. */
    public void cancelCheck() {
        TokenCheck running = check;
        if (running != null && checkRunning.get()) {
            running.cancel();
            checkRunning.set(false);
            long done = checkCounts.values().stream().mapToLong(Long::longValue).sum();
            checkText.set(messages.get("sdk.check.cancelled", done, totalUsers));
        }
    }

    private String duration(Duration value) {
        long seconds = Math.max(1, value.toSeconds());
        return seconds < 90 ? messages.get("sdk.check.seconds", seconds)
                : messages.get("sdk.check.minutes", Math.round(seconds / 60.0));
    }

    // ---- actions on the selected row ----

    public void copySelected() {
        actions.copy(selected.get());
    }

    /** The reveal control was pressed: fetch the selected token so it can be shown while held. */
    public void revealSelected() {
        actions.fetchForShow(selected.get(), () -> { });
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

    /** Shows the QR code of the selected token (fetching it first), or hides it. */
    public void toggleQr() {
        SdkTokenRow row = selected.get();
        if (qrShown.get() || row == null || !row.hasToken()) {
            qrShown.set(false);
            return;
        }
        actions.fetchForShow(row, () -> {
            if (selected.get() == row) {
                qrShown.set(true);
                session.activity().succeeded(ActivityAction.QR_SHOWN, row.displayName(), row.userId());
            }
        });
    }

    /** The selected token came into view on the reveal control (for the activity log). */
    public void tokenRevealed() {
        SdkTokenRow row = selected.get();
        if (row != null && row.hasToken()) {
            session.activity().succeeded(ActivityAction.REVEAL, row.displayName(), row.userId());
        }
    }

    /** The idle lock: hide the QR code and let go of the held token (a reveal is masked by the view). */
    public void concealSecrets() {
        qrShown.set(false);
        held.drop();
    }

    // ---- bulk ----

    /** Asks with a preview of what changes, then runs the action over the selection with per-row results. */
    public void runBulk(BulkAction action) {
        List<SdkTokenRow> chosen = selection.stream().filter(row -> !row.isPlaceholder()).toList();
        if (chosen.isEmpty() || (bulkRun.get() != null && bulkRun.get().runningProperty().get())) {
            return;
        }
        BulkPlan plan = BulkPlan.of(action, chosen);
        if (plan.planned().isEmpty()) {
            dialogs.showError(messages.get("bulk.title." + action.name()),
                    messages.get("bulk.nothing." + action.name()));
            return;
        }
        if (!dialogs.confirm(plan.confirmation(messages))) {
            return;
        }
        BulkRun run = new BulkRun(action, plan.planned(), plan.skipped(), tasks, api, errors, messages, concurrency,
                this::remember, session.activity());
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
        progressText.set(rows.size() == 0 || rows.isSkeleton() ? "" : messages.get("sdk.progress.users", totalUsers));
    }

    // ---- labels ----

    public String statusLabel(@Nullable TokenStatus status) {
        return status == null ? "" : status.label(messages);
    }

    /** A row's user type; one the server did not name reads "Unknown". */
    public String rowTypeLabel(@Nullable UserType type) {
        return RoleAccess.typeLabel(messages, type);
    }

    /** A type filter choice; null is "All types". */
    public String typeLabel(@Nullable UserType type) {
        return type == null ? messages.get("sdk.filter.allTypes") : RoleAccess.typeLabel(messages, type);
    }

    public String statusFilterLabel(@Nullable TokenStatus status) {
        return status == null ? messages.get("sdk.filter.allStatuses") : statusLabel(status);
    }

    public List<UserType> typeChoices() {
        return java.util.Arrays.asList(null, UserType.USER, UserType.TERMINAL, UserType.SDK_USER, UserType.MERCHANT,
                UserType.BRANCH);
    }

    public List<TokenStatus> statusChoices() {
        return java.util.Arrays.asList(null, TokenStatus.ACTIVE, TokenStatus.DISABLED, TokenStatus.NO_TOKEN,
                TokenStatus.ERROR, TokenStatus.STALE);
    }

    /** The table's items: one entry per user in scope, real rows only where pages are loaded. */
    public ObservableList<SdkTokenRow> rows() { return rows; }
    /** True while the rows deliver a change of their own (a page arrived or was dropped, a reload). */
    boolean rowsChanging() { return rows.isChanging(); }
    public SdkTokenDetailViewModel detail() { return detail; }
    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<UserType> typeFilterProperty() { return typeFilter; }
    public ObjectProperty<TokenStatus> statusFilterProperty() { return statusFilter; }
    public ObjectProperty<SdkTokenRow> selectedProperty() { return selected; }
    public ObservableList<SdkTokenRow> selection() { return selection; }
    /** The selected row's token while an action holds it (reveal, QR); null otherwise. */
    public ReadOnlyStringProperty heldTokenProperty() { return held.tokenProperty(); }
    public ReadOnlyBooleanProperty loadingUsersProperty() { return loadingUsers.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Banner> bannerProperty() { return banner.getReadOnlyProperty(); }
    public ReadOnlyStringProperty bannerTextProperty() { return bannerText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty bannerActionTextProperty() { return bannerActionText.getReadOnlyProperty(); }
    public BooleanBinding bannerActionAvailableProperty() { return bannerActionAvailable; }
    public BooleanProperty qrShownProperty() { return qrShown; }
    public ReadOnlyObjectProperty<BulkRun> bulkRunProperty() { return bulkRun.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty merchantColumnShownProperty() { return merchantColumnShown.getReadOnlyProperty(); }
    /** True when every row is loaded, so columns the server cannot sort may be sorted here. */
    public ReadOnlyBooleanProperty localSortAvailableProperty() { return localSortAvailable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusFilterNoticeProperty() { return statusFilterNotice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkRunningProperty() { return checkRunning.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty checkProgressProperty() { return checkProgress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty checkTextProperty() { return checkText.getReadOnlyProperty(); }
    public long totalUsers() { return totalUsers; }
    /** Token reads made on sight since the last reload. */
    public int tokenRequests() { return fetcher.requested() + headStart.requested(); }
    /** Token reads made because Copy, reveal or QR needed the token. */
    int heldTokenFetches() { return held.fetches(); }
    int inFlightTokenRequests() { return fetcher.inFlight() + headStart.inFlight(); }
    int tableUpdates() { return batcher.flushes(); }
    int loadedRowCount() { return rows.loadedRowCount(); }
}
