package com.edfapay.tokenmanager.scan;

import org.jspecify.annotations.Nullable;

/** A file or history blob the scan did not read, and why; so the user knows what was not checked. */
public record Skipped(String path, @Nullable String commitId, Reason reason, long size) {

    public enum Reason {
        /** A NUL byte in the first 8000 bytes (git's rule). */
        BINARY,
        /** Larger than the request's limit. */
        TOO_LARGE,
        /** Could not be read (permissions, vanished while scanning). */
        UNREADABLE
    }
}
