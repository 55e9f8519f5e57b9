package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.connect.ConnectViewModel;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/**
 * {@code --smoke}: starts the local sandbox, signs in as the merchant admin persona, waits for the main window's
 * first frame, prints how long that took after process start, and exits 0. Any failure, or no main window
 * within the timeout, prints why on standard error and exits non-zero (1 failure, 2 timeout). The exit code is
 * applied by {@link TokenManagerApp#stop()}, after everything is closed. {@code --smoke=connect} passes at the
 * Connect screen's first frame.
 */
final class SmokeRun {

    static final String PERSONA = "merchant";
    static final int FAILED = 1;
    static final int TIMED_OUT = 2;

    private final Instant processStart;
    private final Duration timeout;
    private final boolean connectOnly;
    private final PrintStream out;
    private final PrintStream err;
    private volatile String stage = "the Connect screen";
    private volatile int exitCode = -1;
    private long connectFrameMs = -1;
    private long sandboxReadyMs = -1;
    private boolean signInRequested;

    private SmokeRun(Instant processStart, Duration timeout, boolean connectOnly, PrintStream out, PrintStream err) {
        this.processStart = processStart;
        this.timeout = timeout;
        this.connectOnly = connectOnly;
        this.out = out;
        this.err = err;
    }

    /** The clock runs from process start; the smoke run reports on standard output and standard error. */
    static SmokeRun create(Duration timeout, boolean connectOnly) {
        Instant start = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        return new SmokeRun(start, timeout, connectOnly, System.out, System.err);
    }

    /** The exit code once the run has passed or failed. */
    OptionalInt exitCode() {
        int code = exitCode;
        return code < 0 ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** On the Connect screen's first frame: signs in as the merchant persona as soon as the sandbox offers it. */
    void connectShown(ConnectViewModel connect, TaskRunner tasks) {
        connectFrameMs = elapsedMs();
        if (connectOnly) {
            out.printf("Smoke test passed: Connect screen first frame %d ms after process start.%n", connectFrameMs);
            out.flush();
            finish(0);
            return;
        }
        stage = "the local sandbox to start";
        // The watchdog sleeps on a background thread, so it fires even when the FX thread hangs.
        tasks.run(() -> {
            watch();
            return Boolean.TRUE;
        }, ignored -> { }, ignored -> { });
        connect.personas().addListener((ListChangeListener<ConnectViewModel.PersonaChoice>) change ->
                signInWhenReady(connect));
        connect.sandboxStateProperty().addListener((obs, old, state) -> {
            if (state == ConnectViewModel.SandboxState.FAILED) {
                fail(connect.sandboxStatusProperty().get());
            }
        });
        connect.statusKindProperty().addListener((obs, old, kind) -> {
            if (kind == StatusKind.ERROR && signInRequested) {
                fail("signing in as the " + PERSONA + " persona failed: " + connect.statusProperty().get());
            }
        });
        signInWhenReady(connect);
    }

    private void signInWhenReady(ConnectViewModel connect) {
        if (signInRequested) {
            return;
        }
        connect.personas().stream()
                .filter(choice -> choice.ready() && PERSONA.equals(choice.persona().name()))
                .findFirst()
                .ifPresent(choice -> {
                    signInRequested = true;
                    sandboxReadyMs = elapsedMs();
                    stage = "signing in as the " + PERSONA + " persona";
                    connect.connectAs(choice);
                });
    }

    /** The signed-in main window replaced the Connect screen; done at its first frame. */
    void mainWindowShown(Scene scene) {
        stage = "the main window's first frame";
        FirstFrame.after(scene, () -> {
            long total = elapsedMs();
            out.printf("Smoke test passed: main window first frame %d ms after process start "
                    + "(Connect screen %d ms, sandbox ready %d ms, signed in as %s).%n",
                    total, connectFrameMs, sandboxReadyMs, PERSONA);
            out.flush();
            finish(0);
        });
    }

    private void fail(String why) {
        if (exitCode >= 0) {
            return;
        }
        err.println("Smoke test failed after " + elapsedMs() + " ms: " + why);
        err.flush();
        finish(FAILED);
    }

    private void finish(int code) {
        if (exitCode >= 0) {
            return;
        }
        exitCode = code;
        Platform.exit();
    }

    private void watch() {
        try {
            Thread.sleep(Math.max(0, timeout.toMillis() - elapsedMs()));
        } catch (InterruptedException e) {
            // The app is closing (the task runner stops its threads): nothing left to watch.
            Thread.currentThread().interrupt();
            return;
        }
        if (exitCode < 0) {
            err.println("Smoke test failed: no main window within " + timeout.toSeconds()
                    + " s (still waiting for " + stage + ").");
            err.flush();
            Runtime.getRuntime().halt(TIMED_OUT);
        }
    }

    private long elapsedMs() {
        return Duration.between(processStart, Instant.now()).toMillis();
    }
}
