package com.edfapay.tokenmanager.bench;

import com.edfapay.tokenmanager.app.FirstFrame;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of the app against a bare JavaFX window (a Stage with one Label, {@link BareWindow}), started
 * alternately in the same run. "First frame" is the same for both: the process prints
 * {@link FirstFrame#MARKER} on the first pulse after its stage is shown, and the time is taken from process
 * spawn to that line. Peak RSS is the process's {@code VmHWM} from {@code /proc}, read twice: as soon as the marker
 * is seen (the first frame's footprint, what the start-up goal is about) and {@code settle} ms later (by then the
 * app has also started logging, the keychain probe, saved profiles and the embedded sandbox with its H2 database
 * in the background). The CPU time (user + system, all threads) the process used until the marker is printed too:
 * it is less disturbed than wall time when other work shares the machine.
 *
 * <p>Needs a display (run it under {@code xvfb-run}). Not a test:
 * <pre>
 * xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.edfapay.tokenmanager.bench.StartupBenchmark -Dexec.args="runs=7"
 * </pre>
 * Arguments ({@code key=value}): {@code runs} (pairs, default 5), {@code settle} (ms, default 3000),
 * {@code java} (the java both start with in dev mode; default the JDK running this), {@code launcher} (the
 * installed app's launcher, e.g. {@code /opt/edfapay-token-manager/bin/EdfaPayTokenManager}: then the app is
 * started with it and the bare window with plain {@code java}).
 */
public final class StartupBenchmark {

    private static final String APP_MAIN = "com.edfapay.tokenmanager.app.Launcher";
    private static final long TIMEOUT_MS = 120_000;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        long settleMs = Long.parseLong(options.getOrDefault("settle", "3000"));
        String java = options.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String launcher = options.get("launcher");
        String classPath = classPath();
        Path home = Files.createTempDirectory("startup-bench");

        List<String> bare = List.of(java, "-cp", classPath, BareWindow.class.getName());
        List<String> app = launcher != null
                ? List.of(launcher)
                : List.of(java, "-cp", classPath, APP_MAIN);
        String appLabel = launcher != null ? "packaged app (" + launcher + ")" : "app (java -cp, " + java + ")";
        System.out.printf("bare window: %s -cp ... %s%n%s%n%d pairs, alternating, RSS read at the first frame and"
                + " %d ms after it%n", java, BareWindow.class.getSimpleName(), appLabel, runs, settleMs);

        // One pair first, not counted: fills the page cache and the persistent sandbox database.
        measure(bare, home, settleMs);
        measure(app, home, settleMs);
        List<Sample> bareSamples = new ArrayList<>();
        List<Sample> appSamples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            boolean bareFirst = i % 2 == 0;
            if (bareFirst) {
                bareSamples.add(measure(bare, home, settleMs));
            }
            appSamples.add(measure(app, home, settleMs));
            if (!bareFirst) {
                bareSamples.add(measure(bare, home, settleMs));
            }
            System.out.printf(Locale.ROOT, "pair %d: bare %s, app %s%n", i + 1, bareSamples.get(i),
                    appSamples.get(i));
        }
        Medians bareMedians = Medians.of(bareSamples);
        Medians appMedians = Medians.of(appSamples);
        System.out.println();
        System.out.printf(Locale.ROOT, "| Launch | First frame (median) | CPU until then | Peak RSS at first frame |"
                + " Peak RSS %.0f s later |%n", settleMs / 1000.0);
        System.out.println("|---|---|---|---|---|");
        System.out.println(bareMedians.row("Bare JavaFX window, `" + (launcher != null ? java : "java") + " -cp`"));
        System.out.println(appMedians.row(launcher != null ? "Packaged app launcher" : "App, `java -cp`"));
        System.out.printf(Locale.ROOT, "| **Ratio app / bare** | **%.2f** | **%.2f** | **%.2f** | **%.2f** |%n",
                appMedians.firstFrameMs / bareMedians.firstFrameMs, appMedians.cpuMs / bareMedians.cpuMs,
                appMedians.rssAtFrame / bareMedians.rssAtFrame, appMedians.rssLater / bareMedians.rssLater);
    }

    private static Sample measure(List<String> command, Path home, long settleMs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(FirstFrame.MARKER_ENV, "1");
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.redirectErrorStream(true);
        long spawned = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        Thread reader = new Thread(() -> readUntilMarker(process, firstFrame), "bench-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            long seen = firstFrame.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            long firstFrameMs = TimeUnit.NANOSECONDS.toMillis(seen - spawned);
            long rssAtFrame = peakRssKib(process.pid());
            long cpuMs = cpuMs(process.pid());
            Thread.sleep(settleMs);
            if (!process.isAlive()) {
                throw new IllegalStateException("process ended before RSS was read: " + command);
            }
            return new Sample(firstFrameMs, cpuMs, rssAtFrame, peakRssKib(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void readUntilMarker(Process process, CompletableFuture<Long> firstFrame) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!firstFrame.isDone() && line.contains(FirstFrame.MARKER)) {
                    firstFrame.complete(System.nanoTime());
                }
            }
            firstFrame.completeExceptionally(new IllegalStateException("process ended without a first frame"));
        } catch (IOException e) {
            firstFrame.completeExceptionally(e);
        }
    }

    private static long peakRssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmHWM for " + pid);
    }

    /**
     * User plus system CPU time of the process so far, from {@code /proc/PID/stat} (fields 14 and 15, in clock
     * ticks of 10 ms on Linux).
     */
    private static long cpuMs(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10;
    }

    /** The test classes (for the bare window), the app's classes and its runtime jars, as the build lists them. */
    private static String classPath() throws IOException {
        Path runtime = Path.of("target", "runtime-classpath.txt");
        if (!Files.exists(runtime)) {
            throw new IllegalStateException(runtime + " is missing: run through ./mvnw test-compile exec:java");
        }
        return String.join(File.pathSeparator, Path.of("target", "test-classes").toAbsolutePath().toString(),
                Path.of("target", "classes").toAbsolutePath().toString(), Files.readString(runtime).trim());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private record Sample(long firstFrameMs, long cpuMs, long rssAtFrameKib, long rssLaterKib) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d ms (CPU %d ms) %d/%d MiB", firstFrameMs, cpuMs,
                    rssAtFrameKib / 1024, rssLaterKib / 1024);
        }
    }

    private record Medians(double firstFrameMs, double cpuMs, double rssAtFrame, double rssLater) {
        static Medians of(List<Sample> samples) {
            return new Medians(median(samples.stream().mapToDouble(s -> s.firstFrameMs).toArray()),
                    median(samples.stream().mapToDouble(s -> s.cpuMs).toArray()),
                    median(samples.stream().mapToDouble(s -> s.rssAtFrameKib / 1024.0).toArray()),
                    median(samples.stream().mapToDouble(s -> s.rssLaterKib / 1024.0).toArray()));
        }

        String row(String label) {
            return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f MiB | %.0f MiB |", label, firstFrameMs,
                    cpuMs, rssAtFrame, rssLater);
        }
    }
}
