package com.edfapay.tokenmanager.desktop.activity;

import java.util.ArrayList;
import java.util.List;

/** An activity log that lives only as long as the process: for tests and for a run whose data folder fails. */
public final class MemoryActivityLog implements ActivityLog {

    private final List<ActivityEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(ActivityEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<ActivityEntry> read() {
        return List.copyOf(entries);
    }
}
