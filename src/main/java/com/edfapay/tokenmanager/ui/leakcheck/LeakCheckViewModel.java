package com.edfapay.tokenmanager.ui.leakcheck;

import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityLog;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.scan.Classification;
import com.edfapay.tokenmanager.scan.ClassifiedFinding;
import com.edfapay.tokenmanager.scan.LeakClassifier;
import com.edfapay.tokenmanager.scan.LeakScanner;
import com.edfapay.tokenmanager.scan.ScanMonitor;
import com.edfapay.tokenmanager.scan.ScanProgress;
import com.edfapay.tokenmanager.scan.ScanRequest;
import com.edfapay.tokenmanager.scan.ScanResult;
import com.edfapay.tokenmanager.scan.ScopeTokens;
import com.edfapay.tokenmanager.scan.Skipped;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The Leak check screen: choose a folder, scan it (and its git history) on the machine, see each finding classified
 * against the signed-in scope, and disable or replace an exposed token in one step. Findings hold no secret; the
 * scan's progress reaches the UI thread as at most one pending update at a time, and the results as one batch.
 */
public final class LeakCheckViewModel {

    /** SDK-token reads of the scope at a time while classifying. */
    public static final int SCOPE_CONCURRENCY = 8;

    private final Session session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final com.edfapay.tokenmanager.ui.common.DialogService dialogs;
    private final ActivityLog activity;
    private final LeakScanner scanner;
    private final Function<BooleanSupplier, ScopeTokens> scopeTokens;
    private final Clock clock;
    private final Runnable signOut;
    private final LeakActions actions;

    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty includeHistory = new SimpleBooleanProperty(true);
    private final BooleanProperty followGitignore = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper skippedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> summaryKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private final ReadOnlyIntegerWrapper exposedActive = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper placeholderText;
    private final ObservableList<LeakFindingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable LeakFindingRow> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canScan;
    private final BooleanBinding canDisableSelected;
    private final BooleanBinding canReplaceSelected;
    private final BooleanBinding canDisableAll;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private @Nullable AtomicBoolean cancelRequested;

    public LeakCheckViewModel(Session session, TaskRunner tasks, Messages messages,
                              com.edfapay.tokenmanager.ui.common.DialogService dialogs, ActivityLog activity,
                              LeakScanner scanner, Function<BooleanSupplier, ScopeTokens> scopeTokens, Clock clock,
                              Runnable signOut) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.dialogs = dialogs;
        this.activity = activity;
        this.scanner = scanner;
        this.scopeTokens = scopeTokens;
        this.clock = clock;
        this.signOut = signOut;
        this.placeholderText = new ReadOnlyStringWrapper(messages.get("leak.placeholder.start"));
        this.actions = new LeakActions(this);
        canScan = Bindings.createBooleanBinding(() -> !running.get() && !folder.get().isBlank(), running, folder);
        canDisableSelected = Bindings.createBooleanBinding(() -> actions.canDisable(selected.get()), selected,
                running, revision);
        canReplaceSelected = Bindings.createBooleanBinding(() -> actions.canReplace(selected.get()), selected,
                running, revision);
        canDisableAll = Bindings.createBooleanBinding(() -> !running.get() && exposedActive.get() > 0, running,
                exposedActive);
    }

    // --- folder -------------------------------------------------------------------------------------------------

    public void chooseFolder() {
        Path initial = null;
        try {
            initial = folder.get().isBlank() ? null : Path.of(folder.get().trim());
        } catch (InvalidPathException e) {
            initial = null;
        }
        dialogs.chooseFolder(messages.get("leak.choose.title"), initial)
                .ifPresent(chosen -> folder.set(chosen.toString()));
    }

    // --- scanning -----------------------------------------------------------------------------------------------

    public void scan() {
        if (!canScan.get()) {
            return;
        }
        Path root;
        try {
            root = Path.of(folder.get().trim());
        } catch (InvalidPathException e) {
            showSummary(StatusKind.ERROR, messages.get("leak.error.notAFolder", folder.get().trim()));
            return;
        }
        ScanRequest request = ScanRequest.of(root).withHistory(includeHistory.get())
                .withGitignore(followGitignore.get());
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        rows.clear();
        exposedActive.set(0);
        skippedText.set("");
        showSummary(StatusKind.NONE, "");
        running.set(true);
        progress.set(-1);
        progressText.set(messages.get("leak.progress.starting"));
        placeholderText.set(messages.get("leak.placeholder.scanning"));
        Progress reporter = new Progress(cancel);
        tasks.run(() -> {
            ScanResult result = scanner.scan(request, reporter);
            reporter.classifying();
            List<ClassifiedFinding> classified = result.findings().isEmpty() || cancel.get() ? List.of()
                    : new LeakClassifier(clock).classify(result.findings(), scopeTokens.apply(cancel::get));
            return new Outcome(request, result, classified);
        }, this::finished, failure -> {
            running.set(false);
            placeholderText.set(messages.get("leak.placeholder.start"));
            showSummary(StatusKind.ERROR, describeScanFailure(failure, request.folder()));
            record(ActivityAction.SCAN, request.folder().toString(), "", ActivityOutcome.FAILED,
                    failure.getClass().getSimpleName());
        });
    }

    private String describeScanFailure(Throwable failure, Path root) {
        if (failure instanceof NotDirectoryException || failure instanceof NoSuchFileException) {
            return messages.get("leak.error.notAFolder", root.toString());
        }
        if (failure instanceof java.io.IOException) {
            return messages.get("leak.error.io", root.toString());
        }
        return errors.describe(failure);
    }

    private record Outcome(ScanRequest request, ScanResult result, List<ClassifiedFinding> classified) {
    }

    private void finished(Outcome outcome) {
        running.set(false);
        ScanResult result = outcome.result();
        List<LeakFindingRow> fresh = new ArrayList<>(outcome.classified().size());
        outcome.classified().stream()
                .sorted(Comparator.comparing((ClassifiedFinding f) -> f.classification().ordinal())
                        .thenComparing(f -> f.finding().inHistory())
                        .thenComparing(f -> f.finding().path()))
                .forEach(f -> fresh.add(new LeakFindingRow(f, messages)));
        rows.setAll(fresh);
        recountExposed();
        placeholderText.set(messages.get(result.cancelled() ? "leak.placeholder.cancelled" : "leak.placeholder.clean"));
        if (result.cancelled()) {
            showSummary(StatusKind.ERROR, messages.get("leak.summary.cancelled", rows.size()));
        } else if (exposedActive.get() > 0) {
            showSummary(StatusKind.ERROR, messages.get("leak.summary.exposed", exposedActive.get(), rows.size()));
        } else {
            showSummary(rows.isEmpty() ? StatusKind.SUCCESS : StatusKind.NONE, messages.get("leak.summary.none",
                    rows.size()));
        }
        // The second line: what was read, what was not, and why.
        List<String> details = new ArrayList<>();
        details.add(messages.get(outcome.request().history() && result.gitRepository()
                        ? "leak.summary.scannedHistory" : "leak.summary.scanned",
                result.stats().files(), result.stats().commits(), result.stats().blobs()));
        if (outcome.request().history() && !result.gitRepository()) {
            details.add(messages.get("leak.notARepository"));
        }
        String skipped = skippedSummary(result.skipped());
        if (!skipped.isEmpty()) {
            details.add(skipped);
        }
        skippedText.set(String.join(" ", details));
        record(ActivityAction.SCAN, outcome.request().folder().toString(), "",
                result.cancelled() ? ActivityOutcome.CANCELLED : ActivityOutcome.SUCCEEDED,
                messages.get("leak.activity.scanned", rows.size(), exposedActive.get()));
    }

    private String skippedSummary(List<Skipped> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        Map<Skipped.Reason, Long> counts = skipped.stream()
                .collect(Collectors.groupingBy(Skipped::reason, Collectors.counting()));
        return messages.get("leak.skipped", skipped.size(), counts.getOrDefault(Skipped.Reason.BINARY, 0L),
                counts.getOrDefault(Skipped.Reason.TOO_LARGE, 0L), counts.getOrDefault(Skipped.Reason.UNREADABLE, 0L),
                ScanRequest.DEFAULT_MAX_FILE_BYTES / (1024 * 1024));
    }

    /** Stops the scan; what was found so far is still classified and shown. */
    public void cancel() {
        AtomicBoolean cancel = cancelRequested;
        if (cancel != null && running.get()) {
            cancel.set(true);
            progressText.set(messages.get("leak.progress.cancelling"));
        }
    }

    /** Hands the latest progress to the UI thread, with at most one update waiting there at a time. */
    private final class Progress implements ScanMonitor {
        private final AtomicBoolean cancel;
        private final AtomicReference<@Nullable String> latest = new AtomicReference<>();
        private volatile double fraction = -1.0;

        Progress(AtomicBoolean cancel) {
            this.cancel = cancel;
        }

        @Override
        public boolean isCancelled() {
            return cancel.get();
        }

        @Override
        public void progress(ScanProgress now) {
            String text = switch (now.phase()) {
                case FILES -> messages.get("leak.progress.files", now.done(), now.findings());
                case COMMITS -> messages.get("leak.progress.commits", now.done(), now.total());
                case HISTORY -> messages.get("leak.progress.history", now.done(), now.total(), now.findings());
            };
            fraction = now.total() > 0 ? Math.min(1.0, now.done() / (double) now.total()) : -1.0;
            post(text);
        }

        void classifying() {
            fraction = -1.0;
            post(messages.get("leak.progress.classifying"));
        }

        private void post(String text) {
            if (latest.getAndSet(text) == null) {
                tasks.runOnUiThread(() -> {
                    String shown = latest.getAndSet(null);
                    if (running.get() && shown != null && !cancel.get()) {
                        progressText.set(shown);
                        progress.set(fraction);
                    }
                });
            }
        }
    }

    // --- shared with the actions --------------------------------------------------------------------------------

    Session session() {
        return session;
    }

    TaskRunner tasks() {
        return tasks;
    }

    Messages messages() {
        return messages;
    }

    ErrorMessages errors() {
        return errors;
    }

    com.edfapay.tokenmanager.ui.common.DialogService dialogs() {
        return dialogs;
    }

    Runnable signOutAction() {
        return signOut;
    }

    void recountExposed() {
        exposedActive.set((int) rows.stream().filter(r -> r.classificationProperty().get()
                == Classification.YOURS_ACTIVE).map(LeakActions::tokenKey).distinct().count());
    }

    void settleSameToken(LeakFindingRow acted, Classification now, String action) {
        for (LeakFindingRow row : rows) {
            if (row == acted || row.sameTokenAs(acted)) {
                row.settled(now, action);
            }
        }
        recountExposed();
        changed();
    }

    /** A row's state changed (busy, settled): what the selection's buttons offer is worked out again. */
    void changed() {
        revision.set(revision.get() + 1);
    }

    void record(ActivityAction action, String targetName, String targetId, ActivityOutcome outcome, String detail) {
        activity.record(ActivityEntry.of(clock.instant(), action)
                .profile(session.profileName(), session.environment().name(), session.identity().userType().name())
                .target(targetName, targetId).detail(detail).outcome(outcome));
    }

    void showSummary(StatusKind kind, String text) {
        summaryKind.set(kind);
        summaryText.set(text);
    }

    // --- actions ------------------------------------------------------------------------------------------------

    /** "Disable now" of the selected API token (reason "exposed in <path>"), or of an SDK token. */
    public void disableSelected() {
        actions.disable(selected.get());
    }

    /** "Replace now" of the selected SDK token, after the device re-activation warning. */
    public void replaceSelected() {
        actions.replace(selected.get());
    }

    /** "Disable every exposed active token", after a preview naming each. */
    public void disableAllExposed() {
        if (canDisableAll.get()) {
            actions.disableAll(List.copyOf(rows));
        }
    }

    // --- properties ---------------------------------------------------------------------------------------------

    public StringProperty folderProperty() { return folder; }
    public BooleanProperty includeHistoryProperty() { return includeHistory; }
    public BooleanProperty followGitignoreProperty() { return followGitignore; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryTextProperty() { return summaryText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StatusKind> summaryKindProperty() { return summaryKind.getReadOnlyProperty(); }
    public ReadOnlyStringProperty skippedTextProperty() { return skippedText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty placeholderTextProperty() { return placeholderText.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty exposedActiveProperty() { return exposedActive.getReadOnlyProperty(); }
    public ObservableList<LeakFindingRow> rows() { return rows; }
    public ObjectProperty<@Nullable LeakFindingRow> selectedProperty() { return selected; }
    public BooleanBinding canScanProperty() { return canScan; }
    public BooleanBinding canDisableSelectedProperty() { return canDisableSelected; }
    public BooleanBinding canReplaceSelectedProperty() { return canReplaceSelected; }
    public BooleanBinding canDisableAllProperty() { return canDisableAll; }

    boolean isRunning() {
        return running.get();
    }

    /** Stops a running scan when the session ends. */
    public void dispose() {
        cancel();
    }
}
