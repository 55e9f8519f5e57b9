package com.edfapay.tokenmanager.scan;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to scan: a folder, optionally its git history, optionally leaving out what its {@code .gitignore} files
 * ignore. Files (and history blobs) larger than {@code maxFileBytes} are skipped and reported as skipped.
 */
public record ScanRequest(Path folder, boolean history, boolean respectGitignore, long maxFileBytes) {

    /**
     * The default size limit: 10 MiB. Source, configuration and environment files where tokens get pasted are far
     * smaller; larger files are mostly data, logs and build output, and reading them would dominate the scan.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public ScanRequest {
        Objects.requireNonNull(folder, "folder");
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxFileBytes must be between 1 and 2 GiB");
        }
    }

    public static ScanRequest of(Path folder) {
        return new ScanRequest(folder, false, false, DEFAULT_MAX_FILE_BYTES);
    }

    public ScanRequest withHistory(boolean on) {
        return new ScanRequest(folder, on, respectGitignore, maxFileBytes);
    }

    public ScanRequest withGitignore(boolean on) {
        return new ScanRequest(folder, history, on, maxFileBytes);
    }

    public ScanRequest withMaxFileBytes(long limit) {
        return new ScanRequest(folder, history, respectGitignore, limit);
    }
}
