package com.edfapay.tokenmanager.desktop.activity;

import com.edfapay.tokenmanager.desktop.TokenShapes;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the activity log: when, under which profile, environment and role, what was done to which target
 * (its name and id, never a token), and how it ended. Every text field is passed through {@link TokenShapes} so
 * that a token pasted into a name or carried in an error text is never written.
 */
public record ActivityEntry(Instant time, String profile, String environment, String role, ActivityAction action,
                            String targetName, String targetId, ActivityOutcome outcome, String detail) {

    public ActivityEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        profile = clean(profile);
        environment = clean(environment);
        role = clean(role);
        targetName = clean(targetName);
        targetId = clean(targetId);
        detail = clean(detail);
    }

    private static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        // One entry is one line: no line breaks inside a field.
        return TokenShapes.redact(text.replace('\r', ' ').replace('\n', ' ').strip());
    }

    /** Starts an entry for an action done now by a signed-in profile. */
    public static Builder of(Instant time, ActivityAction action) {
        return new Builder(time, action);
    }

    /** Fluent construction; fields not set are empty. */
    public static final class Builder {
        private final Instant time;
        private final ActivityAction action;
        private @Nullable String profile;
        private @Nullable String environment;
        private @Nullable String role;
        private @Nullable String targetName;
        private @Nullable String targetId;
        private @Nullable String detail;

        private Builder(Instant time, ActivityAction action) {
            this.time = Objects.requireNonNull(time, "time");
            this.action = Objects.requireNonNull(action, "action");
        }

        public Builder profile(@Nullable String profileName, @Nullable String environmentName,
                               @Nullable String roleName) {
            this.profile = profileName;
            this.environment = environmentName;
            this.role = roleName;
            return this;
        }

        public Builder target(@Nullable String name, @Nullable String id) {
            this.targetName = name;
            this.targetId = id;
            return this;
        }

        public Builder detail(@Nullable String text) {
            this.detail = text;
            return this;
        }

        public ActivityEntry outcome(ActivityOutcome outcome) {
            return new ActivityEntry(time, profile == null ? "" : profile, environment == null ? "" : environment,
                    role == null ? "" : role, action, targetName == null ? "" : targetName,
                    targetId == null ? "" : targetId, outcome, detail == null ? "" : detail);
        }
    }
}
