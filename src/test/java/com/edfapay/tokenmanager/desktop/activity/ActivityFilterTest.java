package com.edfapay.tokenmanager.desktop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityFilterTest {

    private final ActivityEntry copy = new ActivityEntry(Instant.parse("2026-12-01T09:00:00Z"), "Istanbul",
            "PRODUCTION", "MERCHANT", ActivityAction.COPY, "TILL ONE", "u-1", ActivityOutcome.SUCCEEDED, "");
    private final ActivityEntry failedDisable = new ActivityEntry(Instant.parse("2026-12-01T10:00:00Z"), "Demo",
            "LOCAL_SANDBOX", "PARTNER", ActivityAction.DISABLE, "Back office", "u-2", ActivityOutcome.FAILED, "409");

    @Test
    void matchesTextActionsOutcomeAndTime() {
        assertThat(ActivityFilter.ALL.matches(copy)).isTrue();
        assertThat(new ActivityFilter("till", Set.of(), null, null).matches(copy)).isTrue();
        assertThat(new ActivityFilter("u-2", Set.of(), null, null).matches(copy)).isFalse();
        assertThat(new ActivityFilter("", Set.of(ActivityAction.DISABLE), null, null).matches(failedDisable)).isTrue();
        assertThat(new ActivityFilter("", Set.of(ActivityAction.DISABLE), null, null).matches(copy)).isFalse();
        assertThat(new ActivityFilter("", Set.of(), ActivityOutcome.FAILED, null).matches(copy)).isFalse();
        assertThat(new ActivityFilter("", Set.of(), null, Instant.parse("2026-12-01T09:30:00Z"))
                .matches(failedDisable)).isTrue();
        assertThat(new ActivityFilter("", Set.of(), null, Instant.parse("2026-12-01T09:30:00Z"))
                .matches(copy)).isFalse();
    }

    @Test
    void textMatchingDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(new ActivityFilter("istanbul", Set.of(), null, null).matches(copy)).isTrue();
            assertThat(new ActivityFilter("till one", Set.of(), null, null).matches(copy)).isTrue();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
