package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.api.sweep.SweepResult;
import com.edfapay.tokenmanager.api.sweep.SweepStatus;
import com.edfapay.tokenmanager.ui.Failures;
import org.junit.jupiter.api.Test;

/**
 * One row's knowledge of its token: what it hands on to a later page load of the same user (only a status actually
 * read), what a failed read does to it, and where it sits in the list.
 */
class SdkTokenRowTest {

    private static final UserSummary USER = new UserSummary("u-1", "cashier1", null, "Noura", "Saleh", null,
            UserType.TERMINAL, "m-1", "Riyadh Coffee", true);

    @Test
    void onlyAStatusReadFromTheServerIsPassedOnToALaterLoad() {
        SdkTokenRow row = new SdkTokenRow(USER, 7);
        assertThat(row.known()).as("still loading").isNull();

        row.failed("timeout");
        assertThat(row.statusProperty().get()).as("never read: an error, not stale").isEqualTo(TokenStatus.ERROR);
        assertThat(row.known()).isNull();

        row.apply(new KnownToken(TokenStatus.DISABLED, "9f9f", "TRSM", "T-1", "DEV-1"));
        assertThat(row.known()).isEqualTo(new KnownToken(TokenStatus.DISABLED, "9f9f", "TRSM", "T-1", "DEV-1"));
        assertThat(row.problemProperty().get()).as("a fresh read clears the problem").isEmpty();

        row.failed("timeout");
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.STALE);
        assertThat(row.last4()).as("a stale row keeps what it knew").isEqualTo("9f9f");
        assertThat(row.known()).as("stale is not passed on as if it were fresh").isNull();

        row.apply(new SdkToken("u-1", null, "m-1", UserType.TERMINAL, null, null, null, false));
        assertThat(row.known()).isEqualTo(new KnownToken(TokenStatus.NO_TOKEN, "", "", "", ""));
        row.apply(new SdkToken("u-1", "E".repeat(60) + "abcd", "m-1", UserType.TERMINAL, "T-2", "TR", "D", true));
        assertThat(row.known()).isEqualTo(new KnownToken(TokenStatus.ACTIVE, "abcd", "TR", "T-2", "D"));
    }

    @Test
    void aSweepResultUpdatesTheRowAndAFailedOneSaysWhy() {
        SdkTokenRow row = new SdkTokenRow(USER, 3);

        row.apply(new SweepResult(USER, SweepStatus.FAILED, "", null, null, null, null));
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.ERROR);
        assertThat(row.problemProperty().get()).isEmpty();

        row.apply(new SweepResult(USER, SweepStatus.ACTIVE, "1234", "T", "TR", "D", null));
        assertThat(row.isActive()).isTrue();
        assertThat(row.hasToken()).isTrue();
        assertThat(row.deviceIdProperty().get()).isEqualTo("D");

        row.apply(new SweepResult(USER, SweepStatus.FAILED, "", null, null, null,
                Failures.fail(Reason.SERVER_ERROR, Operation.READ_SDK_TOKEN)));
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.STALE);
        assertThat(row.problemProperty().get()).isNotEmpty();

        row.apply(new SweepResult(USER, SweepStatus.DISABLED, "5678", "T", "TR", "D2", null));
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        assertThat(row.last4()).isEqualTo("5678");
        assertThat(row.problemProperty().get()).isEmpty();

        row.apply(new SweepResult(USER, SweepStatus.NO_TOKEN, "", "T", null, null, null));
        assertThat(row.hasToken()).isFalse();
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.NO_TOKEN);
    }

    @Test
    void aRowKnowsItsPlaceAndUserAndAPlaceholderNeither() {
        SdkTokenRow row = new SdkTokenRow(USER, 41);
        assertThat(row.index()).isEqualTo(41);
        assertThat(new SdkTokenRow(USER).index()).isEqualTo(-1);
        assertThat(row.businessUnitId()).isEqualTo("m-1");
        assertThat(row.businessUnitName()).isEqualTo("Riyadh Coffee");
        assertThat(row.displayName()).isEqualTo("Noura Saleh");
        assertThat(row.isPlaceholder()).isFalse();

        SdkTokenRow placeholder = SdkTokenRow.placeholder();
        assertThat(placeholder.isPlaceholder()).isTrue();
        assertThat(placeholder.displayName()).isEmpty();
        assertThat(placeholder.index()).isEqualTo(-1);
    }
}
