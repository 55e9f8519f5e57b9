package com.edfapay.tokenmanager.api.internal;

import java.time.Duration;

/** Waits before a retry; replaceable in tests. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration d) throws InterruptedException;

    Sleeper REAL = d -> {
        if (!d.isZero() && !d.isNegative()) {
            Thread.sleep(d.toMillis());
        }
    };
}
