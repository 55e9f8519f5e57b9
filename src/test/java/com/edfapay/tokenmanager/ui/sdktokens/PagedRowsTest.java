package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/**
 * The table's paged list, slot by slot: which pages stay (the farthest goes, never the pinned one), what a shrinking
 * scope or a reset takes with it (rows and their lookup by id), the skeleton, and local sorting of a complete list.
 * A listener replays every change onto a mirror, which must always equal the list.
 */
class PagedRowsTest {

    private final List<SdkTokenRow> mirror = new ArrayList<>();
    private final List<String> evicted = new ArrayList<>();
    private int changes;

    private PagedRows rows(int pageSize, int maxPages) {
        PagedRows rows = new PagedRows(pageSize, maxPages);
        rows.addListener((ListChangeListener<SdkTokenRow>) change -> {
            changes++;
            assertThat(rows.isChanging()).as("the list's own change").isTrue();
            while (change.next()) {
                for (int i = 0; i < change.getRemovedSize(); i++) {
                    assertThat(mirror.remove(change.getFrom())).isSameAs(change.getRemoved().get(i));
                }
                mirror.addAll(change.getFrom(), change.getAddedSubList());
            }
        });
        return rows;
    }

    private static List<UserSummary> users(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> new UserSummary("u" + i, "user" + i, null, null,
                null, null, UserType.USER, "m-1", "M", true)).toList();
    }

    private void put(PagedRows rows, int page, long total, int keepNear, int pinnedIndex) {
        int pageSize = rows.pageSize();
        int count = (int) Math.max(0, Math.min(pageSize, total - (long) page * pageSize));
        rows.putPage(page, users(page * pageSize, count), total, keepNear, SdkTokenRow::new,
                row -> evicted.add(row.userId()), pinnedIndex);
        assertThat(rows.isChanging()).isFalse();
        assertThat(mirror).containsExactlyElementsOf(rows);
    }

    @Test
    void theFarthestPageIsDroppedOnceMoreThanTheMostArePutAndItsRowsAreNamed() {
        PagedRows rows = rows(10, 2);
        put(rows, 0, 50, 0, -1);
        put(rows, 1, 50, 1, -1);
        assertThat(evicted).as("two pages is the most, not more than it").isEmpty();
        assertThat(rows.loadedPageCount()).isEqualTo(2);

        put(rows, 2, 50, 2, -1);

        assertThat(rows.loadedPageCount()).isEqualTo(2);
        assertThat(rows.isLoaded(0)).isFalse();
        assertThat(rows.isLoaded(1)).isTrue();
        assertThat(rows.isLoaded(2)).isTrue();
        assertThat(evicted).containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "u" + i).toList());
        assertThat(rows.row("u3")).as("an evicted row is no longer found by id").isNull();
        assertThat(rows.get(3).isPlaceholder()).isTrue();
        assertThat(rows.row("u13")).isSameAs(rows.get(13));
        assertThat(rows.loadedRowCount()).isEqualTo(20);
        assertThat(rows.loadedRows()).hasSize(20).first().isSameAs(rows.get(10));
    }

    @Test
    void thePageOfThePinnedRowStaysEvenWhenItIsTheFarthest() {
        PagedRows rows = rows(10, 2);
        put(rows, 0, 50, 0, -1);
        put(rows, 1, 50, 1, -1);

        put(rows, 4, 50, 4, 0);

        assertThat(rows.isLoaded(0)).as("row 0 is pinned (the selected row)").isTrue();
        assertThat(rows.isLoaded(1)).isFalse();
        assertThat(rows.row("u0")).isNotNull();

        put(rows, 1, 50, 1, 45);
        assertThat(rows.isLoaded(4)).as("the pinned row 45 is on page 4, the farthest from page 1").isTrue();
        assertThat(rows.isLoaded(1)).isTrue();
        assertThat(rows.isLoaded(0)).isFalse();
        assertThat(rows.loadedPageCount()).isEqualTo(2);
    }

    @Test
    void aShrinkingScopeTakesTheRowsPastItsEndAndThePagesThatStartThere() {
        PagedRows rows = rows(100, 5);
        put(rows, 0, 200, 0, -1);
        put(rows, 1, 200, 1, -1);
        assertThat(rows.isComplete()).isTrue();

        put(rows, 0, 150, 0, -1);

        assertThat(rows).hasSize(150);
        assertThat(rows.get(149).userId()).isEqualTo("u149");
        assertThatThrownBy(() -> rows.get(150)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> rows.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(rows.row("u160")).isNull();
        assertThat(rows.loadedRowCount()).isEqualTo(150);
        assertThat(rows.isLoaded(1)).as("page 1 still has rows 100-149").isTrue();

        put(rows, 0, 100, 0, -1);

        assertThat(rows).hasSize(100);
        assertThat(rows.isLoaded(1)).as("page 1 would start at the end").isFalse();
        assertThat(rows.loadedPageCount()).isEqualTo(1);
        assertThat(rows.row("u120")).isNull();
        assertThatThrownBy(() -> rows.get(100)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aResetDropsEveryRowAndItsLookupAndAResetOfNothingIsNoChange() {
        PagedRows rows = rows(10, 5);
        put(rows, 0, 30, 0, -1);
        int before = changes;

        rows.reset();

        assertThat(changes).isEqualTo(before + 1);
        assertThat(rows).isEmpty();
        assertThat(mirror).isEmpty();
        assertThat(rows.row("u0")).isNull();
        assertThat(rows.loadedRowCount()).isZero();
        assertThat(rows.loadedPageCount()).isZero();
        assertThat(rows.isLoaded(0)).isFalse();

        rows.reset();
        assertThat(changes).isEqualTo(before + 1);
    }

    @Test
    void aResetWhileOnlySkeletonRowsAreShownEmptiesTheList() {
        PagedRows rows = rows(10, 5);
        rows.showSkeleton(4);

        rows.reset();

        assertThat(rows).isEmpty();
        assertThat(mirror).isEmpty();
        assertThat(rows.isSkeleton()).isFalse();
    }

    @Test
    void skeletonRowsOnlyGrowAnEmptyListAndEndWithTheFirstPage() {
        PagedRows rows = rows(10, 5);
        assertThat(rows.isSkeleton()).as("an empty list is no skeleton").isFalse();

        rows.showSkeleton(3);
        rows.showSkeleton(2);

        assertThat(rows).hasSize(3).allMatch(SdkTokenRow::isPlaceholder);
        assertThat(rows.isSkeleton()).isTrue();
        assertThat(rows.isChanging()).isFalse();
        assertThat(mirror).hasSize(3);

        put(rows, 0, 25, 0, -1);
        rows.showSkeleton(40);

        assertThat(rows.isSkeleton()).isFalse();
        assertThat(rows).hasSize(25);
    }

    @Test
    void onlyACompleteListIsSortedLocallyTwoRowsIncluded() {
        PagedRows two = rows(10, 5);
        two.putPage(0, List.of(users(1, 1).get(0), users(0, 1).get(0)), 2, 0, SdkTokenRow::new, row -> { }, -1);
        assertThat(two.isComplete()).isTrue();

        two.sortLoaded(Comparator.comparing(SdkTokenRow::userId));

        assertThat(two).extracting(SdkTokenRow::userId).containsExactly("u0", "u1");
        assertThat(mirror).containsExactlyElementsOf(two);

        mirror.clear();
        PagedRows partial = rows(10, 5);
        partial.putPage(0, List.of(users(5, 1).get(0), users(4, 1).get(0), users(3, 1).get(0)), 20, 0,
                SdkTokenRow::new, row -> { }, -1);
        assertThat(partial.isComplete()).isFalse();
        int before = changes;
        partial.sortLoaded(Comparator.comparing(SdkTokenRow::userId));
        assertThat(changes).isEqualTo(before);
        assertThat(partial.get(0).userId()).isEqualTo("u5");
    }
}
