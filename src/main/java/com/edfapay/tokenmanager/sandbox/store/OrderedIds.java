package com.edfapay.tokenmanager.sandbox.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The ids of every user a large search matches, in its page order, kept for the searches asked last. A deep page is
 * then the slice {@code [offset, offset + size)} of the list, read by primary key: H2 reaches an OFFSET by reading
 * and filtering every row before it, which made a page at row 50,000 cost what 500 first pages do (about half the
 * sandbox's CPU while a partner scrolled). Users are written only by the seeder, before the server listens, so a
 * list never goes stale (as the counts in {@link UserRepository}).
 */
final class OrderedIds {

    /** Lists kept, the least recently used dropped: each is 16 bytes a user (1.6 MB for 100,000 users). */
    static final int LISTS_KEPT = 4;

    private final Map<String, long[]> lists = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > LISTS_KEPT;
        }
    });

    /** The list kept for this search and order, or null. */
    @Nullable Slice get(String key) {
        long[] bits = lists.get(key);
        return bits == null ? null : new Slice(bits);
    }

    Slice put(String key, List<UUID> ids) {
        long[] bits = new long[ids.size() * 2];
        for (int i = 0; i < ids.size(); i++) {
            bits[2 * i] = ids.get(i).getMostSignificantBits();
            bits[2 * i + 1] = ids.get(i).getLeastSignificantBits();
        }
        lists.put(key, bits);
        return new Slice(bits);
    }

    /** One kept list: ids as pairs of longs, so 100,000 of them are two arrays' worth, not 100,000 objects. */
    static final class Slice {
        private final long[] bits;

        private Slice(long[] bits) {
            this.bits = bits;
        }

        int size() {
            return bits.length / 2;
        }

        UUID id(int index) {
            return new UUID(bits[2 * index], bits[2 * index + 1]);
        }
    }
}
