package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Tells the rows the user stops on from the rows the user flies past. While the rows on screen move again within
 * {@link #SETTLE} of their last move (a held Page Down, a spun wheel, a dragged scroll bar), token reads wait; the
 * screen the user stops on is read {@code SETTLE} after the last move. The first move after a pause is read at once,
 * so one Page Down shows its statuses as soon as before. Without this, a held Page Down kept all of the reads'
 * slots busy with rows that were on screen for 30 ms (docs/decisions/0047).
 */
final class ScrollSettle {

    static final Duration SETTLE = Duration.ofMillis(120);

    private final TaskRunner tasks;
    private final Runnable settled;
    private TaskRunner.@Nullable Cancellable pending;
    private boolean scrolling;

    /** {@code settled} runs on the UI thread when moves that made reads wait have stopped. */
    ScrollSettle(TaskRunner tasks, Runnable settled) {
        this.tasks = tasks;
        this.settled = settled;
    }

    /** The rows on screen moved (not merely re-reported). */
    void moved() {
        scrolling = pending != null;
        if (pending != null) {
            pending.cancel();
        }
        pending = tasks.schedule(SETTLE, this::settle);
    }

    /** True while the user is scrolling on: token reads wait for the screen the user stops on. */
    boolean readsWait() {
        return scrolling;
    }

    /** A new load: whatever was scrolling is over. */
    void reset() {
        if (pending != null) {
            pending.cancel();
        }
        pending = null;
        scrolling = false;
    }

    private void settle() {
        pending = null;
        boolean waited = scrolling;
        scrolling = false;
        if (waited) {
            settled.run();
        }
    }
}
