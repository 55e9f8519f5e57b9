package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.ui.common.FxTaskRunner;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.connect.ConnectViewModel;
import com.edfapay.tokenmanager.ui.sdktokens.SdkTableWarmUp;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * Runs the SDK table's warm-up ({@link SdkTableWarmUp}) once per process, while the Connect screen waits for the
 * user: after the embedded sandbox has started (or failed), so the two do not share the machine's cores while the
 * user waits for the personas, and stopped when a session opens, so it does not share them with the real tab
 * (docs/decisions/0048).
 */
final class TableWarmUpStart {

    private final FxTaskRunner tasks;
    private final AtomicBoolean stop = new AtomicBoolean();
    private boolean started;

    TableWarmUpStart(FxTaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Called on the JavaFX thread with a Connect screen that has been started. */
    void whenSandboxSettled(ConnectViewModel connect, Messages messages) {
        if (started) {
            return;
        }
        if (connect.sandboxStateProperty().get() != ConnectViewModel.SandboxState.STARTING) {
            start(messages);
            return;
        }
        connect.sandboxStateProperty().addListener((obs, old, state) -> {
            if (state != ConnectViewModel.SandboxState.STARTING) {
                start(messages);
            }
        });
    }

    /** A session opened: the real table runs now, the warm-up stops at its next step. */
    void sessionOpened() {
        stop.set(true);
    }

    private void start(Messages messages) {
        if (started || stop.get()) {
            return;
        }
        started = true;
        long start = System.nanoTime();
        tasks.run(() -> new SdkTableWarmUp(messages).run(stop::get),
                cells -> LoggerFactory.getLogger(TableWarmUpStart.class).info(
                        "SDK table warm-up: {} ms, {} cells in its last step{}",
                        (System.nanoTime() - start) / 1_000_000, cells, stop.get() ? " (a session opened)" : ""),
                failure -> LoggerFactory.getLogger(TableWarmUpStart.class).info("The SDK table's warm-up failed",
                        failure));
    }
}
