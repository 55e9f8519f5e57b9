package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.SortDirection;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What the SDK Tokens tab asks {@code users/search} for (page, size, sort, criteria), how it sorts a table it holds
 * completely, and how it keeps memory bounded while the user scrolls through a large scope.
 */
class SdkTokensPagingViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks);

    /** The fake server, recording every users query it was sent. */
    private final List<UserQuery> queries = new CopyOnWriteArrayList<>();
    private final FakeEdfaPayApi api = new FakeEdfaPayApi(FakeEdfaPayApi.merchant().identity) {
        @Override
        public com.edfapay.tokenmanager.api.Page<UserSummary> searchUsers(UserQuery query) {
            queries.add(query);
            return super.searchUsers(query);
        }
    };

    /** u-0..u-(n-1); names, TRSMs and devices in an order unlike the ids', so a sort can be seen. */
    private void seed(int count) {
        for (int i = 0; i < count; i++) {
            String id = "u-" + i;
            int shuffled = (i * 7) % count;
            UserType type = i % 2 == 0 ? UserType.TERMINAL : UserType.USER;
            api.users.add(new UserSummary(id, String.format("user%03d", shuffled), null,
                    String.format("Name%03d", (i * 5) % count), "Last", null, type, "m-1", "Merchant", true));
            if (i % 3 != 0) {
                api.sdkTokens.put(id, new SdkToken(id, String.format("%060X%04d", 1L, (i * 11) % count), "m-1", type,
                        "t-" + i, String.format("TRSM%03d", (i * 3) % count), String.format("DEV%03d", (i * 13) % count),
                        true));
            }
        }
    }

    private SdkTokensViewModel started(int users) {
        seed(users);
        Session session = SdkTokensTestKit.session(api);
        SdkTokensViewModel vm = new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, () -> { },
                8);
        vm.start();
        settle();
        return vm;
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    private UserQuery lastQuery() {
        return queries.get(queries.size() - 1);
    }

    private List<String> tokenReads() {
        return api.log.stream().filter(c -> c.startsWith("getSdkToken:")).map(c -> c.substring(12)).toList();
    }

    @Test
    void theFirstQueryAsksForPageZeroOfAHundredByUsernameAscendingWithNoCriteria() {
        started(5);

        UserQuery first = queries.get(0);
        assertThat(first.page().pageNumber()).isZero();
        assertThat(first.page().pageSize()).isEqualTo(SdkTokensViewModel.USER_PAGE_SIZE);
        assertThat(first.page().sortBy()).isEqualTo("username");
        assertThat(first.page().sortDirection()).isEqualTo(SortDirection.ASC);
        assertThat(first.text()).isNull();
        assertThat(first.userType()).isNull();
        assertThat(first.businessUnitId()).isNull();
        assertThat(first.active()).isNull();
    }

    @Test
    void sortingByNameOrTypeAsksTheServerAndTheDefaultSortComesBack() {
        SdkTokensViewModel vm = started(250);

        vm.sortBy(SdkTokensViewModel.SortColumn.NAME, false);
        settle();
        assertThat(lastQuery().page().sortBy()).isEqualTo("firstName");
        assertThat(lastQuery().page().sortDirection()).isEqualTo(SortDirection.DESC);
        assertThat(lastQuery().page().pageNumber()).as("a new sort starts at the top").isZero();

        int asked = queries.size();
        vm.sortBy(SdkTokensViewModel.SortColumn.NAME, false);
        assertThat(queries).as("the same sort again asks nothing").hasSize(asked);

        vm.sortBy(SdkTokensViewModel.SortColumn.TYPE, true);
        settle();
        assertThat(lastQuery().page().sortBy()).isEqualTo("userType");
        assertThat(lastQuery().page().sortDirection()).isEqualTo(SortDirection.ASC);

        vm.sortBy(null, true);
        settle();
        assertThat(lastQuery().page().sortBy()).isEqualTo("username");
        assertThat(lastQuery().page().sortDirection()).isEqualTo(SortDirection.ASC);
    }

    @Test
    void scrollingAsksForThePageOnScreenWithTheSameSortAndCriteria() {
        SdkTokensViewModel vm = started(250);
        vm.typeFilterProperty().set(UserType.USER);
        settle();
        vm.sortBy(SdkTokensViewModel.SortColumn.NAME, true);
        settle();
        queries.clear();

        vm.rowsOnScreen(110, 120);
        settle();

        assertThat(queries).singleElement().satisfies(query -> {
            assertThat(query.page().pageNumber()).isEqualTo(1);
            assertThat(query.page().pageSize()).isEqualTo(SdkTokensViewModel.USER_PAGE_SIZE);
            assertThat(query.page().sortBy()).isEqualTo("firstName");
            assertThat(query.userType()).isEqualTo(UserType.USER);
        });
        assertThat(vm.rows()).hasSize(125);
        assertThat(vm.rows().get(115).userType()).isEqualTo(UserType.USER);
    }

    @Test
    void aRowOnTheEdgeOfAPageLoadsTheNextPageForItsMargin() {
        SdkTokensViewModel vm = started(300);
        queries.clear();

        vm.rowsOnScreen(170, 195);
        settle();

        assertThat(queries).extracting(q -> q.page().pageNumber()).as("page 1 on screen, page 2 for the margin")
                .containsExactlyInAnyOrder(1, 2);
        assertThat(tokenReads()).contains("u-203").doesNotContain("u-204", "u-161");
    }

    @Test
    void aFullyLoadedTableSortsItsOtherColumnsWithoutTheServer() {
        SdkTokensViewModel vm = started(30);
        assertThat(vm.localSortAvailableProperty().get()).isTrue();
        int asked = queries.size();

        vm.sortBy(SdkTokensViewModel.SortColumn.TRSM, true);
        assertThat(vm.rows()).extracting(r -> r.trsmProperty().get()).isSorted();
        vm.sortBy(SdkTokensViewModel.SortColumn.DEVICE, false);
        assertThat(vm.rows()).extracting(r -> r.deviceIdProperty().get()).isSortedAccordingTo(
                Comparator.reverseOrder());
        vm.sortBy(SdkTokensViewModel.SortColumn.TOKEN, true);
        assertThat(vm.rows()).extracting(SdkTokenRow::last4).isSorted();
        vm.sortBy(SdkTokensViewModel.SortColumn.STATUS, false);
        assertThat(vm.rows()).extracting(r -> r.statusProperty().get().ordinal())
                .isSortedAccordingTo(Comparator.reverseOrder());

        assertThat(queries).as("none of these is a server sort").hasSize(asked);
    }

    @Test
    void aPartlyLoadedTableDoesNotPretendToSortColumnsTheServerCannotSort() {
        SdkTokensViewModel vm = started(250);
        List<String> before = vm.rows().subList(0, 100).stream().map(SdkTokenRow::userId).toList();

        vm.sortBy(SdkTokensViewModel.SortColumn.TRSM, true);

        assertThat(vm.localSortAvailableProperty().get()).isFalse();
        assertThat(vm.rows().subList(0, 100)).extracting(SdkTokenRow::userId).containsExactlyElementsOf(before);
    }

    @Test
    void aStatusFilteredTableSortsByNameAndUsernameWithoutTheServer() {
        SdkTokensViewModel vm = started(30);
        vm.statusFilterProperty().set(TokenStatus.ACTIVE);
        settle();
        int asked = api.calls.get();
        assertThat(vm.rows()).hasSize(20).allSatisfy(r -> assertThat(r.isActive()).isTrue());

        vm.sortBy(SdkTokensViewModel.SortColumn.NAME, false);
        assertThat(vm.rows()).extracting(SdkTokenRow::displayName).isSortedAccordingTo(Comparator.reverseOrder());
        vm.sortBy(SdkTokensViewModel.SortColumn.TYPE, true);
        assertThat(vm.rows()).extracting(r -> String.valueOf(r.userType())).isSorted();
        vm.sortBy(null, true);
        assertThat(vm.rows()).extracting(SdkTokenRow::username).isSorted();

        assertThat(api.calls.get()).as("the filtered list is sorted where it is").isEqualTo(asked);
        assertThat(vm.rows()).hasSize(20);
    }

    @Test
    void scrollingThroughALargeScopeKeepsAtMostThirtyPagesButNeverTheSelectedRowsPage() {
        SdkTokensViewModel vm = started(4000);
        SdkTokenRow chosen = vm.rows().get(5);
        vm.selectedProperty().set(chosen);

        for (int page = 1; page < 40; page++) {
            vm.rowsOnScreen(page * 100 + 40, page * 100 + 60);
            settle();
        }

        assertThat(vm.loadedRowCount()).isLessThanOrEqualTo(SdkTokensViewModel.MAX_PAGES_KEPT
                * SdkTokensViewModel.USER_PAGE_SIZE);
        assertThat(vm.rows().get(5)).as("the selected row stays").isSameAs(chosen);
        assertThat(vm.selectedProperty().get()).isSameAs(chosen);
        assertThat(vm.rows().get(150).isPlaceholder()).as("the farthest page other than the selection's went")
                .isTrue();
        assertThat(vm.rows().get(3950).isPlaceholder()).isFalse();
        assertThat(vm.rows()).hasSize(4000);

        api.log.clear();
        vm.rowsOnScreen(140, 160);
        settle();
        assertThat(vm.rows().get(150).isPlaceholder()).as("scrolling back loads it again").isFalse();
        assertThat(tokenReads()).as("what was read of its tokens is remembered").isEmpty();
        assertThat(vm.rows().get(150).statusProperty().get()).isNotEqualTo(TokenStatus.LOADING);
    }

    @Test
    void refreshForgetsWhatWasKnownAndReadsTheScreenAgainWhileAReloadDoesNot() {
        SdkTokensViewModel vm = started(60);
        api.log.clear();

        vm.sortBy(SdkTokensViewModel.SortColumn.NAME, true);
        settle();
        assertThat(tokenReads()).as("a new sort reuses what is known").isEmpty();

        vm.refresh();
        settle();
        int onScreen = SdkTokensViewModel.FIRST_SCREENFUL + SdkTokensViewModel.MARGIN_ROWS;
        assertThat(tokenReads()).hasSize(onScreen).doesNotHaveDuplicates();
    }
}
