package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;

/**
 * A background failure is logged at WARN with its stack; work that ends by failing after it was cancelled (a tab
 * closed, the app closing) is not a failure and is logged at DEBUG only, so the log keeps real problems visible.
 */
class FxTaskRunnerLoggingTest {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger logger;
    private Level previousLevel;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void capture() {
        logger = (Logger) LoggerFactory.getLogger(FxTaskRunner.class);
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
    }

    private Level levelOfTheOneEntry() throws Exception {
        // The entry is written on the worker thread.
        org.testfx.util.WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !appender.list.isEmpty());
        assertThat(appender.list).hasSize(1);
        return appender.list.get(0).getLevel();
    }

    @Test
    void aFailureIsAWarningWithItsStack() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner(1)) {
            runner.run(() -> {
                throw new IllegalStateException("boom");
            }, result -> { }, failure -> { });
            assertThat(levelOfTheOneEntry()).isEqualTo(Level.WARN);
            assertThat(appender.list.get(0).getThrowableProxy()).isNotNull();
        }
    }

    @Test
    void workThatFailsAfterItWasCancelledIsOnlyADebugLine() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        try (FxTaskRunner runner = new FxTaskRunner(1)) {
            TaskRunner.Cancellable task = runner.run(() -> {
                started.countDown();
                go.await(5, TimeUnit.SECONDS);
                throw new java.io.InterruptedIOException("the call was cancelled");
            }, result -> { }, failure -> { });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            task.cancel();
            go.countDown();
            assertThat(levelOfTheOneEntry()).isEqualTo(Level.DEBUG);
        }
    }

    @Test
    void workInterruptedByTheAppClosingIsOnlyADebugLine() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        FxTaskRunner runner = new FxTaskRunner(1);
        runner.run(() -> {
            started.countDown();
            new CountDownLatch(1).await(); // until the closing runner interrupts it
            return "never";
        }, result -> { }, failure -> { });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        runner.close();
        assertThat(levelOfTheOneEntry()).isEqualTo(Level.DEBUG);
    }
}
