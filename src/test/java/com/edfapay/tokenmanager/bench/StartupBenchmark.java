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
 * spawn to that line. Peak RSS is the process's {@code VmHWM} from {@code /proc}, read {@code settle} ms after
 * the first frame (by then the app has started its sandbox, keychain and profiles in the background).
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
        System.out.printf("bare window: %s -cp ... %s%n%s%n%d pairs, alternating, RSS read %d ms after the"
                + " first frame%n", java, BareWindow.class.getSimpleName(), appLabel, runs, settleMs);

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
            System.out.printf(Locale.ROOT, "pair %d: bare %d ms %d MiB, app %d ms %d MiB%n", i + 1,
                    bareSamples.get(i).firstFrameMs, bareSamples.get(i).peakRssKib / 1024,
                    appSamples.get(i).firstFrameMs, appSamples.get(i).peakRssKib / 1024);
        }
        double bareMs = median(bareSamples.stream().mapToDouble(s -> s.firstFrameMs).toArray());
        double appMs = median(appSamples.stream().mapToDouble(s -> s.firstFrameMs).toArray());
        double bareRss = median(bareSamples.stream().mapToDouble(s -> s.peakRssKib / 1024.0).toArray());
        double appRss = median(appSamples.stream().mapToDouble(s -> s.peakRssKib / 1024.0).toArray());
        System.out.println();
        System.out.println("| Launch | First frame (median) | Peak RSS (median) |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| Bare JavaFX window, `java -cp` | %.0f ms | %.0f MiB |%n", bareMs, bareRss);
        System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f MiB |%n",
                launcher != null ? "Installed app launcher" : "App, `java -cp`", appMs, appRss);
        System.out.printf(Locale.ROOT, "| **Ratio app / bare** | **%.2f** | **%.2f** |%n", appMs / bareMs,
                appRss / bareRss);
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
            Thread.sleep(settleMs);
            if (!process.isAlive()) {
                throw new IllegalStateException("process ended before RSS was read: " + command);
            }
            return new Sample(firstFrameMs, peakRssKib(process.pid()));
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

    private record Sample(long firstFrameMs, long peakRssKib) {
    }
}
