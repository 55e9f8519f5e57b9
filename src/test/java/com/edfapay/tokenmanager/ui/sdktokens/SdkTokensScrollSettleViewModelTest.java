package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Token reads while the user scrolls ({@link ScrollSettle}): a held Page Down reads the screen it stops on, not
 * every screen it passes; one move after a pause, a re-reported screen and a new load are read at once.
 */
class SdkTokensScrollSettleViewModelTest {

    private static final int SCREEN = 27;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final FakeEdfaPayApi api = new FakeEdfaPayApi(FakeEdfaPayApi.merchant().identity);

    private SdkTokensViewModel started(int users) {
        for (int i = 0; i < users; i++) {
            String id = "u-" + i;
            api.users.add(new UserSummary(id, String.format("user%05d", i), null, "Name" + i, "Last", null,
                    UserType.TERMINAL, "m-1", "Merchant", true));
            api.sdkTokens.put(id, new SdkToken(id, String.format("%060X%04d", 1L, i), "m-1", UserType.TERMINAL,
                    "t-" + i, "TRSM" + i, "DEV" + i, true));
        }
        SdkTokensViewModel vm = new SdkTokensViewModel(SdkTokensTestKit.session(api), null, tasks,
                Messages.forLocale(Locale.ENGLISH), new RecordingDialogs(),
                SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks), () -> { }, 8);
        vm.start();
        SdkTokensTestKit.settle(tasks);
        api.log.clear();
        return vm;
    }

    private List<String> tokenReads() {
        return api.log.stream().filter(c -> c.startsWith("getSdkToken:")).map(c -> c.substring(12)).toList();
    }

    /** The user of the row at {@code index} (users are listed by username, so row i is u-i). */
    private static String user(int index) {
        return "u-" + index;
    }

    private static void screenAt(SdkTokensViewModel vm, int first) {
        vm.rowsOnScreen(first, first + SCREEN - 1);
    }

    @Test
    void aHeldPageDownReadsTheScreenItStopsOnAndNoneItPassed() {
        SdkTokensViewModel vm = started(3000);

        screenAt(vm, 1000);
        assertThat(tokenReads()).as("the first move after a pause is read at once").contains(user(1000));
        // A key repeating every 100 ms: each batch of answers frees the read slots before the next move, so only the
        // wait keeps the screens passed from being read.
        tasks.elapse(UpdateBatcher.INTERVAL);
        int readAtOnce = tokenReads().size();
        for (int first = 1000 + SCREEN; first <= 1000 + 10 * SCREEN; first += SCREEN) {
            screenAt(vm, first);
            tasks.elapse(UpdateBatcher.INTERVAL);
        }
        assertThat(vm.inFlightTokenRequests()).as("slots free").isZero();
        assertThat(tokenReads()).as("nothing read while the screen kept moving").hasSize(readAtOnce);
        assertThat(vm.rows().get(1000 + 10 * SCREEN).isPlaceholder()).as("but the pages come").isFalse();

        tasks.elapse(ScrollSettle.SETTLE);

        int stoppedOn = 1000 + 10 * SCREEN;
        assertThat(tokenReads()).as("read once the moves stopped").contains(user(stoppedOn), user(stoppedOn + 26))
                .doesNotContain(user(1000 + 5 * SCREEN), user(1000 + 2 * SCREEN));
        SdkTokensTestKit.settle(tasks);
        assertThat(vm.rows().get(stoppedOn).statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(vm.rows().get(1000 + 5 * SCREEN).statusProperty().get()).isEqualTo(TokenStatus.LOADING);
    }

    @Test
    void oneMoveAfterThePauseIsReadAtOnce() {
        SdkTokensViewModel vm = started(3000);
        screenAt(vm, 500);
        screenAt(vm, 500 + SCREEN);
        tasks.elapse(ScrollSettle.SETTLE);
        SdkTokensTestKit.settle(tasks);
        api.log.clear();

        screenAt(vm, 2000);

        assertThat(tokenReads()).contains(user(2000), user(2000 + SCREEN - 1));
    }

    @Test
    void theSameScreenReportedAgainIsNotAMove() {
        SdkTokensViewModel vm = started(3000);
        screenAt(vm, 700);
        assertThat(tokenReads()).as("as many as are read at a time").hasSize(SdkTokensViewModel.ON_SIGHT_CONCURRENCY)
                .doesNotContain(user(733), user(695));

        // Layout passes report the screen again; the reads of the rest of it must not wait for a scroll to stop.
        screenAt(vm, 700);
        tasks.elapse(UpdateBatcher.INTERVAL);

        assertThat(tokenReads()).as("the rest of the screen and its margin when the first answers came")
                .contains(user(733), user(695));
    }

    @Test
    void aNewLoadReadsItsFirstScreenAtOnceAfterAScroll() {
        SdkTokensViewModel vm = started(3000);
        screenAt(vm, 300);
        screenAt(vm, 300 + SCREEN);
        api.log.clear();

        vm.refresh();

        assertThat(tokenReads()).as("the refreshed first screenful, not held back by the scroll before it")
                .contains(user(0), user(SCREEN - 1));
    }
}
