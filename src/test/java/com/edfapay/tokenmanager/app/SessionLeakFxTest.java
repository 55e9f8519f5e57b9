package com.edfapay.tokenmanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityCsv;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.FileActivityLog;
import com.edfapay.tokenmanager.ui.sdktokens.SdkTokenRow;
import com.edfapay.tokenmanager.ui.sdktokens.TokenStatus;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The leak scan after a scripted session in the real window: sign in, and on the SDK tab copy, reveal, show the
 * QR code of and replace a terminal's token; on the API tab generate a token (copied from the show-once dialog)
 * and rotate it; sign out; export the activity log as CSV. Then every file under the app's config, data and log
 * folders (the activity log and the export among them) is read as bytes and searched for every secret the session
 * handled (the API key, the old and new SDK tokens, both generated API secrets): no hit allowed.
 */
@ExtendWith(RealAppExtension.class)
class SessionLeakFxTest extends FxRobot {

    private AppUnderTest app;

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private TableView<SdkTokenRow> sdkTable() {
        return lookup("#sdkTokens #sdkTable").queryTableView();
    }

    private String clipboardText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    private void selectTab(String id) throws Exception {
        TabPane tabs = lookup(".main-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickDialogButton(String text) throws Exception {
        waitUntil(() -> lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text))
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text))
                .match(org.testfx.util.NodeQueryUtils.isVisible()).<Node>query());
    }

    /** Generates through the show-once dialog, copies the secret, confirms it is stored; returns the secret. */
    private String throughShowOnce() throws Exception {
        waitUntil(() -> present("#tokenNameField"));
        clickOn("#generateConfirm");
        waitUntil(() -> present("#showOnceCopy"));
        clickOn("#showOnceCopy");
        String copied = clipboardText();
        clickOn("#showOnceStored");
        clickOn("#showOnceDone");
        waitUntil(() -> !present("#showOnceCopy"));
        return copied;
    }

    @Test
    void noSecretOfTheSessionIsWrittenToAnyFileOfTheApp() throws Exception {
        List<String> secrets = new ArrayList<>();
        secrets.add(app.persona("merchant").apiKey());
        EdfaPayClient merchant = app.clientAs("merchant");
        UserSummary terminal = merchant.searchUsers(UserQuery.all(PageRequest.first(100))
                        .withUserType(UserType.TERMINAL)).content().stream()
                .filter(user -> merchant.getSdkToken(user.id()).hasToken())
                .findFirst().orElseThrow();
        String before = merchant.getSdkToken(terminal.id()).token();
        secrets.add(before);

        app.signInAs(this, "merchant");
        // SDK tab: find the terminal, copy, reveal while held, show the QR code, replace.
        waitUntil(() -> !sdkTable().getItems().isEmpty());
        clickOn("#sdkTokens #searchField").write(terminal.username());
        waitUntil(() -> sdkTable().getItems().size() == 1
                && sdkTable().getItems().get(0).statusProperty().get() != TokenStatus.LOADING);
        clickOn(sdkTable().getItems().get(0).displayName());
        clickOn("#sdkTokens #copyButton");
        assertThat(clipboardText()).isEqualTo(before);
        moveTo("#sdkTokens #tokenSecret .button").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        release(MouseButton.PRIMARY);
        clickOn("#sdkTokens #qrButton");
        clickOn("#sdkTokens #qrButton");
        clickOn("#sdkTokens #generateButton");
        clickDialogButton("Replace token");
        waitUntil(() -> !before.equals(merchant.getSdkToken(terminal.id()).token()));
        secrets.add(merchant.getSdkToken(terminal.id()).token());

        // API tab: generate one token, then rotate it.
        selectTab("apiTab");
        clickOn("#generateButton");
        waitUntil(() -> present("#tokenNameField"));
        clickOn("#tokenNameField").write("Leak check");
        secrets.add(throughShowOnce());
        waitUntil(() -> !lookup("#rotateButton").queryButton().isDisabled());
        clickOn("#rotateButton");
        secrets.add(throughShowOnce());

        // Sign out, then export the activity log the way the Activity tab does (the file chooser cannot be
        // driven headless, so the test writes the export with the same ActivityCsv the tab uses).
        clickOn("#signOutButton");
        waitUntil(() -> lookup("#persona-merchant").tryQuery().isPresent());
        FileActivityLog log = FileActivityLog.inDataFolder(app.home().resolve("data"));
        waitUntil(() -> log.read().stream().anyMatch(e -> e.action() == ActivityAction.SIGN_OUT));
        List<ActivityEntry> entries = log.read();
        Path export = app.home().resolve("data").resolve("activity-export.csv");
        try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            ActivityCsv.write(entries, out);
        }

        // The files scanned hold this session: every action is in the log (and so in the export).
        Set<ActivityAction> done = entries.stream().map(ActivityEntry::action).collect(Collectors.toSet());
        assertThat(done).contains(ActivityAction.SIGN_IN, ActivityAction.COPY, ActivityAction.REVEAL,
                ActivityAction.QR_SHOWN, ActivityAction.REPLACE, ActivityAction.GENERATE, ActivityAction.ROTATE,
                ActivityAction.SIGN_OUT);
        assertThat(secrets).hasSize(5).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).hasSizeGreaterThan(20));
        List<Path> scanned;
        try (Stream<Path> files = Files.walk(app.home())) {
            scanned = files.filter(Files::isRegularFile).toList();
        }
        assertThat(scanned).contains(app.home().resolve("data/activity/activity.jsonl"), export);

        assertThat(app.filesContaining(secrets.toArray(String[]::new)))
                .as("files under the app's config, data and log folders holding a secret of the session").isEmpty();
    }
}
