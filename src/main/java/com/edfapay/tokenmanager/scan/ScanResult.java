package com.edfapay.tokenmanager.scan;

import java.util.List;

/**
 * What a scan found: working-tree findings first (by path and line), then history findings in the order their
 * commits were made. {@code cancelled} means the lists are what was found before the user stopped the scan.
 */
public record ScanResult(List<Finding> findings, List<Skipped> skipped, Stats stats, boolean gitRepository,
                         boolean cancelled) {

    public ScanResult {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
    }

    /** Files read, their bytes, commits walked and distinct blobs read. */
    public record Stats(long files, long bytes, long commits, long blobs, long blobBytes) {
    }
}
