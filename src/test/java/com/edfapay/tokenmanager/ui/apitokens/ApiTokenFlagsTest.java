package com.edfapay.tokenmanager.ui.apitokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.ui.apitokens.ApiTokenFlags.Flag;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenFlagsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static ApiToken token(Duration age, Duration sinceUse, Duration untilExpiry, boolean active,
                                  String replacedBy) {
        return new ApiToken("t", "n", "edfa_abcd", "wxyz", active, NOW.minus(age),
                "someone", sinceUse == null ? null : NOW.minus(sinceUse),
                untilExpiry == null ? null : NOW.plus(untilExpiry), "m-1", null, replacedBy);
    }

    private static Duration days(long d) {
        return Duration.ofDays(d);
    }

    @Test
    void aFreshUsedTokenHasNoFlags() {
        assertThat(ApiTokenFlags.of(token(days(10), days(1), days(100), true, null), NOW)).isEmpty();
    }

    @Test
    void rotationIsDueAfterNinetyDays() {
        assertThat(ApiTokenFlags.of(token(days(90), days(1), null, true, null), NOW)).doesNotContain(Flag.ROTATE);
        assertThat(ApiTokenFlags.of(token(days(90).plusSeconds(1), days(1), null, true, null), NOW))
                .containsExactly(Flag.ROTATE);
    }

    @Test
    void expiryWithinFourteenDaysIsFlaggedAndPastExpiryIsExpired() {
        assertThat(ApiTokenFlags.of(token(days(1), days(0), days(15), true, null), NOW)).isEmpty();
        assertThat(ApiTokenFlags.of(token(days(1), days(0), days(14), true, null), NOW))
                .containsExactly(Flag.EXPIRING_SOON);
        assertThat(ApiTokenFlags.of(token(days(1), days(0), Duration.ZERO, true, null), NOW))
                .containsExactly(Flag.EXPIRED);
        assertThat(ApiTokenFlags.of(token(days(200), null, days(-1), true, null), NOW))
                .as("an expired token only needs replacing; rotation and use no longer matter")
                .containsExactly(Flag.EXPIRED);
    }

    @Test
    void unusedMeansNoUseForThirtyDaysOrNeverUsedAndOlderThanThat() {
        assertThat(ApiTokenFlags.of(token(days(60), days(31), null, true, null), NOW)).containsExactly(Flag.UNUSED);
        assertThat(ApiTokenFlags.of(token(days(60), days(29), null, true, null), NOW)).isEmpty();
        assertThat(ApiTokenFlags.of(token(days(31), null, null, true, null), NOW)).containsExactly(Flag.UNUSED);
        assertThat(ApiTokenFlags.of(token(days(29), null, null, true, null), NOW)).isEmpty();
    }

    @Test
    void aReplacedTokenIsFlaggedUntilDisabled() {
        assertThat(ApiTokenFlags.of(token(days(1), days(0), null, true, "t-2"), NOW)).containsExactly(Flag.REPLACED);
        assertThat(ApiTokenFlags.of(token(days(1), days(0), null, false, "t-2"), NOW)).isEmpty();
    }

    @Test
    void disabledTokensCarryNoFlags() {
        assertThat(ApiTokenFlags.of(token(days(200), null, days(-3), false, null), NOW)).isEmpty();
    }

    @Test
    void flagsCombine() {
        assertThat(ApiTokenFlags.of(token(days(120), null, days(3), true, "t-9"), NOW))
                .containsExactlyInAnyOrder(Flag.REPLACED, Flag.EXPIRING_SOON, Flag.ROTATE, Flag.UNUSED);
    }
}
