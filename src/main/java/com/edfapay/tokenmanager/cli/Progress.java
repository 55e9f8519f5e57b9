package com.edfapay.tokenmanager.cli;

import java.io.PrintWriter;

/** "Disabling 12/40" (or "Scanning 1200") redrawn in place on a terminal's stderr; silent otherwise. Thread-safe. */
final class Progress implements AutoCloseable {

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final int total;
    private int done;
    private int lastWidth;

    Progress(PrintWriter err, boolean enabled, String label, int total) {
        this.err = err;
        this.enabled = enabled;
        this.label = label;
        this.total = total;
    }

    synchronized void step() {
        done++;
        if (enabled) {
            String text = label + " " + done + "/" + total;
            err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
            lastWidth = text.length();
            err.flush();
        }
    }

    /** "Scanning 1200/5000", or "Scanning 1200" while the total is not known: for work counted by someone else. */
    synchronized void show(long doneSoFar, long totalSoFar) {
        if (enabled) {
            String text = label + " " + doneSoFar + (totalSoFar > 0 ? "/" + totalSoFar : "");
            err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
            lastWidth = text.length();
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (enabled && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}
