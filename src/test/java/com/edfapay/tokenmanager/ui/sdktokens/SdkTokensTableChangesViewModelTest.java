package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The table knows the rows only from the list's change events. A copy of the list kept up to date from those events
 * alone (as a TableView does) must show exactly the rows the list holds after every page, eviction, reset, skeleton
 * and sort; and each change arrives while the list says it is changing on its own (the view tells those moves of the
 * selection from the user's by it).
 */
class SdkTokensTableChangesViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks);
    private final FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
    private final List<SdkTokenRow> table = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int changes;
    private SdkTokensViewModel vm;

    @BeforeEach
    void setUp() {
        for (int i = 0; i < 3500; i++) {
            String id = "u-" + i;
            UserType type = i % 2 == 0 ? UserType.TERMINAL : UserType.USER;
            api.users.add(new UserSummary(id, String.format("user%04d", (i * 7) % 3500), null, "First" + i, "Last",
                    null, type, "m-1", "Merchant", true));
            if (i % 3 != 0) {
                api.sdkTokens.put(id, new SdkToken(id, String.format("%060X%04d", 1L, i), "m-1", type, "t", "TRSM" + i,
                        "DEV", i % 4 != 0));
            }
        }
        Session session = SdkTokensTestKit.session(api);
        vm = new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, () -> { }, 8);
        vm.rows().addListener(this::follow);
    }

    /** What a table does with a change: applies it to what it shows, checking what it says was removed. */
    private void follow(ListChangeListener.Change<? extends SdkTokenRow> change) {
        changes++;
        if (!vm.rowsChanging()) {
            problems.add("change " + changes + " delivered while the list did not say it was changing");
        }
        while (change.next()) {
            int from = change.getFrom();
            if (change.wasPermutated()) {
                List<SdkTokenRow> before = new ArrayList<>(table.subList(from, change.getTo()));
                for (int i = from; i < change.getTo(); i++) {
                    table.set(change.getPermutation(i), before.get(i - from));
                }
                continue;
            }
            if (change.wasRemoved()) {
                List<SdkTokenRow> shown = table.subList(from, from + change.getRemovedSize());
                if (!sameRows(shown, change.getRemoved())) {
                    problems.add("change " + changes + " removed other rows than the table showed at " + from);
                }
                shown.clear();
            }
            if (change.wasAdded()) {
                table.addAll(from, change.getAddedSubList());
            }
        }
    }

    private static boolean sameRows(List<? extends SdkTokenRow> a, List<? extends SdkTokenRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    /** The table shows exactly what the list holds, row object for row object. */
    private void assertTableFollows(String step) {
        assertThat(problems).as(step).isEmpty();
        assertThat(table).as(step + ": rows shown").hasSize(vm.rows().size());
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i) != vm.rows().get(i)) {
                throw new AssertionError(step + ": the table shows " + table.get(i) + " at " + i + " where the list has "
                        + vm.rows().get(i));
            }
        }
        assertThat(vm.rowsChanging()).as(step + ": at rest").isFalse();
    }

    @Test
    void theTableFollowsPagesEvictionsAndResetsFromTheEventsAlone() {
        vm.start();
        settle();
        assertTableFollows("first page");
        assertThat(table.get(0).userId()).isEqualTo("u-0");

        vm.rowsOnScreen(3480, 3499);
        settle();
        assertTableFollows("last page");
        assertThat(table.get(3499).isPlaceholder()).isFalse();

        for (int page = 1; page < 34; page++) {
            vm.rowsOnScreen(page * 100 + 40, page * 100 + 60);
            settle();
        }
        assertTableFollows("after pages were dropped");
        assertThat(vm.loadedRowCount()).isLessThanOrEqualTo(SdkTokensViewModel.MAX_PAGES_KEPT
                * SdkTokensViewModel.USER_PAGE_SIZE);

        vm.searchTextProperty().set("first12");
        tasks.elapse(SdkTokensViewModel.SEARCH_DEBOUNCE);
        settle();
        assertTableFollows("a search with fewer users");
        assertThat(table).hasSize(111);
        assertThat(table.stream().filter(r -> !r.isPlaceholder())).extracting(SdkTokenRow::userId)
                .contains("u-12", "u-120", "u-1288").allMatch(id -> id.startsWith("u-12"));

        vm.searchTextProperty().set("nobody by that name");
        tasks.elapse(SdkTokensViewModel.SEARCH_DEBOUNCE);
        settle();
        assertTableFollows("an empty result");
        assertThat(table).isEmpty();
    }

    @Test
    void theTableFollowsSkeletonRowsAndThePageThatReplacesThem() {
        tasks.hold();
        vm.start();
        vm.showSkeletonRows(10);
        vm.showSkeletonRows(25);
        assertTableFollows("skeleton");
        assertThat(table).hasSize(25).allMatch(SdkTokenRow::isPlaceholder);

        tasks.runNext();
        tasks.release();
        settle();
        assertTableFollows("the first page replaced the skeleton");
        assertThat(table).hasSize(3500);
        assertThat(table.get(24).isPlaceholder()).isFalse();
    }

    @Test
    void theTableFollowsALocalSortAndAStatusFilter() {
        api.users.removeIf(u -> Integer.parseInt(u.id().substring(2)) >= 40);
        vm.start();
        vm.rowsOnScreen(0, 39);
        settle();
        assertTableFollows("a small scope");

        vm.sortBy(SdkTokensViewModel.SortColumn.TRSM, false);
        assertTableFollows("sorted here");
        assertThat(table).extracting(r -> r.trsmProperty().get()).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());

        vm.statusFilterProperty().set(TokenStatus.DISABLED);
        settle();
        assertTableFollows("filtered by status");
        assertThat(table).isNotEmpty().allMatch(r -> r.statusProperty().get() == TokenStatus.DISABLED);
    }
}
