package com.edfapay.tokenmanager.wording;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Details;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.EdfaPayException.SwitchOutcome;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which sentence and which arguments the shared wording chooses, seen through a bundle that writes the key and its
 * arguments back ({@code key[a|b|c]}), so every choice is visible whatever the front end's sentences say.
 */
class FailureWordingTest {

    private final FailureWording wording = new FailureWording(FailureWordingTest::echo,
            new FailureWording.Keys("r.", "op.", "d."));

    private static String echo(String key, Object... args) {
        return args.length == 0 ? key
                : key + "[" + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining("|")) + "]";
    }

    /** Every reason's message gets six arguments: operation, status, server's words, detail, wait, cause. */
    private String describe(Details details) {
        return wording.describe(EdfaPayException.of(details));
    }

    @Test
    void aReasonGetsItsOperationStatusAndDetail() {
        assertThat(describe(Details.of(Reason.TOO_LARGE, Operation.SEARCH_USERS).withHttp(200, null, null, true)
                .withDetail("1048576")))
                .isEqualTo("r.TOO_LARGE[op.SEARCH_USERS|200||1048576||]");
    }

    @Test
    void noHttpStatusIsAnEmptyArgument() {
        assertThat(describe(Details.of(Reason.TIMEOUT, Operation.CONNECT))).isEqualTo("r.TIMEOUT[op.CONNECT|||||]");
    }

    @Test
    void whatTheServerSaidIsQuotedWithoutItsFullStopAndWithItsCode() {
        assertThat(describe(Details.of(Reason.REFUSED, Operation.GENERATE_API_TOKEN)
                .withHttp(400, "NAME_TAKEN", "  The name is taken.  ", true)))
                .isEqualTo("r.REFUSED[op.GENERATE_API_TOKEN|400|r.serverSaidCode[The name is taken|NAME_TAKEN]|||]");
        assertThat(describe(Details.of(Reason.REFUSED, Operation.GENERATE_API_TOKEN)
                .withHttp(400, null, "Nope", true)))
                .isEqualTo("r.REFUSED[op.GENERATE_API_TOKEN|400|r.serverSaid[Nope]|||]");
        assertThat(describe(Details.of(Reason.REFUSED, Operation.GENERATE_API_TOKEN)
                .withHttp(400, " ", "Nope", true)))
                .as("a blank code is no code").isEqualTo("r.REFUSED[op.GENERATE_API_TOKEN|400|r.serverSaid[Nope]|||]");
    }

    @Test
    void aRefusalWithoutTextIsNamedByItsCodeButOtherReasonsSayNothing() {
        assertThat(describe(Details.of(Reason.REFUSED, Operation.SWITCH_API_TOKEN).withHttp(409, "LOCKED", " ", true)))
                .isEqualTo("r.REFUSED[op.SWITCH_API_TOKEN|409|r.serverCode[LOCKED]|||]");
        assertThat(describe(Details.of(Reason.REFUSED, Operation.SWITCH_API_TOKEN).withHttp(409, " ", null, true)))
                .isEqualTo("r.REFUSED[op.SWITCH_API_TOKEN|409||||]");
        assertThat(describe(Details.of(Reason.SERVER_ERROR, Operation.SWITCH_API_TOKEN)
                .withHttp(500, "BOOM", null, true)))
                .isEqualTo("r.SERVER_ERROR[op.SWITCH_API_TOKEN|500||||]");
    }

    @ParameterizedTest
    @CsvSource({"true, r.state.enabled", "false, r.state.disabled"})
    void aStateThatDiffersIsSaidInWords(boolean active, String word) {
        assertThat(describe(Details.of(Reason.STATE_DIFFERS, Operation.SWITCH_SDK_TOKEN).withDetail("raw")
                .withActual(null, active)))
                .isEqualTo("r.STATE_DIFFERS[op.SWITCH_SDK_TOKEN|||" + word + "||]");
    }

    @Test
    void aStateThatDiffersWithoutAKnownStateKeepsItsDetail() {
        assertThat(describe(Details.of(Reason.STATE_DIFFERS, Operation.SWITCH_SDK_TOKEN).withDetail("raw")))
                .isEqualTo("r.STATE_DIFFERS[op.SWITCH_SDK_TOKEN|||raw||]");
    }

    @Test
    void aRateLimitWithAWaitSaysHowLong() {
        assertThat(describe(Details.of(Reason.RATE_LIMITED, Operation.READ_SDK_TOKEN).withHttp(429, null, null, true)
                .withRetryAfter(Duration.ofSeconds(30))))
                .isEqualTo("r.RATE_LIMITED.after[op.READ_SDK_TOKEN|429|||d.seconds[30]|]");
        assertThat(describe(Details.of(Reason.RATE_LIMITED, Operation.READ_SDK_TOKEN).withHttp(429, null, null, true)
                .withRetryAfter(Duration.ZERO)))
                .as("no wait to say").isEqualTo("r.RATE_LIMITED[op.READ_SDK_TOKEN|429||||]");
        assertThat(describe(Details.of(Reason.RATE_LIMITED, Operation.READ_SDK_TOKEN).withHttp(429, null, null, true)))
                .isEqualTo("r.RATE_LIMITED[op.READ_SDK_TOKEN|429||||]");
    }

    @ParameterizedTest
    @CsvSource({"true, r.state.enabled", "false, r.state.disabled"})
    void aSwitchOutcomeWrapsTheCauseAndSaysTheStateLastRead(boolean active, String word) {
        EdfaPayException cause = EdfaPayException.of(Reason.TIMEOUT, Operation.SWITCH_SDK_TOKEN);
        assertThat(wording.describe(cause.afterSwitch(SwitchOutcome.NOT_APPLIED, active)))
                .isEqualTo("r.switch.NOT_APPLIED[|||" + word + "||r.TIMEOUT[op.SWITCH_SDK_TOKEN|||||]]");
        assertThat(wording.describe(cause.afterSwitch(SwitchOutcome.UNKNOWN, null)))
                .isEqualTo("r.switch.UNKNOWN[|||||r.TIMEOUT[op.SWITCH_SDK_TOKEN|||||]]");
    }

    @ParameterizedTest
    @CsvSource({"0, d.seconds[1]", "1, d.seconds[1]", "90, d.seconds[90]", "91, d.minutes[2]", "5400, d.minutes[90]",
        "5401, d.hours[2]", "172800, d.hours[48]", "172801, d.days[3]", "86400000, d.days[1000]"})
    void waitsAreSaidInTheirLargestNaturalUnitRoundedUp(long seconds, String said) {
        assertThat(wording.duration(Duration.ofSeconds(seconds))).isEqualTo(said);
    }
}
