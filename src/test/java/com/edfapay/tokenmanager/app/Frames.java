package com.edfapay.tokenmanager.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** For the screenshot tools: waits until what the JavaFX thread was asked to do is on screen, not for a time. */
final class Frames {

    /** Pulses to wait: one to lay out and style what the last events changed, more for the frame to be drawn. */
    private static final int SETTLED = 3;

    private Frames() {
    }

    /** Runs the queued JavaFX events, then waits until a few more frames have been drawn. */
    static void settled() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        CountDownLatch frames = new CountDownLatch(SETTLED);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.countDown();
                if (frames.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        if (!frames.await(10, TimeUnit.SECONDS)) {
            throw new TimeoutException("no frame drawn in 10 s");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
