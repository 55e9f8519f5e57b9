package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateBatcherTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private long now;
    private final UpdateBatcher batcher = new UpdateBatcher(tasks, () -> now);

    @Test
    void changesPostedTogetherReachTheUiThreadAsOneBatch() {
        List<String> applied = new ArrayList<>();
        now = UpdateBatcher.INTERVAL.toNanos() * 10;
        batcher.post(() -> applied.add("first"));
        tasks.elapse(java.time.Duration.ZERO);
        // The first change after a quiet spell goes at once; the next ones wait for the next slot, together.
        batcher.post(() -> applied.add("second"));
        batcher.post(() -> applied.add("third"));
        tasks.elapse(UpdateBatcher.INTERVAL.minusMillis(1));
        assertThat(applied).containsExactly("first");

        now += UpdateBatcher.INTERVAL.toNanos();
        tasks.elapse(java.time.Duration.ofMillis(1));

        assertThat(applied).containsExactly("first", "second", "third");
        assertThat(batcher.flushes()).isEqualTo(2);
        assertThat(batcher.lastBatchSize()).isEqualTo(2);
    }

    @Test
    void aChangeThatThrowsDoesNotDropTheRestOfItsBatch() {
        List<String> applied = new ArrayList<>();
        now = UpdateBatcher.INTERVAL.toNanos() * 10;
        batcher.post(() -> applied.add("opens the slot"));
        tasks.elapse(java.time.Duration.ZERO);
        batcher.post(() -> applied.add("before the failure"));
        batcher.post(() -> {
            throw new IllegalStateException("a listener failed");
        });
        batcher.post(() -> applied.add("after the failure"));
        batcher.post(() -> {
            throw new IllegalArgumentException("another listener failed");
        });

        now += UpdateBatcher.INTERVAL.toNanos();
        assertThatThrownBy(() -> tasks.elapse(UpdateBatcher.INTERVAL))
                .as("the first failure reaches the thread's handler, carrying the others")
                .hasMessage("a listener failed")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("another listener failed"));
        assertThat(applied).containsExactly("opens the slot", "before the failure", "after the failure");
    }
}
