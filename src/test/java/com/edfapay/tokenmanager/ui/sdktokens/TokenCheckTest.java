package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.api.sweep.SweepProgress;
import com.edfapay.tokenmanager.api.sweep.SweepResult;
import com.edfapay.tokenmanager.api.sweep.SweepSummary;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Check every token" for the tab, on its own: what reaches the listener (results, the last progress, the summary,
 * all through the batcher), nothing after a cancel, no request at all when cancelled before it started, and the
 * slim users it keeps (no e-mail, no phone, one unit name per unit) sorted for the status filter. The sweep runs on
 * the calling thread; its reads on the runner's worker pool.
 */
class TokenCheckTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final UpdateBatcher batcher = new UpdateBatcher(tasks, () -> 0L);
    private final FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
    private final UserQuery scope = UserQuery.all(PageRequest.first(50));
    private final List<String> heard = new ArrayList<>();
    private final List<SweepProgress> progress = new ArrayList<>();
    private final TokenCheck.Listener listener = new TokenCheck.Listener() {
        @Override
        public void result(SweepResult result) {
            heard.add("result " + result.user().id());
        }

        @Override
        public void progress(SweepProgress value) {
            heard.add("progress");
            progress.add(value);
        }

        @Override
        public void finished(SweepSummary summary) {
            heard.add("finished " + summary.outcome() + " " + summary.done());
        }
    };

    private void seed(int count) {
        for (int i = 0; i < count; i++) {
            String id = "u-" + i;
            // Distinct but equal unit names, as each JSON answer would bring them.
            api.users.add(new UserSummary(id, String.format("User%02d", count - i), id + "@example.test", "First",
                    "Last", "+96650000" + i, UserType.USER, "m-1", new String("Merchant m-1"), true));
            api.sdkTokens.put(id, new SdkToken(id, "D".repeat(60) + String.format("%04d", i), "m-1", UserType.USER,
                    null, null, null, true));
        }
    }

    private long tokenReads() {
        return api.log.stream().filter(call -> call.startsWith("getSdkToken:")).count();
    }

    @Test
    void resultsTheLastProgressAndTheSummaryReachTheListenerInThatOrderOnlyThroughTheBatcher() {
        seed(5);
        TokenCheck check = new TokenCheck(api, scope, 2, batcher, listener);
        assertThat(check.isComplete()).isFalse();

        check.start(tasks);

        assertThat(tokenReads()).isEqualTo(5);
        assertThat(heard).as("nothing before the batch reaches the UI thread").isEmpty();
        assertThat(check.isComplete()).isFalse();

        SdkTokensTestKit.settle(tasks);

        assertThat(heard).filteredOn(h -> h.startsWith("result")).hasSize(5);
        assertThat(heard).last().isEqualTo("finished COMPLETED 5");
        assertThat(heard.get(heard.size() - 2)).as("the last progress just before the summary").isEqualTo(
                "progress");
        assertThat(progress).as("one progress for the batch however many results it carries, and the last one with"
                + " the summary").hasSize(2);
        assertThat(progress).last().satisfies(p -> {
            assertThat(p.done()).isEqualTo(5);
            assertThat(p.total()).isEqualTo(5);
        });
        assertThat(check.isComplete()).isTrue();
        assertThat(check.scope()).isSameAs(scope);
    }

    @Test
    void aCheckCancelledBeforeItsBatchArrivesTellsTheListenerNothing() {
        seed(5);
        TokenCheck check = new TokenCheck(api, scope, 2, batcher, listener);
        check.start(tasks);

        check.cancel();
        SdkTokensTestKit.settle(tasks);

        assertThat(heard).isEmpty();
        assertThat(check.isComplete()).as("its results never reached the table: not a complete check")
                .isFalse();
    }

    @Test
    void aCheckCancelledBeforeItStartedReadsNoTokenAndIsNotComplete() {
        seed(5);
        TokenCheck check = new TokenCheck(api, scope, 2, batcher, listener);
        check.cancel();

        check.start(tasks);
        SdkTokensTestKit.settle(tasks);

        assertThat(tokenReads()).isZero();
        assertThat(heard).isEmpty();
        assertThat(check.isComplete()).isFalse();
    }

    @Test
    void theUsersItKeepsAreSlimSortedByUsernameAndShareOneUnitName() {
        seed(4);
        api.users.add(new UserSummary("x-1", "aaron", null, "No", "Unit", null, UserType.USER, null,
                "Own name", true));
        api.users.add(new UserSummary("x-2", "Aaron", null, "No", "Unit", null, UserType.USER, null,
                "Other name", true));
        TokenCheck check = new TokenCheck(api, scope, 2, batcher, listener);
        check.start(tasks);
        SdkTokensTestKit.settle(tasks);

        List<UserSummary> users = check.users(user -> !user.id().equals("u-0"));

        assertThat(users).extracting(UserSummary::id).containsExactly("x-1", "x-2", "u-3", "u-2", "u-1");
        assertThat(users).extracting(UserSummary::email).containsOnlyNulls();
        assertThat(users).extracting(UserSummary::phoneNumber).containsOnlyNulls();
        assertThat(users.get(2).businessUnitName()).isEqualTo("Merchant m-1")
                .isSameAs(users.get(3).businessUnitName()).isSameAs(users.get(4).businessUnitName());
        assertThat(users.get(0).businessUnitName()).as("no unit: each keeps its own name").isEqualTo("Own name");
        assertThat(users.get(1).businessUnitName()).isEqualTo("Other name");
    }

    @Test
    void anEmptyScopeFinishesWithoutAnyProgressThatIsNotThere() {
        TokenCheck check = new TokenCheck(api, scope, 2, batcher, listener);

        check.start(tasks);
        SdkTokensTestKit.settle(tasks);

        assertThat(heard).last().isEqualTo("finished COMPLETED 0");
        assertThat(progress).doesNotContainNull();
        assertThat(check.isComplete()).isTrue();
    }
}
