package com.edfapay.tokenmanager.sandbox.http;

import java.time.Duration;
import java.util.Random;

/**
 * Decides, per /api request, which injected fault it gets. Decisions come from one seeded {@link Random}, so a
 * sequence of requests sees a reproducible sequence of faults. Settings can change while the server runs.
 */
public final class FaultInjector {

    /** What happens to one request. */
    public enum Fault { NONE, FAIL, THROTTLE, DROP }

    /** The injected latency and the shares of failed, throttled and dropped requests. */
    public record Settings(Duration latency, double failRate, double throttleRate, double dropRate) {

        public static final Settings NONE = new Settings(Duration.ZERO, 0, 0, 0);

        public Settings {
            latency = latency == null ? Duration.ZERO : latency;
        }

        boolean active() {
            return !latency.isZero() || failRate > 0 || throttleRate > 0 || dropRate > 0;
        }
    }

    private final Random random;
    private volatile Settings settings;

    public FaultInjector(Settings settings, long seed) {
        this.settings = settings;
        this.random = new Random(seed);
    }

    public Settings settings() {
        return settings;
    }

    public void update(Settings settings) {
        this.settings = settings;
    }

    /** Draws this request's fate: fail and throttle share one draw, drop has its own. */
    public Fault decide() {
        Settings current = settings;
        if (!current.active()) {
            return Fault.NONE;
        }
        double outcome;
        double drop;
        synchronized (random) {
            outcome = random.nextDouble();
            drop = random.nextDouble();
        }
        if (outcome < current.failRate()) {
            return Fault.FAIL;
        }
        if (outcome < current.failRate() + current.throttleRate()) {
            return Fault.THROTTLE;
        }
        return drop < current.dropRate() ? Fault.DROP : Fault.NONE;
    }

    /** Sleeps for the injected latency; the server's thread pool keeps concurrent clients from queueing. */
    public void delay() throws InterruptedException {
        Duration latency = settings.latency();
        if (!latency.isZero()) {
            Thread.sleep(latency.toMillis());
        }
    }
}
