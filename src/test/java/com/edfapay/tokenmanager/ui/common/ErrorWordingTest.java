package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10, defect 14: every reason and operation is worded in English and in Arabic, never by the client. */
class ErrorWordingTest {

    private static final ErrorMessages EN = new ErrorMessages(Messages.forLocale(Locale.ENGLISH));
    private static final ErrorMessages AR = new ErrorMessages(Messages.forLocale(Locale.forLanguageTag("ar")));

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasAnEnglishAndAnArabicMessage(Reason reason) {
        for (Operation op : Operation.values()) {
            EdfaPayException e = EdfaPayException.of(reason, op);
            String en = EN.describe(e);
            String ar = AR.describe(e);
            assertThat(en).isNotBlank().doesNotContain("{").doesNotContain(reason.name()).isNotEqualTo(ar);
            assertThat(ar).containsPattern("[\\u0600-\\u06FF]{3,}").doesNotContain("{");
        }
    }

    @ParameterizedTest
    @EnumSource(EdfaPayException.SwitchOutcome.class)
    void switchOutcomesWrapTheCauseInBothLanguages(EdfaPayException.SwitchOutcome outcome) {
        EdfaPayException e = EdfaPayException.of(Reason.TIMEOUT, Operation.SWITCH_SDK_TOKEN)
                .afterSwitch(outcome, false);
        assertThat(EN.describe(e)).contains("did not answer in time");
        assertThat(AR.describe(e)).contains("لم يُجب الخادم");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 59, 90, 91, 3600, 5400, 5401, 86_400, 172_800, 172_801, 31_536_000})
    void waitsAreSaidInTheirNaturalUnit(long seconds) {
        String en = EN.duration(Duration.ofSeconds(seconds));
        String expected = seconds == 1 ? "1 second"
                : seconds <= 90 ? seconds + " seconds"
                : seconds <= 5400 ? ((seconds + 59) / 60) + " minutes"
                : seconds <= 172_800 ? ((seconds + 3599) / 3600) + " hours"
                : String.format(Locale.ENGLISH, "%,d days", (seconds + 86_399) / 86_400);
        assertThat(en).isEqualTo(expected);
        assertThat(AR.duration(Duration.ofSeconds(seconds))).containsPattern("[\\u0600-\\u06FF]");
    }
}
