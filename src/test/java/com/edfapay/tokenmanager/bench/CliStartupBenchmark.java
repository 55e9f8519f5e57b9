package com.edfapay.tokenmanager.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of {@code edfapay-tokens}: the installed launcher against the checkout's {@code bin/edfapay-tokens},
 * started alternately (so both see the same machine load), each run a fresh JVM with fresh settings folders. Prints
 * every sample, the medians of wall time and of CPU time (user + system, through {@code /usr/bin/time}) and the
 * ratios installed / checkout. Not a test:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.edfapay.tokenmanager.bench.CliStartupBenchmark \
 *   -Dexec.args="runs=5 installed=/usr/bin/edfapay-tokens checkout=bin/edfapay-tokens"
 * </pre>
 * Arguments ({@code key=value}): {@code runs} (pairs, default 5), {@code installed}, {@code checkout} (launchers),
 * {@code args} (the command, default {@code --sandbox whoami}; words separated by spaces).
 */
public final class CliStartupBenchmark {

    private static final long TIMEOUT_S = 300;

    private CliStartupBenchmark() {
    }

    record Sample(long wallMs, long cpuMs) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        String installed = options.getOrDefault("installed", "/usr/bin/edfapay-tokens");
        String checkout = options.getOrDefault("checkout", "bin/edfapay-tokens");
        List<String> command = Arrays.asList(options.getOrDefault("args", "--sandbox whoami").split(" "));
        Path home = Files.createTempDirectory("cli-bench");
        System.out.printf("%d pairs, alternating: %s vs %s, command %s%n", runs, installed, checkout, command);

        // One pair first, not counted: the page cache, and the checkout script's class path file.
        run(installed, command, home);
        run(checkout, command, home);
        List<Sample> a = new ArrayList<>();
        List<Sample> b = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            a.add(run(installed, command, home));
            b.add(run(checkout, command, home));
            System.out.printf("pair %d: installed %d ms (cpu %d ms), checkout %d ms (cpu %d ms)%n", i + 1,
                    a.get(i).wallMs(), a.get(i).cpuMs(), b.get(i).wallMs(), b.get(i).cpuMs());
        }
        long aw = median(a.stream().map(Sample::wallMs).toList());
        long bw = median(b.stream().map(Sample::wallMs).toList());
        long ac = median(a.stream().map(Sample::cpuMs).toList());
        long bc = median(b.stream().map(Sample::cpuMs).toList());
        System.out.println();
        System.out.println("| Launcher | Wall (median) | CPU user+sys (median) |");
        System.out.println("|---|---|---|");
        System.out.printf("| Installed `%s` | %d ms | %d ms |%n", installed, aw, ac);
        System.out.printf("| Checkout `%s` | %d ms | %d ms |%n", checkout, bw, bc);
        System.out.printf("| **Ratio installed / checkout** | **%.2f** | **%.2f** |%n", (double) aw / bw,
                (double) ac / bc);
    }

    private static Sample run(String launcher, List<String> command, Path home) throws IOException,
            InterruptedException {
        Path scratch = Files.createTempDirectory(home, "run");
        Path times = scratch.resolve("time");
        List<String> line = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString(),
                launcher));
        line.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CONFIG_HOME", scratch.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", scratch.resolve("data").toString());
        pb.environment().put("XDG_STATE_HOME", scratch.resolve("state").toString());
        pb.directory(new File("."));
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(launcher + " did not finish within " + TIMEOUT_S + " s");
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(launcher + " " + command + " exited " + p.exitValue());
        }
        String[] cpu = Files.readString(times).strip().split("\\s+");
        long cpuMs = Math.round((Double.parseDouble(cpu[cpu.length - 2]) + Double.parseDouble(cpu[cpu.length - 1]))
                * 1000);
        return new Sample(wall, cpuMs);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
