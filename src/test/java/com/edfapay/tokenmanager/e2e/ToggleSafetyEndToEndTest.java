package com.edfapay.tokenmanager.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.SdkTokenStatusChange;
import com.edfapay.tokenmanager.api.SdkTokenStatusChange.Outcome;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK token switch is a toggle on the wire, so a lost answer must be reconciled by a read, never by a second
 * PUT. The sandbox drops a seeded share of answers <em>after</em> applying the request; drops hit GETs as well as
 * PUTs, so with {@code dropRate 1.0} the client's own read before the PUT already fails (see
 * {@link FaultsEndToEndTest}). Here a seeded 50% share is used and the switch is repeated until a run had its
 * PUT answer dropped and the reconciling read answered: outcome {@link Outcome#CHANGED_ANSWER_LOST}.
 */
class ToggleSafetyEndToEndTest {

    private static final double DROP_RATE = 0.5;
    private static final int MAX_ROUNDS = 40;

    private static EdfaPaySandbox sandbox;
    private static EdfaPayClient partner;
    private static String userId;

    @BeforeAll
    static void startSandbox() {
        sandbox = E2e.start(SandboxOptions.inMemory().withRandomSeed(SandboxOptions.DEFAULT_SEED));
        partner = E2e.client(sandbox, "partner");
        userId = E2e.allUsers(partner, UserQuery.all(PageRequest.first(100)).withUserType(UserType.TERMINAL))
                .stream().map(UserSummary::id)
                .filter(id -> E2e.remember(partner.getSdkToken(id)).hasToken()).findFirst().orElseThrow();
    }

    @AfterAll
    static void stopSandbox() {
        partner.close();
        sandbox.close();
    }

    @Test
    void aLostAnswerIsReconciledByReadingAndTheToggleIsAppliedExactlyOnce() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int unknownOutcomes = 0;
        for (int round = 0; round < MAX_ROUNDS && !outcomes.containsKey(Outcome.CHANGED_ANSWER_LOST); round++) {
            SdkToken before = partner.getSdkToken(userId);
            boolean target = !before.active();

            sandbox.reconfigureFaults(Duration.ZERO, 0, 0, DROP_RATE);
            SdkTokenStatusChange change = null;
            EdfaPayException failure = null;
            try {
                change = partner.setSdkTokenActive(userId, target);
            } catch (EdfaPayException e) {
                failure = e;
                E2e.assertNoSecretIn(e);
            } finally {
                sandbox.reconfigureFaults(Duration.ZERO, 0, 0, 0);
            }
            SdkToken after = partner.getSdkToken(userId);

            assertThat(after.token()).as("a switch never replaces the token").isEqualTo(before.token());
            if (change != null) {
                assertThat(change.outcome()).as("round %d", round).isIn(Outcome.CHANGED, Outcome.CHANGED_ANSWER_LOST);
                assertThat(change.token().active()).isEqualTo(target);
                assertThat(after.active()).as("round %d: flipped once, not twice (nor zero times)", round)
                        .isEqualTo(target);
                outcomes.merge(change.outcome(), 1, Integer::sum);
            } else {
                assertThat(failure).as("round %d", round).isInstanceOf(EdfaPayException.NetworkFailure.class);
                if (failure.getMessage().contains("outcome is unknown")) {
                    // the PUT was sent and applied; its answer and both reconciling reads were dropped
                    assertThat(after.active()).as("round %d: applied once", round).isEqualTo(target);
                    unknownOutcomes++;
                } else {
                    // the read before the PUT failed twice: nothing was sent
                    assertThat(after.active()).as("round %d: nothing sent", round).isEqualTo(before.active());
                }
            }
        }
        assertThat(outcomes).as("some round lost the PUT's answer (unknown outcomes: %d)", unknownOutcomes)
                .containsKey(Outcome.CHANGED_ANSWER_LOST);
    }
}
