package com.edfapay.tokenmanager.desktop.activity;

import java.util.List;

/**
 * The local record of what this app did. Append-only: entries are added, never changed; old ones leave only by
 * rotation. Implementations are safe to call from several threads. Both methods may block on disk: call them off
 * the UI thread (the desktop app wraps the file log in {@link BackgroundActivityLog}).
 */
public interface ActivityLog {

    /** Appends one entry. Never throws for an I/O problem: a log that cannot be written must not stop the work. */
    void record(ActivityEntry entry);

    /** Every entry still kept, oldest first. */
    List<ActivityEntry> read();

    /** The entries that match the filter, oldest first. */
    default List<ActivityEntry> read(ActivityFilter filter) {
        return read().stream().filter(filter::matches).toList();
    }
}
