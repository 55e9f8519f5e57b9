package com.edfapay.tokenmanager.desktop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileActivityLogTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private FileActivityLog log(long maxBytes) {
        return new FileActivityLog(dir, clock, maxBytes, Duration.ofDays(30), Duration.ofDays(365));
    }

    private ActivityEntry entry(ActivityAction action, String target) {
        return ActivityEntry.of(clock.instant(), action).profile("Demo partner", "LOCAL_SANDBOX", "PARTNER")
                .target(target, "id-" + target).outcome(ActivityOutcome.SUCCEEDED);
    }

    @Test
    void entriesSurviveARestartInOrder() {
        FileActivityLog first = log(FileActivityLog.DEFAULT_MAX_BYTES);
        first.record(entry(ActivityAction.SIGN_IN, "a"));
        clock.advance(Duration.ofSeconds(1));
        first.record(entry(ActivityAction.COPY, "b"));

        FileActivityLog afterRestart = log(FileActivityLog.DEFAULT_MAX_BYTES);
        clock.advance(Duration.ofSeconds(1));
        afterRestart.record(entry(ActivityAction.SIGN_OUT, "c"));

        assertThat(log(FileActivityLog.DEFAULT_MAX_BYTES).read())
                .extracting(ActivityEntry::action, ActivityEntry::targetName, ActivityEntry::targetId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ActivityAction.SIGN_IN, "a", "id-a"),
                        org.assertj.core.groups.Tuple.tuple(ActivityAction.COPY, "b", "id-b"),
                        org.assertj.core.groups.Tuple.tuple(ActivityAction.SIGN_OUT, "c", "id-c"));
    }

    @Test
    void everyFieldIsKept() {
        ActivityEntry written = new ActivityEntry(Instant.parse("2026-12-01T09:00:00.123Z"), "Prod, main",
                "PRODUCTION", "MERCHANT", ActivityAction.DISABLE, "\u0645\u062a\u062c\u0631 \"A\"", "42",
                ActivityOutcome.FAILED, "HTTP 409");
        log(FileActivityLog.DEFAULT_MAX_BYTES).record(written);
        assertThat(log(FileActivityLog.DEFAULT_MAX_BYTES).read()).containsExactly(written);
    }

    @Test
    void rotatesBySizeAndKeepsReadingEveryFile() throws IOException {
        FileActivityLog small = log(600);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMillis(1));
            small.record(entry(ActivityAction.REVEAL, "row" + i));
        }
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThan(2);
        for (Path file : files) {
            assertThat(Files.size(file)).isLessThanOrEqualTo(600);
        }
        assertThat(small.read()).extracting(ActivityEntry::targetName)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).mapToObj(i -> "row" + i).toList());
    }

    @Test
    void rotatesByAgeAndDeletesWhatIsPastRetention() throws IOException {
        FileActivityLog log = log(FileActivityLog.DEFAULT_MAX_BYTES);
        log.record(entry(ActivityAction.GENERATE, "old"));
        clock.advance(Duration.ofDays(31));
        log.record(entry(ActivityAction.GENERATE, "month later"));
        assertThat(files()).hasSize(2);
        assertThat(log.read()).extracting(ActivityEntry::targetName).containsExactly("old", "month later");

        clock.advance(Duration.ofDays(366));
        log.record(entry(ActivityAction.GENERATE, "year later"));
        // The first file was rotated more than a year ago and is gone; the second was rotated just now.
        assertThat(log.read()).extracting(ActivityEntry::targetName).containsExactly("month later", "year later");
    }

    @Test
    void aDamagedLineIsSkippedNotFatal() throws IOException {
        FileActivityLog log = log(FileActivityLog.DEFAULT_MAX_BYTES);
        log.record(entry(ActivityAction.COPY, "before"));
        Files.writeString(dir.resolve("activity.jsonl"), "{not json\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        log.record(entry(ActivityAction.COPY, "after"));
        assertThat(log.read()).extracting(ActivityEntry::targetName).containsExactly("before", "after");
    }

    @Test
    void concurrentWritersLoseNoEntryAndMixNoLines() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                FileActivityLog own = log(4000);
                for (int i = 0; i < 50; i++) {
                    own.record(entry(ActivityAction.BULK_ROW, thread + "-" + i));
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        assertThat(log(4000).read()).hasSize(200).extracting(ActivityEntry::targetName).doesNotHaveDuplicates();
    }

    @Test
    void aTokenInAnyFieldNeverReachesTheFile() throws IOException {
        String sdkToken = "0123456789ABCDEF".repeat(4);
        String apiSecret = "edfa_" + "aB3dE6gH9j".repeat(4);
        log(FileActivityLog.DEFAULT_MAX_BYTES).record(ActivityEntry.of(clock.instant(), ActivityAction.COPY)
                .profile(apiSecret, "LOCAL_SANDBOX", "USER").target("pasted " + sdkToken, sdkToken)
                .detail("server said " + apiSecret).outcome(ActivityOutcome.SUCCEEDED));
        String text = Files.readString(dir.resolve("activity.jsonl"));
        assertThat(text).doesNotContain(sdkToken).doesNotContain(apiSecret).contains("\u2026CDEF");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
