package com.edfapay.tokenmanager.app;

import javafx.scene.Scene;

/**
 * Runs an action once, on the first pulse that lays out a scene (the frame that is then rendered), and later
 * work after it so that nothing but the first screen competes with the first frame. The start-up benchmark and
 * {@code --smoke} detect "first frame" this way, for the app and for the bare window alike.
 */
public final class FirstFrame {

    /** Printed on standard output by {@link #printMarker} when the benchmark asks for it. */
    public static final String MARKER = "EDFAPAY-FIRST-FRAME";

    /** System property that makes the app print {@link #MARKER} on its first frame. */
    public static final String MARKER_PROPERTY = "edfapay.tokenmanager.startupMarker";

    /** The same as an environment variable, for launchers that take no JVM options (the installed app). */
    public static final String MARKER_ENV = "EDFAPAY_STARTUP_MARKER";

    private FirstFrame() {
    }

    /** Calls {@code action} on the FX thread during the next pulse of {@code scene}, once. */
    public static void after(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
    }

    /** The benchmark's marker line; flushed at once so the parent sees it when it happens. */
    public static void printMarker() {
        System.out.println(MARKER);
        System.out.flush();
    }

    static boolean markerWanted() {
        return Boolean.getBoolean(MARKER_PROPERTY) || "1".equals(System.getenv(MARKER_ENV));
    }
}
