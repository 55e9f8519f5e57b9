package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.Failures;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Fetch on sight, on its own: which token requests are sent (only rows still wanted, never twice, at most the limit
 * at a time), and what a failure, a rejected key or a cancel does to the requests still to come. The runner answers
 * at once; the answers wait in the batcher until the fake clock moves on, as they would for the JavaFX thread.
 */
class TokenFetcherTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final UpdateBatcher batcher = new UpdateBatcher(tasks, () -> 0L);
    private final FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
    private final ErrorMessages errors = new ErrorMessages(Messages.forLocale(Locale.ENGLISH));
    private final List<String> told = new ArrayList<>();
    private int keyRejections;
    private final TokenFetcher.Listener listener = new TokenFetcher.Listener() {
        @Override
        public void fetched(SdkTokenRow row, @Nullable KnownToken known) {
            told.add(row.userId() + "=" + (known == null ? "failed" : known.status()));
        }

        @Override
        public void keyRejected() {
            keyRejections++;
        }
    };

    private final List<String> headStartAnswers = new ArrayList<>();
    private final TokenHeadStart headStart = new TokenHeadStart(tasks, batcher, api,
            (userId, index, known, failure) -> headStartAnswers.add(userId));

    private TokenFetcher fetcher(int limit) {
        return new TokenFetcher(tasks, batcher, api, errors, limit, listener, headStart);
    }

    private SdkTokenRow row(String id) {
        api.sdkTokens.putIfAbsent(id, new SdkToken(id, String.format("%060X%4s", 7L, id).replace(' ', '0'), "m-1",
                UserType.USER, "t-" + id, "TRSM-" + id, "DEV-" + id, true));
        return new SdkTokenRow(new UserSummary(id, id, null, "First", id, null, UserType.USER, "m-1", "M", true), 0);
    }

    private List<SdkTokenRow> rows(String... ids) {
        return Arrays.stream(ids).map(this::row).toList();
    }

    private List<String> requests() {
        return api.log.stream().filter(call -> call.startsWith("getSdkToken:")).map(call -> call.substring(12))
                .toList();
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    @Test
    void aLimitOfOneIsTheSmallestAllowed() {
        assertThat(fetcher(1).inFlight()).isZero();
        assertThatThrownBy(() -> fetcher(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atMostTheLimitIsInFlightAndEachAnswerLetsTheNextRowGo() {
        TokenFetcher fetcher = fetcher(2);
        List<SdkTokenRow> wanted = rows("a", "b", "c", "d", "e");

        fetcher.want(wanted);

        assertThat(requests()).as("two sent, the rest wait for a free slot").containsExactly("a", "b");
        assertThat(fetcher.inFlight()).isEqualTo(2);
        assertThat(fetcher.requested()).isEqualTo(2);

        settle();

        assertThat(requests()).containsExactly("a", "b", "c", "d", "e");
        assertThat(fetcher.requested()).isEqualTo(5);
        assertThat(fetcher.inFlight()).isZero();
        assertThat(wanted).extracting(r -> r.statusProperty().get()).containsOnly(TokenStatus.ACTIVE);
        assertThat(wanted.get(2).last4()).isEqualTo("000c");
        assertThat(wanted.get(2).trsmProperty().get()).isEqualTo("TRSM-c");
        assertThat(told).containsExactly("a=ACTIVE", "b=ACTIVE", "c=ACTIVE", "d=ACTIVE", "e=ACTIVE");
    }

    @Test
    void aNewWishListReplacesTheOldSoRowsThatScrolledAwayAreNeverRequested() {
        TokenFetcher fetcher = fetcher(1);
        List<SdkTokenRow> firstScreen = rows("a", "b", "c");
        fetcher.want(firstScreen);

        fetcher.want(rows("x", "y"));
        settle();

        assertThat(requests()).containsExactly("a", "x", "y");
        assertThat(fetcher.requested()).isEqualTo(3);
        assertThat(firstScreen.get(1).statusProperty().get()).isEqualTo(TokenStatus.LOADING);
        assertThat(firstScreen.get(2).statusProperty().get()).isEqualTo(TokenStatus.LOADING);
    }

    @Test
    void rowsKnownOnTheirWayOrNotYetLoadedAreNotRequested() {
        TokenFetcher fetcher = fetcher(4);
        SdkTokenRow onItsWay = row("a");
        SdkTokenRow known = row("k");
        known.apply(new KnownToken(TokenStatus.NO_TOKEN, "", "", "", ""));
        fetcher.want(List.of(onItsWay));

        fetcher.want(List.of(onItsWay, known, SdkTokenRow.placeholder(), onItsWay));
        settle();

        assertThat(requests()).as("one request for the row on its way, none for the known row or the placeholder")
                .containsExactly("a");
        assertThat(fetcher.requested()).isEqualTo(1);
    }

    @Test
    void usersTheLoadsHeadStartIsReadingAreLeftToItAndItsReadsCountAgainstTheLimit() {
        TokenFetcher fetcher = fetcher(3);
        List<SdkTokenRow> wanted = rows("a", "b", "c", "d");
        headStart.start(List.of(wanted.get(0).user(), wanted.get(1).user()), 2, id -> false);

        fetcher.want(wanted);

        assertThat(requests()).as("a and b are on their way already; one slot is left").containsExactly("a", "b",
                "c");
        assertThat(fetcher.requested()).isEqualTo(1);
        settle();
        assertThat(requests()).containsExactly("a", "b", "c", "d");
        assertThat(headStartAnswers).containsExactly("a", "b");
    }

    @Test
    void whatTheAnswerSaysBecomesTheRowsStatusWithoutTheToken() {
        TokenFetcher fetcher = fetcher(4);
        SdkTokenRow disabled = row("d");
        api.sdkTokens.put("d", new SdkToken("d", "A".repeat(60) + "9d9d", "m-1", UserType.USER, null, null, null,
                false));
        api.sdkTokens.put("n", new SdkToken("n", null, "m-1", UserType.USER, null, null, null, false));
        SdkTokenRow none = row("n");

        fetcher.want(List.of(disabled, none));
        settle();

        assertThat(disabled.statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        assertThat(disabled.last4()).isEqualTo("9d9d");
        assertThat(disabled.terminalIdProperty().get()).isEmpty();
        assertThat(none.statusProperty().get()).isEqualTo(TokenStatus.NO_TOKEN);
        assertThat(told).containsExactly("d=DISABLED", "n=NO_TOKEN");
    }

    @Test
    void aFailedReadMarksItsRowTellsTheListenerAndFreesItsSlot() {
        TokenFetcher fetcher = fetcher(1);
        api.failNext.put("getSdkToken:a", () -> Failures.fail(Reason.SERVER_ERROR, Operation.READ_SDK_TOKEN, 500,
                "INTERNAL", "boom"));
        List<SdkTokenRow> wanted = rows("a", "b");

        fetcher.want(wanted);
        settle();

        assertThat(wanted.get(0).statusProperty().get()).isEqualTo(TokenStatus.ERROR);
        assertThat(wanted.get(0).problemProperty().get()).isNotEmpty();
        assertThat(told).containsExactly("a=failed", "b=ACTIVE");
        assertThat(requests()).containsExactly("a", "b");
        assertThat(keyRejections).isZero();
    }

    @Test
    void aRejectedKeyStopsTheFetcherTheAnswersOnTheirWayAreDroppedAndNothingMoreIsSent() {
        TokenFetcher fetcher = fetcher(2);
        api.failNext.put("getSdkToken:a", FakeEdfaPayApi::unauthorized);
        List<SdkTokenRow> wanted = rows("a", "b", "c");

        fetcher.want(wanted);
        headStart.start(List.of(row("h").user()), 1, id -> false);
        settle();
        fetcher.want(rows("d"));
        settle();

        assertThat(keyRejections).isEqualTo(1);
        assertThat(headStartAnswers).as("the head start's answer is dropped with the rest").isEmpty();
        assertThat(headStart.inFlight()).isZero();
        assertThat(told).as("the answer for b came after the rejection and is dropped").containsExactly("a=failed");
        assertThat(wanted.get(1).statusProperty().get()).isEqualTo(TokenStatus.LOADING);
        assertThat(requests()).as("c and d are never sent with a key the server rejected")
                .containsExactly("a", "b", "h");
    }

    @Test
    void cancelDropsTheAnswersOnTheirWayAndSendsNothingMore() {
        TokenFetcher fetcher = fetcher(1);
        List<SdkTokenRow> wanted = rows("a", "b");
        fetcher.want(wanted);

        fetcher.cancel();
        settle();
        fetcher.want(rows("c"));
        settle();

        assertThat(requests()).containsExactly("a");
        assertThat(wanted.get(0).statusProperty().get()).isEqualTo(TokenStatus.LOADING);
        assertThat(told).isEmpty();
    }
}
