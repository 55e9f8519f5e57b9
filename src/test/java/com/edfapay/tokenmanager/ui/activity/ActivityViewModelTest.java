package com.edfapay.tokenmanager.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityCsv;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.desktop.activity.FileActivityLog;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityViewModelTest {

    @TempDir Path dir;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private final List<Path> saveAnswers = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs() {
        @Override
        public Optional<Path> askSaveFile(String title, String suggestedName, String filterLabel, String extension) {
            assertThat(suggestedName).isEqualTo("edfapay-activity-2026-12-01.csv");
            return saveAnswers.isEmpty() ? Optional.empty() : Optional.of(saveAnswers.remove(0));
        }
    };
    private FileActivityLog log;
    private SessionActivity activity;

    @BeforeEach
    void setUp() {
        log = FileActivityLog.inDataFolder(dir.resolve("data"));
        activity = new SessionActivity(log, clock, "Riyadh stores", "PRODUCTION", "MERCHANT");
        activity.succeeded(ActivityAction.SIGN_IN, "Riyadh stores", "u-admin");
        activity.succeeded(ActivityAction.COPY, "Till 3", "u-3");
        activity.record(ActivityAction.DISABLE, "=HYPERLINK(\"http://evil\")", "u-9", ActivityOutcome.FAILED,
                "ServerError");
    }

    private ActivityViewModel loaded() {
        ActivityViewModel vm = new ActivityViewModel(log, tasks, messages, dialogs, activity, clock);
        vm.load();
        return vm;
    }

    @Test
    void showsTheLogNewestFirstAndFiltersBySearchActionAndOutcome() {
        ActivityViewModel vm = loaded();
        assertThat(vm.visibleEntries()).extracting(ActivityEntry::action)
                .containsExactly(ActivityAction.DISABLE, ActivityAction.COPY, ActivityAction.SIGN_IN);
        assertThat(vm.summaryProperty().get()).isEqualTo("3 entries");

        vm.searchTextProperty().set("till");
        assertThat(vm.visibleEntries()).extracting(ActivityEntry::targetId).containsExactly("u-3");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 of 3 entries");
        vm.searchTextProperty().set("");
        vm.actionFilterProperty().set(ActivityAction.SIGN_IN);
        assertThat(vm.visibleEntries()).extracting(ActivityEntry::targetId).containsExactly("u-admin");
        vm.actionFilterProperty().set(null);
        vm.outcomeFilterProperty().set(ActivityOutcome.FAILED);
        assertThat(vm.visibleEntries()).extracting(ActivityEntry::targetId).containsExactly("u-9");
        assertThat(vm.actionLabel(ActivityAction.QR_SHOWN)).isEqualTo("QR code shown");
        assertThat(vm.outcomeLabel(ActivityOutcome.DENIED)).isEqualTo("Refused");
        assertThat(vm.environmentLabel("PRODUCTION")).isEqualTo("EdfaPay production");
        assertThat(vm.roleLabel("MERCHANT")).isNotBlank().isNotEqualTo("MERCHANT");
    }

    @Test
    void arabicTimesCarryNoBidiMarksTheToolkitWouldDrawAsBoxes() {
        ActivityViewModel vm = new ActivityViewModel(log, tasks, Messages.forLocale(Locale.forLanguageTag("ar")),
                dialogs, activity, clock);
        vm.load();
        String time = vm.timeText(vm.visibleEntries().get(0));
        assertThat(time).contains("2026").contains("9:00").doesNotContain("\u200F", "\u200E", "\u061C");
    }

    @Test
    void entriesRecordedWhileOpenAppearAtTheTop() {
        ActivityViewModel vm = loaded();
        ActivityEntry reveal = ActivityEntry.of(clock.instant(), ActivityAction.REVEAL).target("Till 3", "u-3")
                .outcome(ActivityOutcome.SUCCEEDED);
        vm.entryRecorded(reveal);
        assertThat(vm.visibleEntries().get(0)).isEqualTo(reveal);
        assertThat(vm.entries()).hasSize(4);
    }

    @Test
    void exportWritesWhatIsShownAsCsvNeutralisesFormulasAndIsItselfRecorded() throws Exception {
        ActivityViewModel vm = loaded();
        vm.export(); // cancelled: nothing written, nothing recorded
        assertThat(log.read()).hasSize(3);

        Path file = dir.resolve("export.csv");
        saveAnswers.add(file);
        vm.export();

        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
        assertThat(vm.statusProperty().get()).isEqualTo("3 entries saved to export.csv.");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(ActivityCsv.read(in)).containsExactlyElementsOf(log.read().subList(0, 3));
        }
        assertThat(log.read()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ActivityAction.EXPORT);
            assertThat(entry.targetName()).isEqualTo("export.csv");
            assertThat(entry.detail()).isEqualTo("3 entries");
        });

        vm.outcomeFilterProperty().set(ActivityOutcome.FAILED);
        Path failedOnly = dir.resolve("failed.csv");
        saveAnswers.add(failedOnly);
        vm.export();
        try (Reader in = Files.newBufferedReader(failedOnly, StandardCharsets.UTF_8)) {
            assertThat(ActivityCsv.read(in)).extracting(ActivityEntry::targetId).containsExactly("u-9");
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysSoAndIsRecordedAsFailed() {
        ActivityViewModel vm = loaded();
        saveAnswers.add(dir.resolve("no-such-folder").resolve("x.csv"));
        vm.export();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(vm.statusProperty().get()).contains("x.csv could not be written");
        assertThat(log.read()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ActivityAction.EXPORT);
            assertThat(entry.outcome()).isEqualTo(ActivityOutcome.FAILED);
        });
    }
}
