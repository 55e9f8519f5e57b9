package com.edfapay.tokenmanager.desktop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundActivityLogTest {

    @TempDir
    Path dir;

    @Test
    void readSeesEverythingRecordedBeforeItAndCloseFlushesTheRest() {
        List<ActivityEntry> heard = new ArrayList<>();
        FileActivityLog file = FileActivityLog.inDataFolder(dir);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        BackgroundActivityLog log = new BackgroundActivityLog(file, writer);
        log.addListener(heard::add);
        ActivityEntry first = ActivityEntry.of(Instant.parse("2026-12-01T09:00:00Z"), ActivityAction.SIGN_IN)
                .profile("Demo", "LOCAL_SANDBOX", "PARTNER").outcome(ActivityOutcome.SUCCEEDED);
        log.record(first);
        assertThat(log.read()).containsExactly(first);
        assertThat(heard).containsExactly(first);

        ActivityEntry second = ActivityEntry.of(Instant.parse("2026-12-01T09:00:01Z"), ActivityAction.SIGN_OUT)
                .outcome(ActivityOutcome.SUCCEEDED);
        log.record(second);
        log.close();
        assertThat(FileActivityLog.inDataFolder(dir).read()).containsExactly(first, second);
        assertThat(file.folder()).isEqualTo(dir.resolve("activity").toAbsolutePath());
        assertThat(writer.isShutdown()).as("the log owns the writer it was given and stops it").isTrue();
    }
}
