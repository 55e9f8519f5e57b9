package com.edfapay.tokenmanager.api.sweep;

import com.edfapay.tokenmanager.api.EdfaPayException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a sweep ended.
 *
 * @param abortCause what stopped it ({@link Outcome#ABORTED} only): the key was rejected, or users could not be
 *                   listed
 */
public record SweepSummary(Outcome outcome, long done, long total, long failed, Duration elapsed,
                           @Nullable EdfaPayException abortCause) {

    public enum Outcome {
        /** Every user in scope was checked. */
        COMPLETED,
        /** {@link TokenSweep#cancel()} was called. */
        CANCELLED,
        /** The sweep could not go on; see {@link #abortCause()}. */
        ABORTED
    }
}
