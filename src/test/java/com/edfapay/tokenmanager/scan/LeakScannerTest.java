package com.edfapay.tokenmanager.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner on generated folders and repositories with planted tokens. */
class LeakScannerTest {

    private static ExecutorService pool;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static ScanResult scan(ScanRequest request) throws IOException {
        return new LeakScanner(pool, 2).scan(request, ScanMonitor.NONE);
    }

    private static List<String> hashes(ScanResult result) {
        return result.findings().stream().map(Finding::sha256).toList();
    }

    @Test
    void findsPlantedTokensInFilesWithPathLineAndMaskedValue() throws Exception {
        String api = TestRepos.apiToken();
        String sdk = TestRepos.sdkToken();
        TestRepos.write(dir, "README.md", "# Demo\nnothing here\n");
        TestRepos.write(dir, "config/app.env", "NAME=demo\nEDFAPAY_API_KEY=" + api + "\n");
        TestRepos.write(dir, "src/main/Device.java", "class Device {\n\n  String token = \"" + sdk + "\";\n}\n");
        TestRepos.write(dir, ".hidden/notes.txt", "again " + api + "\n");
        for (int i = 0; i < 300; i++) {
            TestRepos.write(dir, "many/file" + i + ".txt", "line " + i + "\n".repeat(i % 7));
        }

        ScanResult result = scan(ScanRequest.of(dir));

        assertThat(result.findings()).extracting(Finding::path, Finding::line, Finding::kind, Finding::masked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(".hidden/notes.txt", 1, TokenKind.API_TOKEN,
                                api.substring(0, 9) + "\u2026" + api.substring(41)),
                        org.assertj.core.groups.Tuple.tuple("config/app.env", 2, TokenKind.API_TOKEN,
                                api.substring(0, 9) + "\u2026" + api.substring(41)),
                        org.assertj.core.groups.Tuple.tuple("src/main/Device.java", 3, TokenKind.SDK_TOKEN,
                                sdk.substring(0, 4) + "\u2026" + sdk.substring(60)));
        assertThat(result.findings()).allMatch(f -> !f.inHistory());
        assertThat(hashes(result)).containsExactly(ByteScanner.sha256(api), ByteScanner.sha256(api),
                ByteScanner.sha256(sdk));
        assertThat(result.stats().files()).isEqualTo(304);
        assertThat(result.gitRepository()).isFalse();
        assertThat(result.cancelled()).isFalse();
        assertThat(result.toString()).doesNotContain(api).doesNotContain(sdk);
    }

    @Test
    void skipsBinaryFilesAndFilesOverTheLimitAndSaysSo() throws Exception {
        String inBinary = TestRepos.apiToken();
        String inHuge = TestRepos.apiToken();
        String inLarge = TestRepos.sdkToken();
        try (OutputStream out = Files.newOutputStream(dir.resolve("app.bin"))) {
            out.write(new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
            out.write(inBinary.getBytes(StandardCharsets.US_ASCII));
        }
        // 3 MiB of text with the token on its last line: over a 2 MiB limit, so skipped.
        writeLarge(dir.resolve("huge.log"), 3 * 1024 * 1024, inHuge);
        // 1.5 MiB, under the limit: read in full, the token found on its last line.
        int lines = writeLarge(dir.resolve("large.log"), 1536 * 1024, inLarge);

        ScanResult result = scan(ScanRequest.of(dir).withMaxFileBytes(2 * 1024 * 1024));

        assertThat(result.findings()).extracting(Finding::path, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("large.log", lines));
        assertThat(hashes(result)).containsExactly(ByteScanner.sha256(inLarge));
        assertThat(result.skipped()).extracting(Skipped::path, Skipped::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("app.bin", Skipped.Reason.BINARY),
                org.assertj.core.groups.Tuple.tuple("huge.log", Skipped.Reason.TOO_LARGE));
        assertThat(ScanRequest.DEFAULT_MAX_FILE_BYTES).isEqualTo(10L * 1024 * 1024);
        assertThat(scan(ScanRequest.of(dir)).findings()).as("under the 10 MiB default the huge file is read")
                .extracting(Finding::sha256).contains(ByteScanner.sha256(inHuge));
    }

    /** Writes about {@code size} bytes of log lines, then the token on the last line; returns that line's number. */
    private static int writeLarge(Path file, int size, String token) throws IOException {
        StringBuilder text = new StringBuilder(size + 200);
        int line = 0;
        while (text.length() < size) {
            text.append("2026-12-01T09:00:00Z INFO request ").append(line).append(" served in 12 ms\n");
            line++;
        }
        text.append("token=").append(token).append('\n');
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return line + 1;
    }

    @Test
    void followsGitignoreOnlyWhenAsked() throws Exception {
        String token = TestRepos.apiToken();
        TestRepos.write(dir, ".gitignore", "*.env\nbuild/\n!keep.env\n");
        TestRepos.write(dir, "secrets.env", token);
        TestRepos.write(dir, "keep.env", token);
        TestRepos.write(dir, "build/out.txt", token);
        TestRepos.write(dir, "sub/.gitignore", "local.txt\n");
        TestRepos.write(dir, "sub/local.txt", token);
        TestRepos.write(dir, "sub/shared.txt", token);
        TestRepos.write(dir, ".git/config", token);

        assertThat(scan(ScanRequest.of(dir)).findings()).extracting(Finding::path).containsExactly(
                "build/out.txt", "keep.env", "secrets.env", "sub/local.txt", "sub/shared.txt");
        assertThat(scan(ScanRequest.of(dir).withGitignore(true)).findings()).extracting(Finding::path)
                .containsExactly("keep.env", "sub/shared.txt");
    }

    @Test
    void historyFindsTokensOfDeletedFilesAtTheCommitThatIntroducedThem() throws Exception {
        String deleted = TestRepos.apiToken();
        String kept = TestRepos.sdkToken();
        String onBranch = TestRepos.apiToken();
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        RevCommit introducing;
        try (Git git = TestRepos.init(dir)) {
            TestRepos.write(dir, "README.md", "demo\n");
            TestRepos.commitAll(git, "Start", "Ann Admin", t0);
            TestRepos.write(dir, "deploy/prod.env", "A=1\nKEY=" + deleted + "\n");
            TestRepos.write(dir, "device.json", "{\"sdk\": \"" + kept + "\"}\n");
            introducing = TestRepos.commitAll(git, "Add deployment settings", "Bob Builder", t0.plusSeconds(3600));
            // Later versions of the file still hold the token: one finding, at the commit that brought it in.
            TestRepos.write(dir, "deploy/prod.env", "A=2\nKEY=" + deleted + "\n");
            TestRepos.commitAll(git, "Tune", "Cat Coder", t0.plusSeconds(7200));
            Files.delete(dir.resolve("deploy/prod.env"));
            TestRepos.commitAll(git, "Remove the key from the repository", "Cat Coder", t0.plusSeconds(10800));
            git.checkout().setCreateBranch(true).setName("experiment").call();
            TestRepos.write(dir, "scratch.txt", onBranch);
            TestRepos.commitAll(git, "Try something", "Dan Dev", t0.plusSeconds(14400));
            git.checkout().setName("main").call();
        }

        ScanResult now = scan(ScanRequest.of(dir));
        assertThat(now.gitRepository()).isTrue();
        assertThat(hashes(now)).as("the folder as it is now").containsExactly(ByteScanner.sha256(kept));

        ScanResult all = scan(ScanRequest.of(dir).withHistory(true));
        List<Finding> history = all.findings().stream().filter(Finding::inHistory).toList();
        assertThat(history).extracting(Finding::path, Finding::sha256).containsExactly(
                org.assertj.core.groups.Tuple.tuple("deploy/prod.env", ByteScanner.sha256(deleted)),
                org.assertj.core.groups.Tuple.tuple("device.json", ByteScanner.sha256(kept)),
                org.assertj.core.groups.Tuple.tuple("scratch.txt", ByteScanner.sha256(onBranch)));
        Finding first = history.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.commit()).isNotNull();
        assertThat(first.commit().id()).isEqualTo(introducing.getName());
        assertThat(first.commit().authorName()).isEqualTo("Bob Builder");
        assertThat(first.commit().authorEmail()).isEqualTo("bob.builder@example.com");
        assertThat(first.commit().authorDate()).isEqualTo(t0.plusSeconds(3600));
        assertThat(first.commit().subject()).isEqualTo("Add deployment settings");
        assertThat(history.get(2).commit().authorName()).isEqualTo("Dan Dev");
        assertThat(all.stats().commits()).isEqualTo(5);
        // README, prod.env v1, device.json, prod.env v2, scratch.txt: each distinct blob read once.
        assertThat(all.stats().blobs()).isEqualTo(5);
    }

    @Test
    void historyReadsEachBlobOnceHoweverManyCommitsHoldIt() throws Exception {
        String token = TestRepos.apiToken();
        try (Git git = TestRepos.init(dir)) {
            TestRepos.write(dir, "keys.txt", token + "\n");
            for (int i = 0; i < 40; i++) {
                TestRepos.write(dir, "counter.txt", "n=" + (i % 10) + "\n");
                TestRepos.commitAll(git, "Commit " + i, "Ann Admin", Instant.parse("2026-01-01T00:00:00Z")
                        .plusSeconds(60L * i));
            }
        }
        ScanResult result = scan(ScanRequest.of(dir).withHistory(true));
        assertThat(result.stats().commits()).isEqualTo(40);
        // keys.txt once, counter.txt's 10 distinct contents once each, though 40 commits hold them.
        assertThat(result.stats().blobs()).isEqualTo(11);
        assertThat(result.findings().stream().filter(Finding::inHistory)).hasSize(1);
    }

    @Test
    void historySkipsBinaryAndBigBlobs() throws Exception {
        String token = TestRepos.apiToken();
        try (Git git = TestRepos.init(dir)) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("lib.so"))) {
                out.write(new byte[] {0, 1, 2});
                out.write(token.getBytes(StandardCharsets.US_ASCII));
            }
            writeLarge(dir.resolve("dump.sql"), 300 * 1024, token);
            TestRepos.commitAll(git, "Binaries", "Ann Admin", Instant.parse("2026-01-01T00:00:00Z"));
        }
        ScanResult result = scan(ScanRequest.of(dir).withHistory(true).withMaxFileBytes(100 * 1024));
        assertThat(result.findings()).isEmpty();
        assertThat(result.skipped()).extracting(Skipped::path, Skipped::reason, s -> s.commitId() != null)
                .contains(org.assertj.core.groups.Tuple.tuple("lib.so", Skipped.Reason.BINARY, true),
                        org.assertj.core.groups.Tuple.tuple("dump.sql", Skipped.Reason.TOO_LARGE, true));
    }

    @Test
    void stopsWhenCancelledAndSaysTheResultIsPartial() throws Exception {
        for (int i = 0; i < 2000; i++) {
            TestRepos.write(dir, "f" + (i % 20) + "/file" + i + ".txt", "x");
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reports = new AtomicInteger();
        ScanMonitor monitor = new ScanMonitor() {
            @Override
            public boolean isCancelled() {
                return stop.get();
            }

            @Override
            public void progress(ScanProgress progress) {
                reports.incrementAndGet();
                stop.set(true);
            }
        };
        ScanResult result = new LeakScanner(pool, 2).scan(ScanRequest.of(dir), monitor);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.stats().files()).isLessThan(2000);
        assertThat(reports.get()).isPositive();
    }
}
