package com.edfapay.tokenmanager.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen and dialog of the real app on a real display (Xvfb) and screenshots each, so a person can
 * look at them: not a test. Run under Xvfb with the GTK toolkit, for example
 * <pre>
 * xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.edfapay.tokenmanager.app.ScreenTour -Dexec.args="target/tour/en-light en light"
 * </pre>
 * (add {@code -Dglass.gtk.uiScale=2} and a 2560x1600 screen for 200%). Screenshots are of the whole X screen
 * ({@code import -window root}), so dialogs show over their window. Only sandbox data is on screen.
 */
public final class ScreenTour {

    private final FxRobot robot = new FxRobot();
    private final Path out;
    private int shot;

    private ScreenTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/tour");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        boolean dark = args.length > 2 && args[2].equals("dark");
        Files.createDirectories(out);
        System.setProperty("testfx.robot", System.getProperty("testfx.robot", "glass"));
        AppUnderTest app = AppUnderTest.start(locale, dark);
        int status = 0;
        try {
            new ScreenTour(out).walk(app);
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    private void walk(AppUnderTest app) throws Exception {
        robot.interact(() -> app.stage().setMaximized(true));
        waitUntil(() -> robot.lookup("#persona-merchant").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        snap("connect");
        robot.clickOn("#environmentCombo");
        pause();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        pause();
        snap("connect-production");
        robot.clickOn("#connectSettings");
        waitUntil(() -> present("#settingsClipboard"));
        pause();
        snap("dialog-settings-connect");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !present("#settingsClipboard"));

        app.signInAs(robot, "partner");
        waitUntil(() -> !sdkTable().getItems().isEmpty());
        pause();
        snap("partner-sdk");
        robot.clickOn("#merchantPicker");
        pause();
        snap("merchant-picker");
        robot.type(KeyCode.ESCAPE);
        selectFirstSdkRow();
        snap("partner-sdk-detail");
        robot.clickOn("#sdkTokens #generateButton");
        pause();
        snap("dialog-replace");
        robot.type(KeyCode.ESCAPE);
        pause();
        robot.clickOn("#sdkTokens #copyButton");
        waitUntil(() -> !robot.lookup("#clipboardCountdown").queryLabeled().getText().isEmpty());
        pause();
        snap("toast-copied");
        String first = robot.lookup("#clipboardCountdown").queryLabeled().getText();
        // The countdown has ticked: the status bar shows it counting.
        waitUntil(() -> !robot.lookup("#clipboardCountdown").queryLabeled().getText().equals(first));
        pause();
        snap("status-clipboard-countdown");

        openTab("leakTab");
        pause();
        snap("leak-empty");
        Path project = Files.createTempDirectory("etm-tour-leak");
        // A sandbox key (docs/decisions/0045: demo tokens only) planted in a config file, so the scan finds one.
        Files.writeString(project.resolve("checkout.env"),
                "EDFAPAY_API_KEY=" + app.persona("merchant").apiKey() + "\n");
        robot.interact(() -> robot.lookup("#leakFolderField").queryAs(javafx.scene.control.TextField.class)
                .setText(project.toString()));
        robot.clickOn("#leakScanButton");
        waitUntil(() -> !robot.lookup("#leakTable").queryAs(TableView.class).getItems().isEmpty());
        pause();
        snap("leak-found");

        openTab("apiTab");
        pause();
        snap("partner-api");
        robot.clickOn("#signOutButton");
        app.signInAs(robot, "merchant");
        openTab("apiTab");
        waitUntil(() -> !apiTable().getItems().isEmpty());
        robot.interact(() -> apiTable().getSelectionModel().select(0));
        pause();
        snap("merchant-api-detail");
        robot.clickOn("#apiTokens #generateButton");
        waitUntil(() -> present("#tokenNameField"));
        snap("dialog-generate");
        robot.write("Checkout server");
        robot.clickOn("#generateConfirm");
        waitUntil(() -> present("#showOnceCopy"));
        pause();
        snap("dialog-show-once");
        robot.clickOn("#showOnceCopy");
        robot.clickOn("#showOnceStored");
        pause();
        snap("dialog-show-once-stored");
        robot.clickOn("#showOnceDone");
        waitUntil(() -> !present("#showOnceCopy"));
        pause();
        robot.clickOn("#disableButton");
        waitUntil(() -> present("#reasonField"));
        snap("dialog-disable-reason");
        robot.clickOn("#reasonField").write("Server decommissioned");
        robot.clickOn("#reasonConfirm");
        waitUntil(() -> !present("#reasonField"));
        pause();
        snap("merchant-api-disabled");

        openTab("activityTab");
        pause();
        snap("activity");
        robot.clickOn("#activitySearch").write("kiosk");
        pause();
        snap("activity-search-empty");
        robot.interact(() -> robot.lookup("#activitySearch").queryAs(javafx.scene.control.TextField.class)
                .setText(""));
        robot.clickOn("#settingsButton");
        waitUntil(() -> present("#settingsClipboard"));
        pause();
        snap("dialog-settings");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !present("#settingsClipboard"));
        robot.clickOn("#aboutButton");
        waitUntil(() -> present("#copyDiagnostics"));
        pause();
        snap("dialog-about");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !present("#copyDiagnostics"));
        robot.clickOn("#lockButton");
        // The local sandbox needs no key to unlock: the lock shows the profile and an Unlock button.
        waitUntil(() -> present("#unlockButton"));
        pause();
        snap("lock");
        robot.clickOn("#unlockButton");
        waitUntil(() -> !present("#unlockButton"));
        pause();

        robot.clickOn("#signOutButton");
        app.signInAs(robot, "user");
        pause();
        snap("user-single-card");
        robot.clickOn("#signOutButton");
        app.signInAs(robot, "branch");
        waitUntil(() -> !sdkTable().getItems().isEmpty());
        robot.interact(() -> sdkTable().getSelectionModel().select(0));
        pause();
        robot.clickOn("#sdkTokens #toggleButton");
        pause();
        snap("dialog-disable-sdk");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#signOutButton");
        pause();
    }

    private void selectFirstSdkRow() throws Exception {
        robot.interact(() -> sdkTable().getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#sdkTokens #copyButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        pause();
    }

    private void openTab(String id) {
        TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> sdkTable() {
        return robot.lookup("#sdkTokens #sdkTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> apiTable() {
        return robot.lookup("#apiTable").queryAs(TableView.class);
    }

    private boolean present(String query) {
        return robot.lookup(query).tryQuery().map(ScreenTour::shown).orElse(false);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pause() throws Exception {
        Frames.settled();
    }

    private void snap(String name) throws Exception {
        Path file = out.resolve(String.format("%02d-%s.png", ++shot, name));
        Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("shot " + file);
    }

}
