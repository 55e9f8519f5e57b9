package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SceneFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The SDK table's warm-up (docs/decisions/0048) lays out real rows of the tab's cells off the JavaFX thread, refuses
 * that thread, and stops between steps when told.
 */
class SdkTableWarmUpFxTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> SceneFactory.applyTheme(false)).get();
    }

    @Test
    void layingOutTheTabsCellsOffTheJavaFxThreadShowsAScreenfulOfRows() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ar")}) {
            int cells = new SdkTableWarmUp(Messages.forLocale(locale)).run(() -> false);

            // 7 columns of the rows an 800-pixel scene shows: far more than a few rows' worth.
            assertThat(cells).as(locale.toString()).isGreaterThan(7 * 15).isEqualTo(cells / 7 * 7);
        }
    }

    @Test
    void nothingKeepsItsTablesOnceItIsDone() throws Exception {
        SdkTableWarmUp warmUp = new SdkTableWarmUp(Messages.forLocale(Locale.ENGLISH));
        warmUp.run(() -> false);
        // Let the JavaFX thread run whatever the tables' changes queued for it before looking.
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(warmUp.tablesMade()).hasSize(SdkTableWarmUp.ROUNDS);
        for (int attempt = 0; attempt < 20 && warmUp.tablesMade().stream().anyMatch(t -> t.get() != null);
             attempt++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(warmUp.tablesMade()).allSatisfy(table -> assertThat(table.get()).isNull());
    }

    @Test
    void itStopsAtTheNextStepWhenTheTabOpens() {
        AtomicInteger asked = new AtomicInteger();

        // Asked before each round and each step, and before the collection at the end: stopping at the first step
        // leaves the skeleton row, one row of 7 cells, as the last step run; no second round, no collection.
        int cells = new SdkTableWarmUp(Messages.forLocale(Locale.ENGLISH)).run(() -> asked.incrementAndGet() > 1);

        assertThat(cells).isEqualTo(7);
        assertThat(asked).hasValue(4);
    }

    @Test
    void itNeverRunsOnTheJavaFxThread() throws Exception {
        Throwable refused = WaitForAsyncUtils.asyncFx(() -> {
            try {
                new SdkTableWarmUp(Messages.forLocale(Locale.ENGLISH)).run(() -> false);
                return null;
            } catch (IllegalStateException expected) {
                return expected;
            }
        }).get();

        assertThat(refused).hasMessageContaining("JavaFX thread");
        assertThatThrownBy(() -> { throw refused; }).isInstanceOf(IllegalStateException.class);
    }
}
