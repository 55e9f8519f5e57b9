package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.ui.common.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * The "new API token" form (Generate and Rotate): a name unique within the merchant and an expiry policy.
 * Names are compared the way the server compares them: trimmed and case-insensitive.
 */
public final class GenerateTokenViewModel {

    public static final int MAX_NAME = 64;

    /** The expiry policies offered; {@link #NEVER} means the token does not expire. */
    public enum Expiry {
        DAYS_30(30), DAYS_90(90), DAYS_180(180), DAYS_365(365), NEVER(0);

        private final int days;

        Expiry(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }

        /** The expiry instant for a token generated now; null for {@link #NEVER}. */
        public @Nullable Instant expiresAt(Clock clock) {
            return this == NEVER ? null : clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(days));
        }

        /** The policy an existing token was generated with (nearest offered lifetime), for Rotate. */
        public static Expiry closestTo(@Nullable Instant createdAt, @Nullable Instant expiresAt) {
            if (expiresAt == null || createdAt == null) {
                return expiresAt == null ? NEVER : DAYS_90;
            }
            long days = Duration.between(createdAt, expiresAt).toDays();
            return Arrays.stream(values()).filter(e -> e != NEVER)
                    .min((a, b) -> Long.compare(Math.abs(a.days - days), Math.abs(b.days - days)))
                    .orElse(DAYS_90);
        }
    }

    private final Messages messages;
    private final String title;
    private final String header;
    private final String confirmLabel;
    private final Set<String> taken = new HashSet<>();
    private final SimpleIntegerProperty takenVersion = new SimpleIntegerProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Expiry> expiry = new SimpleObjectProperty<>(Expiry.DAYS_90);
    private final StringBinding problem;
    private final BooleanBinding valid;

    public GenerateTokenViewModel(Messages messages, String title, String header, String confirmLabel,
                                  Collection<String> existingNames) {
        this.messages = messages;
        this.title = title;
        this.header = header;
        this.confirmLabel = confirmLabel;
        existingNames.forEach(n -> taken.add(normalise(n)));
        this.problem = Bindings.createStringBinding(this::computeProblem, name, expiry, takenVersion);
        this.valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    private String computeProblem() {
        String trimmed = name.get() == null ? "" : name.get().trim();
        if (trimmed.isEmpty()) {
            return messages.get("api.form.problem.nameMissing");
        }
        if (trimmed.length() > MAX_NAME) {
            return messages.get("api.form.problem.nameTooLong", MAX_NAME);
        }
        if (taken.contains(normalise(trimmed))) {
            return messages.get("api.form.problem.nameTaken", trimmed);
        }
        if (expiry.get() == null) {
            return messages.get("api.form.problem.expiryMissing");
        }
        return "";
    }

    /** The server said the name is taken (someone else used it meanwhile): remember it and say so. */
    public void markTaken(String takenName) {
        taken.add(normalise(takenName));
        takenVersion.set(takenVersion.get() + 1);
    }

    public boolean isTaken(String candidate) {
        return taken.contains(normalise(candidate));
    }

    /** {@code base}, or {@code base 2}, {@code base 3}… whichever is free. */
    public String uniqueName(String base) {
        String candidate = base;
        for (int n = 2; isTaken(candidate); n++) {
            candidate = base + " " + n;
        }
        return candidate;
    }

    public String trimmedName() {
        return name.get() == null ? "" : name.get().trim();
    }

    public List<Expiry> expiries() {
        return List.of(Expiry.values());
    }

    public String expiryLabel(Expiry value) {
        return value == null ? "" : messages.get("api.expiry." + value.name());
    }

    private static String normalise(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    public String title() { return title; }
    public String header() { return header; }
    public String confirmLabel() { return confirmLabel; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Expiry> expiryProperty() { return expiry; }
    public StringBinding problemProperty() { return problem; }
    public BooleanBinding validProperty() { return valid; }
}
