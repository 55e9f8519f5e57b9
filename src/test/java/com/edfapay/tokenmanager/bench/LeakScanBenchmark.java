package com.edfapay.tokenmanager.bench;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import com.edfapay.tokenmanager.scan.ApiScopeTokens;
import com.edfapay.tokenmanager.scan.ByteScanner;
import com.edfapay.tokenmanager.scan.Classification;
import com.edfapay.tokenmanager.scan.ClassifiedFinding;
import com.edfapay.tokenmanager.scan.Finding;
import com.edfapay.tokenmanager.scan.LeakClassifier;
import com.edfapay.tokenmanager.scan.LeakScanner;
import com.edfapay.tokenmanager.scan.ScanMonitor;
import com.edfapay.tokenmanager.scan.ScanRequest;
import com.edfapay.tokenmanager.scan.ScanResult;
import com.edfapay.tokenmanager.scan.TokenPatterns;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Leak check benchmark (a main, not a test). Generates, once, a git repository with N commits and M files holding a
 * few tokens of a sandbox scope (in files of the working tree, in files deleted later so only the history has them,
 * on an unmerged branch) and decoys (tokens of the same shape that no scope owns, and near-misses of the wrong
 * length), with {@code git fast-import}; caches it and the sandbox database under {@code target/leak-bench/}.
 * Then, in one run, it checks that every planted token is found and classified as the scope's and no decoy is, and
 * times the working-tree scan against {@code rg} with the same two expressions, and the history scan against
 * {@code git log -p --all | grep -E}, reporting medians of several runs and the ratios.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.edfapay.tokenmanager.bench.LeakScanBenchmark -Dexec.args="10000 20000 3"
 * </pre>
 * Arguments: commits, files, measured runs per tool (after one warm-up), and {@code --regenerate}.
 */
public final class LeakScanBenchmark {

    private static final Path HOME = Path.of("target", "leak-bench");
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String[] WORDS = {"account", "amount", "merchant", "terminal", "settle", "refund",
        "payload", "request", "response", "retry", "timeout", "config", "handler", "device", "session", "order",
        "invoice", "currency", "status", "callback", "webhook", "ledger", "batch", "report"};

    private LeakScanBenchmark() {
    }

    /** A planted value: where it is, whether only the history has it, and what it must be classified as. */
    record Plant(String path, String sha256, boolean historyOnly, Classification expected) {
    }

    public static void main(String[] args) throws Exception {
        List<String> plain = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        int commits = plain.size() > 0 ? Integer.parseInt(plain.get(0)) : 10_000;
        int files = plain.size() > 1 ? Integer.parseInt(plain.get(1)) : 20_000;
        int runs = plain.size() > 2 ? Integer.parseInt(plain.get(2)) : 3;
        boolean regenerate = Arrays.asList(args).contains("--regenerate");
        Path dir = HOME.resolve("c" + commits + "-f" + files).toAbsolutePath();
        Path repo = dir.resolve("repo");
        Path manifest = dir.resolve("manifest.tsv");
        Path database = dir.resolve("sandbox");
        if (regenerate || !Files.exists(manifest)) {
            deleteTree(dir);
            Files.createDirectories(dir);
            generate(repo, manifest, database, commits, files);
        }
        List<Plant> plants = readManifest(manifest);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.onDisk(database).withPort(0));
             EdfaPayClient merchant = new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(),
                     sandbox.persona("merchant").orElseThrow().apiKey()))) {
            LeakScanner scanner = new LeakScanner(pool, cores);
            ScanRequest tree = ScanRequest.of(repo);
            ScanRequest history = ScanRequest.of(repo).withWorkingTree(false);
            ScanResult treeResult = scanner.scan(tree, ScanMonitor.NONE);
            ScanResult historyResult = scanner.scan(history, ScanMonitor.NONE);
            verify(plants, treeResult, historyResult, merchant);

            long rgMatches = countLines(rgCommand(repo));
            long gitMatches = countLines(gitLogCommand(repo));
            print("rg matches (same expressions): %d, scanner working-tree findings: %d%n", rgMatches,
                    treeResult.findings().size());
            print("git log -p | grep -E matches: %d (diff lines, so a value repeated across versions counts again);"
                    + " scanner history findings (one per value and path): %d%n", gitMatches,
                    historyResult.findings().size());
            if (rgMatches != treeResult.findings().size()) {
                throw new AssertionError("rg and the scanner disagree on the working tree");
            }

            long javaTree = median(runs, () -> scanner.scan(tree, ScanMonitor.NONE));
            long rgTree = median(runs, () -> countLines(rgCommand(repo)));
            long javaHistory = median(runs, () -> scanner.scan(history, ScanMonitor.NONE));
            long gitHistory = median(runs, () -> countLines(gitLogCommand(repo)));
            print("%nrepository: %d commits, %d files in the working tree, %d distinct blobs in the history; "
                    + "%d cores, median of %d runs after a warm-up%n", historyResult.stats().commits(),
                    treeResult.stats().files(), historyResult.stats().blobs(), cores, runs);
            print("| Scan | This app | Baseline | Ratio (app / baseline) |%n|---|---|---|---|%n");
            print("| Working tree (%d files) | %d ms | `rg` %d ms | %.2f |%n", treeResult.stats().files(),
                    javaTree, rgTree, javaTree / (double) rgTree);
            print("| History (%d commits) | %d ms | `git log -p --all \\| grep -E` %d ms | %.2f |%n",
                    historyResult.stats().commits(), javaHistory, gitHistory, javaHistory / (double) gitHistory);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- verification -------------------------------------------------------------------------------------------

    private static void verify(List<Plant> plants, ScanResult tree, ScanResult history, EdfaPayClient merchant) {
        List<Finding> all = new ArrayList<>(tree.findings());
        all.addAll(history.findings());
        List<ClassifiedFinding> classified = new LeakClassifier(Clock.systemUTC()).classify(all,
                new ApiScopeTokens(merchant, merchant.whoAmI(), 8, java.util.concurrent.Executors::newFixedThreadPool, () -> false));
        Map<String, Classification> byHash = new HashMap<>();
        for (ClassifiedFinding f : classified) {
            byHash.merge(f.finding().sha256(), f.classification(), (a, b) -> a);
        }
        Set<String> treeHashes = tree.findings().stream().map(Finding::sha256).collect(Collectors.toSet());
        Set<String> historyHashes = history.findings().stream().map(Finding::sha256).collect(Collectors.toSet());
        int planted = 0;
        int decoys = 0;
        for (Plant plant : plants) {
            if (!historyHashes.contains(plant.sha256())) {
                throw new AssertionError("not found in the history: " + plant.path());
            }
            if (treeHashes.contains(plant.sha256()) == plant.historyOnly()) {
                throw new AssertionError("working tree wrong for " + plant.path());
            }
            Classification got = byHash.get(plant.sha256());
            if (got != plant.expected()) {
                throw new AssertionError(plant.path() + ": expected " + plant.expected() + " but was " + got);
            }
            if (plant.expected() == Classification.NOT_IN_SCOPE) {
                decoys++;
            } else {
                planted++;
            }
        }
        Set<String> plantedHashes = plants.stream().map(Plant::sha256).collect(Collectors.toSet());
        long falsePositives = classified.stream().filter(f -> f.classification() != Classification.NOT_IN_SCOPE)
                .filter(f -> !plantedHashes.contains(f.finding().sha256())).count();
        if (falsePositives > 0) {
            throw new AssertionError(falsePositives + " findings classified as the scope's were not planted");
        }
        print("verified: all %d planted scope tokens found and classified as planted; %d planted decoys found "
                + "and classified as not in scope; 0 false positives among %d findings%n", planted, decoys,
                classified.size());
    }

    // --- baselines ----------------------------------------------------------------------------------------------

    private static List<String> rgCommand(Path repo) {
        return List.of("rg", "--no-config", "--no-ignore", "--hidden", "--glob", "!.git", "--max-filesize", "10M",
                "--only-matching", "--line-number", "--no-heading", "-e", TokenPatterns.API_TOKEN_REGEX,
                "-e", TokenPatterns.SDK_TOKEN_REGEX, repo.toString());
    }

    private static List<String> gitLogCommand(Path repo) {
        return List.of("bash", "-c", "git -C '" + repo + "' log -p --all --no-color | grep -E -o '"
                + TokenPatterns.API_TOKEN_REGEX + "|" + TokenPatterns.SDK_TOKEN_REGEX + "'");
    }

    /** Runs the command and counts the lines it prints (its matches). */
    private static long countLines(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long lines = 0;
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        int exit = process.waitFor();
        if (exit > 1) {
            throw new IOException(command.get(0) + " exited with " + exit);
        }
        return lines;
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    private static long median(int runs, Work work) throws Exception {
        work.run();
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    // --- generation ---------------------------------------------------------------------------------------------

    private static void generate(Path repo, Path manifest, Path database, int commits, int files) throws Exception {
        long started = System.nanoTime();
        List<String> apiActive = new ArrayList<>();
        String apiDisabled;
        List<String> sdkActive = new ArrayList<>();
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.onDisk(database).withPort(0));
             EdfaPayClient merchant = new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(),
                     sandbox.persona("merchant").orElseThrow().apiKey()))) {
            String unit = merchant.whoAmI().businessUnitId();
            for (int i = 0; i < 4; i++) {
                GeneratedApiToken token = merchant.generateApiToken(new NewApiToken(unit, "Bench key " + i, null,
                        null));
                apiActive.add(token.secret().reveal());
                token.secret().wipe();
            }
            GeneratedApiToken old = merchant.generateApiToken(new NewApiToken(unit, "Bench old key", null, null));
            apiDisabled = old.secret().reveal();
            merchant.setApiTokenActive(old.token().id(), false, "benchmark");
            List<UserSummary> users = merchant.searchUsers(UserQuery.all(PageRequest.first(100))).content().stream()
                    .filter(u -> u.userType() == UserType.TERMINAL || u.userType() == UserType.USER).toList();
            for (int i = 0; i < 3; i++) {
                SdkToken token = merchant.generateSdkToken(users.get(i).id());
                if (!token.active()) {
                    merchant.setSdkTokenActive(users.get(i).id(), true);
                }
                sdkActive.add(token.token());
            }
        }
        Files.createDirectories(repo);
        run(repo, "git", "init", "-q", "-b", "main");
        Random random = new Random(20261201L);
        List<Plant> plants = new ArrayList<>();
        Process importer = new ProcessBuilder("git", "fast-import", "--quiet").directory(repo.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        String[] contents = new String[files];
        int perCommit = Math.max(1, (files + commits - 1) / commits);
        int created = 0;
        long time = 1_700_000_000L;
        // What to plant, by commit: working-tree plants early, history-only ones added and later deleted.
        Map<Integer, List<String[]>> adds = new HashMap<>();
        Map<Integer, List<String>> deletes = new HashMap<>();
        plantAt(adds, commits / 10, "dir007/settings.env", "EDFAPAY_API_KEY=" + apiActive.get(0));
        plants.add(plant("dir007/settings.env", apiActive.get(0), false, Classification.YOURS_ACTIVE));
        plantAt(adds, commits / 5, "dir042/device.json", "{\"sdkToken\": \"" + sdkActive.get(0) + "\"}");
        plants.add(plant("dir042/device.json", sdkActive.get(0), false, Classification.YOURS_ACTIVE));
        plantAt(adds, commits / 3, "dir099/legacy.properties", "api.key=" + apiDisabled);
        plants.add(plant("dir099/legacy.properties", apiDisabled, false, Classification.YOURS_INACTIVE));
        plantAt(adds, commits * 3 / 10, "deploy/prod.env", "KEY=" + apiActive.get(1));
        deletes.computeIfAbsent(commits * 3 / 10 + 7, k -> new ArrayList<>()).add("deploy/prod.env");
        plants.add(plant("deploy/prod.env", apiActive.get(1), true, Classification.YOURS_ACTIVE));
        plantAt(adds, commits * 6 / 10, "terminals/pos-17.yaml", "token: " + sdkActive.get(1));
        deletes.computeIfAbsent(commits * 6 / 10 + 1, k -> new ArrayList<>()).add("terminals/pos-17.yaml");
        plants.add(plant("terminals/pos-17.yaml", sdkActive.get(1), true, Classification.YOURS_ACTIVE));
        plantAt(adds, commits * 9 / 10, "dir150/NOTES.md", "temporary: " + apiActive.get(2) + " and "
                + sdkActive.get(2));
        plants.add(plant("dir150/NOTES.md", apiActive.get(2), false, Classification.YOURS_ACTIVE));
        plants.add(plant("dir150/NOTES.md", sdkActive.get(2), false, Classification.YOURS_ACTIVE));
        // Decoys of the same shape that no scope owns: a made-up API key, checksums that look like SDK tokens.
        for (int i = 0; i < 20; i++) {
            String fakeApi = randomApi(random);
            String path = "dir" + String.format("%03d", 10 + i * 9) + "/example" + i + ".env";
            plantAt(adds, commits / 2 + i, path, "# example only\nEDFAPAY_API_KEY=" + fakeApi);
            plants.add(plant(path, fakeApi, false, Classification.NOT_IN_SCOPE));
            String checksum = randomHex(random, 64);
            String sumPath = "dir" + String.format("%03d", 11 + i * 9) + "/SHA256SUMS" + i;
            plantAt(adds, commits / 2 + i, sumPath, checksum + "  release-" + i + ".tar.gz");
            plants.add(plant(sumPath, checksum, false, Classification.NOT_IN_SCOPE));
        }
        try (OutputStream out = new BufferedOutputStream(importer.getOutputStream(), 1 << 20)) {
            for (int c = 1; c <= commits; c++) {
                StringBuilder commands = new StringBuilder();
                for (int k = 0; k < perCommit && created < files; k++) {
                    int index = created++;
                    contents[index] = fileContent(random, index);
                    inline(commands, path(index), contents[index]);
                }
                if (created > 1) {
                    int index = random.nextInt(created);
                    contents[index] = contents[index] + line(random) + "\n";
                    inline(commands, path(index), contents[index]);
                }
                for (String[] add : adds.getOrDefault(c, List.of())) {
                    inline(commands, add[0], add[1] + "\n");
                }
                for (String gone : deletes.getOrDefault(c, List.of())) {
                    commands.append("D ").append(gone).append('\n');
                }
                time += 600;
                String message = "Change " + c + ": " + WORDS[random.nextInt(WORDS.length)];
                header(out, "refs/heads/main", c, c == 1 ? 0 : c - 1, time, message);
                out.write(commands.toString().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            // An unmerged branch with a token of its own.
            String branchPath = "experiments/try.sh";
            String branchContent = "export EDFAPAY_API_KEY=" + apiActive.get(3) + "\n";
            header(out, "refs/heads/feature/experiment", commits + 1, commits / 2, time + 60, "Try the new API");
            StringBuilder commands = new StringBuilder();
            inline(commands, branchPath, branchContent);
            out.write(commands.toString().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            plants.add(plant(branchPath, apiActive.get(3), true, Classification.YOURS_ACTIVE));
        }
        if (importer.waitFor() != 0) {
            throw new IOException("git fast-import failed");
        }
        run(repo, "git", "checkout", "-q", "-f", "main");
        run(repo, "git", "repack", "-a", "-d", "-q");
        List<String> lines = new ArrayList<>();
        for (Plant plant : plants) {
            lines.add(plant.path() + "\t" + plant.sha256() + "\t" + plant.historyOnly() + "\t" + plant.expected());
        }
        Files.write(manifest, lines);
        print("generated %s in %d s%n", repo, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static Plant plant(String path, String value, boolean historyOnly, Classification expected) {
        return new Plant(path, ByteScanner.sha256(value), historyOnly, expected);
    }

    private static void plantAt(Map<Integer, List<String[]>> adds, int commit, String path, String content) {
        adds.computeIfAbsent(Math.max(1, commit), k -> new ArrayList<>()).add(new String[] {path, content});
    }

    private static void header(OutputStream out, String ref, int mark, int from, long time, String message)
            throws IOException {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        String author = "Dev " + (mark % 7) + " <dev" + (mark % 7) + "@example.com> " + time + " +0300";
        StringBuilder head = new StringBuilder().append("commit ").append(ref).append('\n')
                .append("mark :").append(mark).append('\n')
                .append("author ").append(author).append('\n')
                .append("committer ").append(author).append('\n')
                .append("data ").append(text.length).append('\n');
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(text);
        out.write('\n');
        if (from > 0) {
            out.write(("from :" + from + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void inline(StringBuilder commands, String path, String content) {
        commands.append("M 100644 inline ").append(path).append('\n')
                .append("data ").append(content.getBytes(StandardCharsets.UTF_8).length).append('\n')
                .append(content).append('\n');
    }

    private static String path(int index) {
        return String.format("dir%03d/file%05d.txt", index % 200, index);
    }

    /** About 1.2 KB of code-like text, with near-miss decoys (wrong lengths) now and then. */
    private static String fileContent(Random random, int index) {
        StringBuilder text = new StringBuilder(1400);
        text.append("// file ").append(index).append(" generated for the leak check benchmark\n");
        int lines = 25 + random.nextInt(15);
        for (int i = 0; i < lines; i++) {
            text.append(line(random)).append('\n');
        }
        switch (random.nextInt(40)) {
            case 0 -> text.append("commit = \"").append(randomHex(random, 40)).append("\"\n");
            case 1 -> text.append("digest = \"").append(randomHex(random, 63)).append("\"\n");
            case 2 -> text.append("key = edfa_").append(randomBase62(random, 39)).append('\n');
            case 3 -> text.append("key = edfa_").append(randomBase62(random, 41)).append('\n');
            case 4 -> text.append("blob = ").append(randomHex(random, 65)).append('\n');
            default -> { }
        }
        return text.toString();
    }

    private static String line(Random random) {
        String a = WORDS[random.nextInt(WORDS.length)];
        String b = WORDS[random.nextInt(WORDS.length)];
        return switch (random.nextInt(4)) {
            case 0 -> "    val " + a + "_" + random.nextInt(1000) + " = " + b + ".compute(0x"
                    + Integer.toHexString(random.nextInt()) + ", " + random.nextInt(100) + ")";
            case 1 -> "    if (" + a + ".isReady() && " + b + " != null) { return " + a + "; }";
            case 2 -> "    // " + a + " then " + b + ": keep the " + WORDS[random.nextInt(WORDS.length)] + " in sync";
            default -> "    log.info(\"" + a + " {} " + b + "\", " + a + "Id);";
        };
    }

    private static String randomApi(Random random) {
        return TokenPatterns.API_PREFIX + randomBase62(random, TokenPatterns.API_RANDOM_LENGTH);
    }

    private static String randomBase62(Random random, int n) {
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return text.toString();
    }

    private static String randomHex(Random random, int n) {
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return text.toString();
    }

    private static List<Plant> readManifest(Path manifest) throws IOException {
        List<Plant> plants = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            String[] f = line.split("\t");
            plants.add(new Plant(f[0], f[1], Boolean.parseBoolean(f[2]), Classification.valueOf(f[3])));
        }
        return plants;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void print(String format, Object... args) {
        System.out.printf(java.util.Locale.ROOT, format, args);
    }

}
