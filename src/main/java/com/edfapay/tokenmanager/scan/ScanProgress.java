package com.edfapay.tokenmanager.scan;

/** How far a scan is: the phase, and items done out of a total (0 when not known yet). */
public record ScanProgress(Phase phase, long done, long total, int findings) {

    public enum Phase {
        /** Reading the files of the folder. */
        FILES,
        /** Listing the commits of every branch and tag. */
        COMMITS,
        /** Reading each blob of the history once. */
        HISTORY
    }
}
