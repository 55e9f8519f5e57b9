package com.edfapay.tokenmanager.desktop.activity;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which entries to show: free text (matched, ignoring case, against profile, role, target name, target id and
 * detail), a set of actions (empty means all), one outcome (null means all) and a start time (null means all).
 */
public record ActivityFilter(String text, Set<ActivityAction> actions, @Nullable ActivityOutcome outcome,
                             @Nullable Instant since) {

    public static final ActivityFilter ALL = new ActivityFilter("", Set.of(), null, null);

    public ActivityFilter {
        text = text == null ? "" : text.strip();
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }

    public boolean matches(ActivityEntry entry) {
        if (!actions.isEmpty() && !actions.contains(entry.action())) {
            return false;
        }
        if (outcome != null && entry.outcome() != outcome) {
            return false;
        }
        if (since != null && entry.time().isBefore(since)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        for (String field : new String[] {entry.profile(), entry.environment(), entry.role(), entry.targetName(),
                entry.targetId(), entry.detail(), entry.action().name()}) {
            if (field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
