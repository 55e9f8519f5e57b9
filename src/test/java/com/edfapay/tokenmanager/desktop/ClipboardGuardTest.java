package com.edfapay.tokenmanager.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClipboardGuardTest {

    private static final String TOKEN = "F0B5BF00000000000000000000000000000000000000000000000000000A0DFE";

    private final FakeSystemClipboard clipboard = new FakeSystemClipboard();
    private final List<Pending> scheduled = new ArrayList<>();
    private final ClipboardGuard guard = new ClipboardGuard(clipboard, (delay, action) -> {
        Pending pending = new Pending(delay, action);
        scheduled.add(pending);
        return () -> pending.cancelled = true;
    }, () -> ClipboardGuard.DEFAULT_CLEAR_AFTER);

    @Test
    void copiesConcealedAndClearsAfterTheDelay() {
        Duration stays = guard.copySecret(TOKEN);

        assertThat(stays).isEqualTo(Duration.ofSeconds(30));
        assertThat(clipboard.text).isEqualTo(TOKEN);
        assertThat(clipboard.concealed).isTrue();
        assertThat(scheduled).singleElement().satisfies(p -> assertThat(p.delay).isEqualTo(Duration.ofSeconds(30)));

        scheduled.get(0).action.run();
        assertThat(clipboard.text).isNull();
        assertThat(guard.isHoldingSecret()).isFalse();
    }

    @Test
    void neverWipesSomethingTheUserCopiedAfterwards() {
        guard.copySecret(TOKEN);
        clipboard.text = "an address the user copied later";
        clipboard.concealed = false;

        scheduled.get(0).action.run();
        assertThat(clipboard.text).isEqualTo("an address the user copied later");
    }

    @Test
    void aSecondCopyRestartsTheTimerAndOnlyTheLatestSecretIsCleared() {
        guard.copySecret(TOKEN);
        guard.copySecret("SECOND-SECRET-VALUE");

        assertThat(scheduled.get(0).cancelled).isTrue();
        assertThat(scheduled.get(1).cancelled).isFalse();
        scheduled.get(1).action.run();
        assertThat(clipboard.text).isNull();
    }

    @Test
    void lockOrExitClearsAtOnce() {
        guard.copySecret(TOKEN);
        guard.clearIfStillOurs();

        assertThat(clipboard.text).isNull();
        assertThat(scheduled.get(0).cancelled).isTrue();
    }

    @Test
    void refusesToCopyNothing() {
        assertThatThrownBy(() -> guard.copySecret("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(clipboard.text).isNull();
    }

    private static final class Pending {
        final Duration delay;
        final Runnable action;
        boolean cancelled;

        Pending(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }
    }
}
