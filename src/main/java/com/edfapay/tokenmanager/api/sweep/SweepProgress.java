package com.edfapay.tokenmanager.api.sweep;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How far a sweep has come.
 *
 * @param done     users whose token has been read (or given up on)
 * @param total    users in scope, as the server counted them on the first page (0 until it answered)
 * @param failed   of {@code done}, those that could not be read
 * @param elapsed  since the sweep started
 * @param eta      time still needed at the rate so far; null until enough tokens were read to tell
 * @param throttled times the server asked the sweep to slow down (429) or was unavailable (503) so far
 */
public record SweepProgress(long done, long total, long failed, Duration elapsed, @Nullable Duration eta,
                            long throttled) {

    /** Share done, 0..1 (0 while the total is unknown). */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, done / (double) total);
    }
}
