package com.edfapay.tokenmanager.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an embedded sandbox is started: where it listens, where it stores its data, what it seeds and which faults
 * it injects. Seed sizes only matter when the database is empty; an existing database keeps its data.
 *
 * @param port             TCP port on 127.0.0.1; 0 picks a free port
 * @param dataFile         H2 file database base path (H2 appends {@code .mv.db}); null keeps everything in memory
 * @param latency          delay added to every /api request
 * @param failRate         share of /api requests answered 503
 * @param throttleRate     share of /api requests answered 429 with {@code Retry-After: 1}
 * @param dropRate         share of /api requests whose connection is closed without an answer (after the change)
 * @param merchants        merchants seeded under the demo partner
 * @param usersPerMerchant users seeded per merchant besides its admin
 * @param randomSeed       seed for seed data and fault decisions, so runs are reproducible
 */
public record SandboxOptions(int port, @Nullable Path dataFile, Duration latency, double failRate, double throttleRate,
                             double dropRate, int merchants, int usersPerMerchant, long randomSeed) {

    public static final long DEFAULT_SEED = 20_261_130L;

    public SandboxOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        latency = Objects.requireNonNullElse(latency, Duration.ZERO);
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        requireRate("failRate", failRate);
        requireRate("throttleRate", throttleRate);
        requireRate("dropRate", dropRate);
        if (merchants < 1) {
            throw new IllegalArgumentException("merchants must be at least 1: " + merchants);
        }
        // The user and terminal personas need at least one USER and one TERMINAL in the first merchant.
        if (usersPerMerchant < 2) {
            throw new IllegalArgumentException("usersPerMerchant must be at least 2: " + usersPerMerchant);
        }
    }

    /** Port 0, in-memory database, no faults, 3 merchants with 12 users each. */
    public static SandboxOptions inMemory() {
        return new SandboxOptions(0, null, Duration.ZERO, 0, 0, 0, 3, 12, DEFAULT_SEED);
    }

    /** As {@link #inMemory()} but persisted in an H2 file database at {@code dataFile}. */
    public static SandboxOptions onDisk(Path dataFile) {
        return inMemory().withDataFile(Objects.requireNonNull(dataFile, "dataFile"));
    }

    public boolean inMemoryDatabase() {
        return dataFile == null;
    }

    public SandboxOptions withPort(int port) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    public SandboxOptions withDataFile(@Nullable Path dataFile) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    public SandboxOptions withLatency(Duration latency) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    public SandboxOptions withFailRate(double failRate) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    public SandboxOptions withThrottleRate(double throttleRate) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    public SandboxOptions withDropRate(double dropRate) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    public SandboxOptions withMerchants(int merchants) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    public SandboxOptions withUsersPerMerchant(int usersPerMerchant) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    public SandboxOptions withRandomSeed(long randomSeed) {
        return new SandboxOptions(port, dataFile, latency, failRate, throttleRate, dropRate, merchants,
                usersPerMerchant, randomSeed);
    }

    private static void requireRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + rate);
        }
    }
}
