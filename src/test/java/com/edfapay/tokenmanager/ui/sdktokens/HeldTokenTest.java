package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.Failures;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one token the tab holds: read once for the selected row and reused, never kept for a row that is no longer
 * selected, dropped when an answer says the row has no token, and never handed out for a row the user moved away from.
 */
class HeldTokenTest {

    private static final String TOKEN_A = "A".repeat(60) + "1111";
    private static final String TOKEN_B = "B".repeat(60) + "2222";

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
    private final HeldToken held = new HeldToken(api, tasks);
    private final List<String> used = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private SdkTokenRow row(String id, String token) {
        api.sdkTokens.put(id, new SdkToken(id, token, "m-1", UserType.USER, "t", "trsm", "dev", true));
        return new SdkTokenRow(new UserSummary(id, id, null, "First", id, null, UserType.USER, "m-1", "M", true), 0);
    }

    private long reads() {
        return api.log.stream().filter(call -> call.startsWith("getSdkToken:")).count();
    }

    private void use(SdkTokenRow row) {
        held.withToken(row, used::add, (r, failure) -> failures.add(r.userId() + ": " + failure.getClass()
                .getSimpleName()));
    }

    @Test
    void nothingIsHeldBeforeARead() {
        assertThat(held.isHeld()).isFalse();
        assertThat(held.tokenProperty().get()).isNull();
        assertThat(held.fetches()).isZero();
    }

    @Test
    void theSelectedRowsTokenIsReadOnceThenReusedUntilTheSelectionMoves() {
        SdkTokenRow a = row("a", TOKEN_A);
        SdkTokenRow b = row("b", TOKEN_B);
        held.select(a);

        use(a);
        use(a);

        assertThat(used).containsExactly(TOKEN_A, TOKEN_A);
        assertThat(reads()).as("the second use takes the held token, no request").isEqualTo(1);
        assertThat(held.fetches()).isEqualTo(1);
        assertThat(held.isHeld()).isTrue();
        assertThat(a.busyProperty().get()).isFalse();
        assertThat(a.statusProperty().get()).as("the read also refreshed the row").isEqualTo(TokenStatus.ACTIVE);

        held.select(b);

        assertThat(held.isHeld()).as("moving the selection drops the token").isFalse();
        assertThat(held.tokenProperty().get()).isNull();
        use(b);
        assertThat(used).containsExactly(TOKEN_A, TOKEN_A, TOKEN_B);
        assertThat(held.fetches()).isEqualTo(2);
    }

    @Test
    void anAnswerForARowNoLongerSelectedIsNeitherHeldNorHandedOut() {
        SdkTokenRow a = row("a", TOKEN_A);
        SdkTokenRow b = row("b", TOKEN_B);
        held.select(a);
        tasks.hold();
        use(a);
        assertThat(a.busyProperty().get()).isTrue();

        held.select(b);
        tasks.release();

        assertThat(used).as("the user moved on before the answer came").isEmpty();
        assertThat(held.isHeld()).isFalse();
        assertThat(a.busyProperty().get()).isFalse();
        assertThat(a.last4()).as("the row still learns what the answer said").isEqualTo("1111");
    }

    @Test
    void anActionsAnswerIsKeptOnlyForTheSelectedRowAndAnAnswerWithoutTokenDropsIt() {
        SdkTokenRow a = row("a", TOKEN_A);
        SdkTokenRow b = row("b", TOKEN_B);
        held.select(a);

        held.hold(b, api.sdkTokens.get("b"));
        assertThat(held.isHeld()).as("b is not selected").isFalse();

        held.hold(a, api.sdkTokens.get("a"));
        assertThat(held.tokenProperty().get()).isEqualTo(TOKEN_A);
        held.hold(b, api.sdkTokens.get("b"));
        assertThat(held.tokenProperty().get()).as("another row's answer leaves a's token alone").isEqualTo(TOKEN_A);

        held.hold(a, new SdkToken("a", null, "m-1", UserType.USER, null, null, null, false));
        assertThat(held.isHeld()).as("a's token is gone on the server, so it is gone here").isFalse();
        use(a);
        assertThat(reads()).as("nothing held any more: the next use reads again").isEqualTo(1);
    }

    @Test
    void aFailedReadFreesTheRowAndReportsItWithoutHandingAnythingOut() {
        SdkTokenRow a = row("a", TOKEN_A);
        held.select(a);
        api.failNext.put("getSdkToken:a", () -> Failures.fail(Reason.SERVER_ERROR, Operation.READ_SDK_TOKEN));

        use(a);

        assertThat(used).isEmpty();
        assertThat(failures).hasSize(1).allMatch(f -> f.startsWith("a: "));
        assertThat(a.busyProperty().get()).isFalse();
        assertThat(held.isHeld()).isFalse();
    }

    @Test
    void droppingForgetsTheTokenSoTheNextUseReadsAgain() {
        SdkTokenRow a = row("a", TOKEN_A);
        held.select(a);
        use(a);

        held.drop();
        use(a);

        assertThat(reads()).isEqualTo(2);
        assertThat(held.fetches()).isEqualTo(2);
    }
}
