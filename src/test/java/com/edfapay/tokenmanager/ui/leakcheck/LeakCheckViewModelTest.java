package com.edfapay.tokenmanager.ui.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog;
import com.edfapay.tokenmanager.scan.ApiScopeTokens;
import com.edfapay.tokenmanager.scan.Classification;
import com.edfapay.tokenmanager.scan.LeakScanner;
import com.edfapay.tokenmanager.scan.TokenKind;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Leak check view-model, without the toolkit: a real scanner on real files, a fake EdfaPay server. */
class LeakCheckViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static ExecutorService pool;

    @TempDir
    Path dir;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MemoryActivityLog activity = new MemoryActivityLog();
    private final AtomicInteger signOuts = new AtomicInteger();
    private FakeEdfaPayApi api;
    private String ownKey;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
        api.serverNow = NOW;
        ownKey = secretOf(api.generateApiToken(new NewApiToken("m-1", "Backend key", null, null)));
    }

    private LeakCheckViewModel viewModel() {
        Session session = new Session("Riyadh stores", Environment.LOCAL_SANDBOX, "https://api.example.test", api,
                api.identity, Session.KeyFingerprint.of(ownKey));
        return new LeakCheckViewModel(session, tasks, messages, dialogs, activity, new LeakScanner(pool, 2),
                cancelled -> new ApiScopeTokens(api, api.identity, 2, java.util.concurrent.Executors::newFixedThreadPool, cancelled), Clock.fixed(NOW, ZoneOffset.UTC),
                signOuts::incrementAndGet);
    }

    private static String secretOf(GeneratedApiToken generated) {
        String value = generated.secret().reveal();
        generated.secret().wipe();
        return value;
    }

    private String apiToken(String name) {
        return secretOf(api.generateApiToken(new NewApiToken("m-1", name, null, null)));
    }

    private String sdkToken(String userId, String name) {
        api.users.add(new UserSummary(userId, name.toLowerCase(Locale.ROOT), null, name, "", null, UserType.TERMINAL,
                "m-1", "Riyadh Coffee Roasters", true));
        return api.generateSdkToken(userId).token();
    }

    private void write(String relative, String content) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private LeakCheckViewModel scanned() {
        LeakCheckViewModel vm = viewModel();
        vm.folderProperty().set(dir.toString());
        vm.includeHistoryProperty().set(false);
        vm.scan();
        return vm;
    }

    private static LeakFindingRow row(LeakCheckViewModel vm, String path) {
        return vm.rows().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    private List<ActivityEntry> logged(ActivityAction action) {
        return activity.read().stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void scanShowsClassifiedFindingsActiveOnesFirstAndHoldsNoSecret() throws Exception {
        String checkout = apiToken("Checkout");
        String retired = apiToken("Retired");
        api.setApiTokenActive(api.apiTokens.values().stream().filter(t -> t.name().equals("Retired")).findFirst()
                .orElseThrow().id(), false, "old");
        String terminal = sdkToken("u-t1", "Till 1");
        write("a/decoy.env", "KEY=edfa_" + "A".repeat(40) + "\n");
        write("b/retired.env", "KEY=" + retired + "\n");
        write("c/app.env", "X=1\nKEY=" + checkout + "\n");
        write("d/device.json", "{\"token\":\"" + terminal + "\"}\n");

        LeakCheckViewModel vm = scanned();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.rows()).extracting(LeakFindingRow::path).containsExactly(
                "c/app.env", "d/device.json", "b/retired.env", "a/decoy.env");
        assertThat(vm.rows()).extracting(r -> r.classificationProperty().get()).containsExactly(
                Classification.YOURS_ACTIVE, Classification.YOURS_ACTIVE, Classification.YOURS_INACTIVE,
                Classification.NOT_IN_SCOPE);
        LeakFindingRow app = row(vm, "c/app.env");
        assertThat(app.line()).isEqualTo(2);
        assertThat(app.ownerText()).isEqualTo("Checkout");
        assertThat(app.statusTextProperty().get()).isEqualTo("Yours, active");
        assertThat(app.commitText()).isEqualTo("Folder as it is now");
        assertThat(row(vm, "d/device.json").ownerText()).isEqualTo("Till 1");
        assertThat(vm.exposedActiveProperty().get()).isEqualTo(2);
        assertThat(vm.canDisableAllProperty().get()).isTrue();
        assertThat(vm.summaryKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(vm.summaryTextProperty().get()).startsWith("2 active tokens of yours among 4 findings");
        for (LeakFindingRow row : vm.rows()) {
            String shown = row.masked() + row.toString() + row.commitText() + row.ownerText();
            assertThat(shown).doesNotContain(checkout.substring(9, 41)).doesNotContain(terminal.substring(4, 60));
        }
        assertThat(logged(ActivityAction.SCAN)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(ActivityOutcome.SUCCEEDED));
    }

    @Test
    void disableNowDisablesTheTokenWithTheExposedPathAsReasonAndSettlesEveryRowOfIt() throws Exception {
        String checkout = apiToken("Checkout");
        write("config/app.env", "KEY=" + checkout + "\n");
        write("docs/setup.md", "use " + checkout + "\n");
        LeakCheckViewModel vm = scanned();
        LeakFindingRow first = row(vm, "config/app.env");
        vm.selectedProperty().set(first);
        assertThat(vm.canDisableSelectedProperty().get()).isTrue();
        assertThat(vm.canReplaceSelectedProperty().get()).isFalse();

        vm.disableSelected();

        assertThat(dialogs.asked).singleElement().satisfies(c -> {
            assertThat(c.header()).contains("Checkout").contains(first.masked());
            assertThat(c.detail()).contains("config/app.env, line 1").contains("exposed in config/app.env");
            assertThat(c.destructive()).isTrue();
        });
        ApiToken onServer = api.apiTokens.values().stream().filter(t -> t.name().equals("Checkout")).findFirst()
                .orElseThrow();
        assertThat(onServer.active()).isFalse();
        assertThat(onServer.disabledReason()).isEqualTo("exposed in config/app.env");
        assertThat(vm.rows()).allSatisfy(r -> {
            assertThat(r.classificationProperty().get()).isEqualTo(Classification.YOURS_INACTIVE);
            assertThat(r.actionTextProperty().get()).isEqualTo("Disabled");
        });
        assertThat(vm.canDisableSelectedProperty().get()).isFalse();
        assertThat(vm.exposedActiveProperty().get()).isZero();
        assertThat(logged(ActivityAction.DISABLE)).singleElement().satisfies(e -> {
            assertThat(e.targetName()).isEqualTo("Checkout");
            assertThat(e.targetId()).isEqualTo(onServer.id());
            assertThat(e.outcome()).isEqualTo(ActivityOutcome.SUCCEEDED);
            assertThat(e.toString()).doesNotContain(checkout);
        });
        assertThat(signOuts.get()).isZero();
    }

    @Test
    void decliningTheConfirmationChangesNothing() throws Exception {
        String checkout = apiToken("Checkout");
        write("app.env", "KEY=" + checkout + "\n");
        LeakCheckViewModel vm = scanned();
        vm.selectedProperty().set(row(vm, "app.env"));
        dialogs.answer = false;

        vm.disableSelected();

        assertThat(api.apiTokens.values()).filteredOn(t -> t.name().equals("Checkout")).singleElement()
                .satisfies(t -> assertThat(t.active()).isTrue());
        assertThat(row(vm, "app.env").classificationProperty().get()).isEqualTo(Classification.YOURS_ACTIVE);
        assertThat(logged(ActivityAction.DISABLE)).isEmpty();
    }

    @Test
    void disablingTheKeyThisAppUsesWarnsAndSignsOut() throws Exception {
        write("backend.env", "KEY=" + ownKey + "\n");
        LeakCheckViewModel vm = scanned();
        vm.selectedProperty().set(row(vm, "backend.env"));

        vm.disableSelected();

        assertThat(dialogs.asked.get(0).detail()).contains("the key this app is signed in with");
        assertThat(signOuts.get()).isEqualTo(1);
    }

    @Test
    void replaceNowWarnsAboutDevicesAndReplacesTheSdkToken() throws Exception {
        String terminal = sdkToken("u-t1", "Till 1");
        write("pos/device.json", "{\"token\":\"" + terminal + "\"}\n");
        LeakCheckViewModel vm = scanned();
        LeakFindingRow row = row(vm, "pos/device.json");
        assertThat(row.kind()).isEqualTo(TokenKind.SDK_TOKEN);
        vm.selectedProperty().set(row);
        assertThat(vm.canDisableSelectedProperty().get()).isFalse();
        assertThat(vm.canReplaceSelectedProperty().get()).isTrue();

        vm.replaceSelected();

        assertThat(dialogs.asked).singleElement().satisfies(c -> {
            assertThat(c.header()).contains("Till 1");
            assertThat(c.detail()).contains("must be re-activated").contains("pos/device.json");
        });
        SdkToken now = api.sdkTokens.get("u-t1");
        assertThat(now.token()).isNotEqualTo(terminal);
        assertThat(row.classificationProperty().get()).isEqualTo(Classification.YOURS_INACTIVE);
        assertThat(row.actionTextProperty().get()).startsWith("Replaced");
        assertThat(vm.canReplaceSelectedProperty().get()).as("once is enough").isFalse();
        assertThat(logged(ActivityAction.REPLACE)).singleElement()
                .satisfies(e -> assertThat(e.targetId()).isEqualTo("u-t1"));
        assertThat(vm.summaryTextProperty().get()).contains("Re-activate its devices");
    }

    @Test
    void disableEveryExposedActiveTokenPreviewsEachAndLeavesTheOwnKeyOut() throws Exception {
        String one = apiToken("Checkout");
        String two = apiToken("Reports");
        String terminal = sdkToken("u-t1", "Till 1");
        write("a.env", one + "\n" + two + "\n" + ownKey + "\n");
        write("b.json", terminal + "\n" + one + "\n");
        LeakCheckViewModel vm = scanned();
        assertThat(vm.exposedActiveProperty().get()).isEqualTo(4);

        vm.disableAllExposed();

        assertThat(dialogs.asked).singleElement().satisfies(c -> {
            assertThat(c.header()).isEqualTo("Disable 3 exposed tokens?");
            assertThat(c.detail()).contains("Checkout (API token").contains("Reports (API token")
                    .contains("Till 1 (SDK token").contains("The key this app is signed in with is left out");
            assertThat(c.confirmLabel()).isEqualTo("Disable 3 tokens");
        });
        assertThat(api.apiTokens.values()).filteredOn(t -> !t.name().equals("Backend key"))
                .allSatisfy(t -> assertThat(t.active()).isFalse());
        assertThat(api.apiTokens.values()).filteredOn(t -> t.name().equals("Backend key"))
                .allSatisfy(t -> assertThat(t.active()).isTrue());
        assertThat(api.sdkTokens.get("u-t1").active()).isFalse();
        assertThat(vm.exposedActiveProperty().get()).as("only the own key is left").isEqualTo(1);
        assertThat(vm.summaryTextProperty().get()).isEqualTo("3 of 3 disabled.");
        assertThat(logged(ActivityAction.BULK_ROW)).hasSize(3);
        assertThat(signOuts.get()).isZero();
    }

    @Test
    void cancellingStopsTheScanAndSaysSo() throws Exception {
        for (int i = 0; i < 50; i++) {
            write("f" + i + ".txt", "nothing\n");
        }
        tasks.hold();
        LeakCheckViewModel vm = viewModel();
        vm.folderProperty().set(dir.toString());
        vm.scan();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.canScanProperty().get()).isFalse();
        vm.cancel();
        assertThat(vm.progressTextProperty().get()).isEqualTo("Stopping\u2026");
        tasks.release();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.summaryTextProperty().get()).startsWith("Cancelled");
        assertThat(logged(ActivityAction.SCAN)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(ActivityOutcome.CANCELLED));
    }

    @Test
    void aPathThatIsNoFolderIsSaidPlainly() {
        LeakCheckViewModel vm = viewModel();
        vm.folderProperty().set(dir.resolve("missing").toString());
        vm.scan();
        assertThat(vm.summaryKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(vm.summaryTextProperty().get()).isEqualTo("\u201c" + dir.resolve("missing")
                + "\u201d is not a folder on this computer.");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void chooseFolderTakesTheFolderTheUserPicked() {
        LeakCheckViewModel vm = viewModel();
        dialogs.folderAnswers.add(dir);
        vm.chooseFolder();
        assertThat(vm.folderProperty().get()).isEqualTo(dir.toString());
        vm.chooseFolder();
        assertThat(vm.folderProperty().get()).as("cancelled: unchanged").isEqualTo(dir.toString());
    }
}
