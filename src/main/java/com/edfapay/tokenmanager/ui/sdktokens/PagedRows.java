package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.UserSummary;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.jspecify.annotations.Nullable;

/**
 * The table's items: as many entries as the scope has users, of which only the pages the user has scrolled near are
 * real rows; the rest are one shared {@linkplain SdkTokenRow#placeholder() placeholder}. A page arriving is one
 * replace change; at most {@link #maxPages} pages are kept, the ones farthest from the screen are dropped again.
 * Reading an entry is O(1), so a 100,000-user scope costs the JavaFX thread what a screenful costs.
 */
final class PagedRows extends ObservableListBase<SdkTokenRow> {

    private final int pageSize;
    private final int maxPages;
    private final SdkTokenRow placeholder = SdkTokenRow.placeholder();
    private SdkTokenRow[] slots = new SdkTokenRow[0];
    private int size;
    private final TreeSet<Integer> loadedPages = new TreeSet<>();
    private final Map<String, SdkTokenRow> byUserId = new HashMap<>();
    /** True while this list's own changes are being delivered (see {@link #isChanging()}). */
    private boolean changing;

    PagedRows(int pageSize, int maxPages) {
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    @Override
    public SdkTokenRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        SdkTokenRow row = slots[index];
        return row == null ? placeholder : row;
    }

    @Override
    public int size() {
        return size;
    }

    int pageSize() {
        return pageSize;
    }

    boolean isLoaded(int page) {
        return loadedPages.contains(page);
    }

    int loadedPageCount() {
        return loadedPages.size();
    }

    /** True when every entry is a real row (small scopes): then rows may be sorted and filtered locally. */
    boolean isComplete() {
        return loadedPages.size() * (long) pageSize >= size || loadedRowCount() == size;
    }

    int loadedRowCount() {
        return byUserId.size();
    }

    /** The real row of {@code userId}, if its page is loaded. */
    @Nullable SdkTokenRow row(String userId) {
        return byUserId.get(userId);
    }

    List<SdkTokenRow> loadedRows() {
        List<SdkTokenRow> rows = new ArrayList<>(byUserId.size());
        for (int i = 0; i < size; i++) {
            if (slots[i] != null) {
                rows.add(slots[i]);
            }
        }
        return rows;
    }

    /**
     * True while a page arriving, a page dropped or a reset is being delivered to listeners. The table's selection
     * model reacts to those changes on its own (every unloaded entry is the same placeholder, so it cannot tell
     * where a selected placeholder was); the view uses this to tell such moves from the user's.
     */
    boolean isChanging() {
        return changing;
    }

    /** Drops every row; the list is empty until the first page of a new scope arrives. */
    void reset() {
        changing = true;
        try {
            resetRows();
        } finally {
            changing = false;
        }
    }

    private void resetRows() {
        if (size == 0 && byUserId.isEmpty()) {
            return;
        }
        // What went, as a view of the dropped slots (no copy of up to 1,000,000 entries): the rows that were loaded
        // and the placeholder elsewhere, so a listener that acts on removed rows sees each of them.
        SdkTokenRow[] dropped = slots;
        int old = size;
        List<SdkTokenRow> removed = new AbstractList<>() {
            @Override
            public SdkTokenRow get(int index) {
                SdkTokenRow row = dropped[index];
                return row == null ? placeholder : row;
            }

            @Override
            public int size() {
                return old;
            }
        };
        slots = new SdkTokenRow[0];
        size = 0;
        loadedPages.clear();
        byUserId.clear();
        if (old > 0) {
            beginChange();
            nextRemove(0, removed);
            endChange();
        }
    }

    /**
     * Grows the list to {@code count} placeholder entries while no page is loaded: skeleton rows, so the table builds
     * its rows (skins, CSS) while the first page is on its way instead of all at once when it arrives. The first
     * page then resizes the list to the scope's total. Does nothing once a page is loaded, or to shrink.
     */
    void showSkeleton(int count) {
        if (!loadedPages.isEmpty() || count <= size) {
            return;
        }
        changing = true;
        try {
            resize(count);
        } finally {
            changing = false;
        }
    }

    /** True while the list holds only skeleton entries (no page loaded, see {@link #showSkeleton}). */
    boolean isSkeleton() {
        return size > 0 && loadedPages.isEmpty();
    }

    /**
     * Puts a page's users in place (made into rows by {@code toRow}) and resizes the list to {@code total}. One
     * change for the table. {@code keepNear} is the page the user is looking at, so eviction drops the farthest.
     */
    void putPage(int page, List<UserSummary> users, long total, int keepNear,
                 java.util.function.BiFunction<UserSummary, Integer, SdkTokenRow> toRow,
                 Consumer<SdkTokenRow> evicted, int pinnedIndex) {
        changing = true;
        // One change, resize included: a listener sees the page's rows arrive with the list's new size, never first
        // a list of placeholders (the table lays the page out once).
        beginChange();
        try {
            putRows(page, users, total, keepNear, toRow, evicted, pinnedIndex);
        } finally {
            endChange();
            changing = false;
        }
    }

    private void putRows(int page, List<UserSummary> users, long total, int keepNear,
                         java.util.function.BiFunction<UserSummary, Integer, SdkTokenRow> toRow,
                         Consumer<SdkTokenRow> evicted, int pinnedIndex) {
        resize((int) Math.min(Integer.MAX_VALUE - 8, Math.max(total, 0)));
        int from = page * pageSize;
        if (from >= size) {
            return;
        }
        int to = Math.min(size, from + users.size());
        List<SdkTokenRow> removed = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            SdkTokenRow old = slots[i];
            removed.add(old == null ? placeholder : old);
            if (old != null) {
                byUserId.remove(old.userId());
            }
            SdkTokenRow row = toRow.apply(users.get(i - from), i);
            slots[i] = row;
            byUserId.put(row.userId(), row);
        }
        loadedPages.add(page);
        beginChange();
        nextReplace(from, to, removed);
        evictFarFrom(keepNear, evicted, pinnedIndex);
        endChange();
    }

    private void resize(int newSize) {
        if (newSize == size) {
            return;
        }
        int old = size;
        if (newSize > slots.length) {
            slots = Arrays.copyOf(slots, newSize);
        }
        beginChange();
        if (newSize > old) {
            size = newSize;
            nextAdd(old, newSize);
        } else {
            List<SdkTokenRow> removed = new ArrayList<>(old - newSize);
            for (int i = newSize; i < old; i++) {
                removed.add(slots[i] == null ? placeholder : slots[i]);
                if (slots[i] != null) {
                    byUserId.remove(slots[i].userId());
                }
                slots[i] = null;
            }
            size = newSize;
            loadedPages.removeIf(p -> p * (long) pageSize >= newSize);
            nextRemove(newSize, removed);
        }
        endChange();
    }

    private void evictFarFrom(int keepNear, Consumer<SdkTokenRow> evicted, int pinnedIndex) {
        int pinnedPage = pinnedIndex < 0 ? -1 : pinnedIndex / pageSize;
        while (loadedPages.size() > maxPages) {
            Integer farthest = loadedPages.stream().filter(p -> p != pinnedPage)
                    .max(Comparator.comparingInt(p -> Math.abs(p - keepNear))).orElse(null);
            if (farthest == null) {
                return;
            }
            loadedPages.remove(farthest);
            int from = farthest * pageSize;
            int to = Math.min(size, from + pageSize);
            List<SdkTokenRow> removed = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                SdkTokenRow old = slots[i];
                removed.add(old == null ? placeholder : old);
                if (old != null) {
                    byUserId.remove(old.userId());
                    evicted.accept(old);
                }
                slots[i] = null;
            }
            nextReplace(from, to, removed);
        }
    }

    /** Sorts the rows in place (only when {@link #isComplete()}): one change for the table. */
    void sortLoaded(Comparator<SdkTokenRow> order) {
        if (!isComplete() || size < 2) {
            return;
        }
        List<SdkTokenRow> before = new ArrayList<>(Arrays.asList(slots).subList(0, size));
        Arrays.sort(slots, 0, size, order);
        changing = true;
        try {
            beginChange();
            nextReplace(0, size, before);
            endChange();
        } finally {
            changing = false;
        }
    }
}
