package com.edfapay.tokenmanager.ui.activity;

import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityCsv;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityFilter;
import com.edfapay.tokenmanager.desktop.activity.ActivityLog;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Activity tab: what this app did, newest first, with search, an action filter and an outcome filter, and a
 * CSV export of what is shown. The log is read in the background; entries recorded while the tab is open arrive
 * through {@link #entryRecorded} and are added in one batch per UI pulse.
 */
public final class ActivityViewModel {

    private final ActivityLog log;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final SessionActivity activity;
    private final Clock clock;

    private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ActivityEntry> visible = new FilteredList<>(entries);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ActivityAction> actionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ActivityOutcome> outcomeFilter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private final StringBinding summary;
    private final List<ActivityEntry> pending = new ArrayList<>();
    private boolean flushScheduled;

    public ActivityViewModel(ActivityLog log, TaskRunner tasks, Messages messages, DialogService dialogs,
                             SessionActivity activity, Clock clock) {
        this.log = log;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.activity = activity;
        this.clock = clock;
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            ActivityFilter filter = filter();
            return filter::matches;
        }, searchText, actionFilter, outcomeFilter));
        summary = Bindings.createStringBinding(() -> visible.size() == entries.size()
                        ? messages.get("activity.summary", entries.size())
                        : messages.get("activity.summary.filtered", visible.size(), entries.size()),
                visible, entries);
    }

    ActivityFilter filter() {
        ActivityAction action = actionFilter.get();
        return new ActivityFilter(searchText.get(), action == null ? Set.of() : Set.of(action), outcomeFilter.get(),
                null);
    }

    /** Reads the whole log in the background, newest first. */
    public void load() {
        loading.set(true);
        tasks.run(() -> {
            List<ActivityEntry> all = new ArrayList<>(log.read());
            Collections.reverse(all);
            return all;
        }, all -> {
            loading.set(false);
            pending.clear();
            entries.setAll(all);
        }, failure -> {
            loading.set(false);
            show(StatusKind.ERROR, messages.get("activity.readFailed"));
        });
    }

    /** Called for every entry recorded in this app, on any thread; shown at the top once the UI thread runs. */
    public void entryRecorded(ActivityEntry entry) {
        synchronized (pending) {
            pending.add(entry);
            if (flushScheduled) {
                return;
            }
            flushScheduled = true;
        }
        tasks.runOnUiThread(this::flush);
    }

    private void flush() {
        List<ActivityEntry> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
            flushScheduled = false;
        }
        Collections.reverse(batch);
        entries.addAll(0, batch);
    }

    /** Asks where to save, then writes the entries now shown (after search and filters) as CSV. */
    public void export() {
        List<ActivityEntry> shown = new ArrayList<>(visible);
        Collections.reverse(shown); // oldest first in the file, like the log itself
        String suggested = "edfapay-activity-" + LocalDate.now(clock.withZone(ZoneId.systemDefault())) + ".csv";
        Optional<Path> target = dialogs.askSaveFile(messages.get("activity.export.title"), suggested,
                messages.get("activity.export.filter"), "csv");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        String fileName = String.valueOf(file.getFileName());
        show(StatusKind.PROGRESS, messages.get("activity.export.writing", fileName));
        tasks.run(() -> {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                ActivityCsv.write(shown, out);
            }
            return shown.size();
        }, count -> {
            activity.succeeded(ActivityAction.EXPORT, fileName, "", count + " entries");
            show(StatusKind.SUCCESS, messages.get("activity.export.done", count, fileName));
        }, failure -> {
            activity.failed(ActivityAction.EXPORT, fileName, "", failure);
            show(StatusKind.ERROR, messages.get("activity.export.failed", fileName));
        });
    }

    private void show(StatusKind kind, String text) {
        statusKind.set(kind);
        status.set(text);
    }

    // --- Labels ------------------------------------------------------------------------------------------------

    public String actionLabel(ActivityAction action) {
        return action == null ? messages.get("activity.filter.allActions")
                : messages.get("activity.action." + action.name());
    }

    public String outcomeLabel(ActivityOutcome outcome) {
        return outcome == null ? messages.get("activity.filter.allOutcomes")
                : messages.get("activity.outcome." + outcome.name());
    }

    public String environmentLabel(String environment) {
        try {
            return messages.get("environment." + environment);
        } catch (IllegalArgumentException unknown) {
            return environment;
        }
    }

    public String roleLabel(String role) {
        if (role == null || role.isEmpty()) {
            return "";
        }
        try {
            return messages.get("userType." + role);
        } catch (IllegalArgumentException unknown) {
            return role;
        }
    }

    /**
     * The locale's medium date and time, without the bidi marks the JDK's Arabic patterns put between the date's
     * parts: JavaFX 21 draws those as missing-glyph boxes (docs/decisions/0083).
     */
    public String timeText(ActivityEntry entry) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(clock.getZone()).format(entry.time()).replaceAll("[\u200E\u200F\u061C]", "");
    }

    public String targetText(ActivityEntry entry) {
        if (entry.targetId().isEmpty() || entry.targetId().equals(entry.targetName())) {
            return entry.targetName();
        }
        return entry.targetName().isEmpty() ? entry.targetId() : entry.targetName() + " \u00b7 " + entry.targetId();
    }

    public List<ActivityAction> actionChoices() {
        List<ActivityAction> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(ActivityAction.values()));
        return choices;
    }

    public List<ActivityOutcome> outcomeChoices() {
        List<ActivityOutcome> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(ActivityOutcome.values()));
        return choices;
    }

    public ObservableList<ActivityEntry> entries() { return FXCollections.unmodifiableObservableList(entries); }
    public FilteredList<ActivityEntry> visibleEntries() { return visible; }
    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<ActivityAction> actionFilterProperty() { return actionFilter; }
    public ObjectProperty<ActivityOutcome> outcomeFilterProperty() { return outcomeFilter; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() { return statusKind.getReadOnlyProperty(); }
    public StringBinding summaryProperty() { return summary; }
}
