package com.edfapay.tokenmanager.scan;

/**
 * Watches a running scan. Called from the scan's worker threads, so implementations must be thread-safe and cheap
 * (the scanner reports at most every few hundred items).
 */
public interface ScanMonitor {

    ScanMonitor NONE = new ScanMonitor() {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void progress(ScanProgress progress) {
        }
    };

    /** Polled between files and blobs; once true, the scan stops and returns what it has, marked cancelled. */
    boolean isCancelled();

    void progress(ScanProgress progress);
}
