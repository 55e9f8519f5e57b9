package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClipboardCountdownTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final FakeSystemClipboard system = new FakeSystemClipboard();
    private final ClipboardGuard guard = new ClipboardGuard(system,
            (delay, action) -> tasks.schedule(delay, action)::cancel, () -> Duration.ofSeconds(12));
    private final ClipboardCountdown countdown = new ClipboardCountdown(tasks, Messages.forLocale(Locale.ENGLISH));

    @Test
    void countsDownEachSecondAfterACopyAndDisappearsWhenTheClipboardIsCleared() {
        guard.addListener(countdown);
        guard.copySecret("0123456789ABCDEF".repeat(4));
        assertThat(countdown.textProperty().get()).isEqualTo("Clipboard clears in 12 s");
        tasks.elapse(Duration.ofSeconds(1));
        assertThat(countdown.textProperty().get()).isEqualTo("Clipboard clears in 11 s");
        for (int i = 0; i < 10; i++) {
            tasks.elapse(Duration.ofSeconds(1));
        }
        assertThat(countdown.textProperty().get()).isEqualTo("Clipboard clears in 1 s");
        tasks.elapse(Duration.ofSeconds(1));
        assertThat(countdown.textProperty().get()).isEmpty();
        assertThat(system.text).isNull();
    }

    @Test
    void aNewCopyRestartsTheCountdownAndSignOutStopsIt() {
        guard.addListener(countdown);
        guard.copySecret("0123456789ABCDEF".repeat(4));
        tasks.elapse(Duration.ofSeconds(5));
        guard.copySecret("FEDCBA9876543210".repeat(4));
        assertThat(countdown.textProperty().get()).isEqualTo("Clipboard clears in 12 s");
        guard.clearIfStillOurs();
        assertThat(countdown.textProperty().get()).isEmpty();
        tasks.elapse(Duration.ofSeconds(3));
        assertThat(countdown.textProperty().get()).isEmpty();
    }
}
