package com.edfapay.tokenmanager.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Parses {@link SandboxMain}'s arguments into options; anything it does not understand is a usage error. */
public final class SandboxCommandLine {

    public static final String USAGE = """
            Usage: SandboxMain [options]
              --port N                TCP port on 127.0.0.1 (default 8080; 0 = any free port)
              --data PATH|mem         H2 database file base path, or mem for in-memory
                                      (default: sandbox/sandbox in the user's data folder)
              --latency-ms N          delay added to every /api request, in milliseconds (default 0)
              --fail-rate F           share of requests answered 503, 0..1 (default 0)
              --throttle-rate F       share of requests answered 429 with Retry-After, 0..1 (default 0)
              --drop-rate F           share of requests whose connection is closed unanswered, 0..1 (default 0)
              --merchants N           merchants to seed into an empty database (default 3)
              --users-per-merchant N  users to seed per merchant, at least 2 (default 12)
              --seed N                random seed for seed data and fault decisions
              --print-keys            print one JSON line per persona with its API key
              --help                  show this help
            """;

    /** The parsed command: options, whether to print persona keys, whether only help was asked for. */
    public record Parsed(SandboxOptions options, boolean printKeys, boolean help) {
    }

    /** A bad argument; the message says which. */
    public static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    private SandboxCommandLine() {
    }

    public static Parsed parse(String[] args, Map<String, String> env, Properties system) throws UsageException {
        SandboxOptions options = SandboxOptions.inMemory().withPort(8080)
                .withDataFile(SandboxDataFolder.defaultDataFile(env, system));
        boolean printKeys = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new Parsed(options, printKeys, true);
                }
                case "--print-keys" -> printKeys = true;
                case "--port" -> options = options.withPort(intValue(arg, value(args, ++i, arg), 0, 65_535));
                case "--data" -> {
                    String data = value(args, ++i, arg);
                    options = options.withDataFile(data.equalsIgnoreCase("mem") ? null : Path.of(data));
                }
                case "--latency-ms" -> options = options.withLatency(
                        Duration.ofMillis(intValue(arg, value(args, ++i, arg), 0, Integer.MAX_VALUE)));
                case "--fail-rate" -> options = options.withFailRate(rate(arg, value(args, ++i, arg)));
                case "--throttle-rate" -> options = options.withThrottleRate(rate(arg, value(args, ++i, arg)));
                case "--drop-rate" -> options = options.withDropRate(rate(arg, value(args, ++i, arg)));
                case "--merchants" -> options = options.withMerchants(
                        intValue(arg, value(args, ++i, arg), 1, 1_000_000));
                case "--users-per-merchant" -> options = options.withUsersPerMerchant(
                        intValue(arg, value(args, ++i, arg), 2, 10_000));
                case "--seed" -> options = options.withRandomSeed(longValue(arg, value(args, ++i, arg)));
                default -> throw new UsageException("Unknown option: " + arg);
            }
        }
        return new Parsed(options, printKeys, false);
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException("The option " + option + " needs a value.");
        }
        return args[index];
    }

    private static int intValue(String option, String value, int min, int max) throws UsageException {
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw new UsageException("The option " + option + " must be between " + min + " and " + max
                        + ", not " + value + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("The option " + option + " needs a whole number, not '" + value + "'.");
        }
    }

    private static long longValue(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("The option " + option + " needs a whole number, not '" + value + "'.");
        }
    }

    private static double rate(String option, String value) throws UsageException {
        try {
            double rate = Double.parseDouble(value.trim().toLowerCase(Locale.ROOT));
            if (!(rate >= 0 && rate <= 1)) {
                throw new UsageException("The option " + option + " must be between 0 and 1, not " + value + ".");
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new UsageException("The option " + option + " needs a number between 0 and 1, not '" + value
                    + "'.");
        }
    }
}
