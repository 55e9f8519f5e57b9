package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** A page arriving is one change to the table, its resize included, and replaying it gives the list's content. */
class PagedRowsChangesTest {

    @Test
    void aFirstPageReplacingASkeletonRowIsOneChangeThatAListenerCanReplay() {
        PagedRows rows = new PagedRows(100, 5);
        List<SdkTokenRow> mirror = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        rows.addListener((ListChangeListener<SdkTokenRow>) change -> {
            sizes.add(change.getList().size());
            while (change.next()) {
                for (int i = 0; i < change.getRemovedSize(); i++) {
                    assertThat(mirror.remove(change.getFrom())).isSameAs(change.getRemoved().get(i));
                }
                mirror.addAll(change.getFrom(), change.getAddedSubList());
            }
        });
        rows.showSkeleton(1);
        List<UserSummary> users = IntStream.range(0, 100).mapToObj(i -> new UserSummary("u" + i, "u" + i, null,
                null, null, null, UserType.USER, "m-1", "M", true)).toList();

        rows.putPage(0, users, 102_006, 0, SdkTokenRow::new, row -> { }, -1);

        assertThat(sizes).as("the skeleton row, then the page with the scope's size in one change")
                .containsExactly(1, 102_006);
        assertThat(mirror).hasSize(102_006).containsExactlyElementsOf(rows);
        assertThat(mirror.get(99).userId()).isEqualTo("u99");
        assertThat(mirror.get(100).isPlaceholder()).isTrue();
    }
}
