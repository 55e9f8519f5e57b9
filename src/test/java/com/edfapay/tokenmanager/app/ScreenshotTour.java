package com.edfapay.tokenmanager.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of Settings, Activity, the lock screen and the About box, for looking at them and for the README.
 * Run under Xvfb (not headless), one language per run:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.edfapay.tokenmanager.app.ScreenshotTour -Dexec.args="en target/shots"}
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "en");
        Path out = Path.of(args.length > 1 ? args[1] : "target/shots");
        Files.createDirectories(out);
        String suffix = locale.getLanguage();
        FxRobot robot = new FxRobot();
        AppUnderTest app = AppUnderTest.start(locale);
        try {
            robot.interact(() -> {
                app.stage().setX(0);
                app.stage().setY(0);
                app.stage().setWidth(1280);
                app.stage().setHeight(800);
            });
            app.signInAs(robot, "merchant");
            TableView<?> sdk = robot.lookup("#sdkTokens #sdkTable").queryTableView();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sdk.getItems().size() > 2);
            robot.interact(() -> sdk.getSelectionModel().select(1));
            robot.clickOn("#sdkTokens #copyButton");
            robot.clickOn("#sdkTokens #qrButton");
            robot.clickOn("#sdkTokens #qrButton");
            TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "activityTab".equals(t.getId())).findFirst().orElseThrow()));
            pause();
            shoot(out.resolve("activity-" + suffix + ".png"));

            robot.clickOn("#settingsButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settingsDialog").tryQuery().isPresent());
            pause();
            shoot(out.resolve("settings-" + suffix + ".png"));
            closeDialog(robot, "#settingsDialog");

            robot.clickOn("#aboutButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aboutDialog").tryQuery().isPresent());
            pause();
            shoot(out.resolve("about-" + suffix + ".png"));
            closeDialog(robot, "#aboutDialog");

            robot.clickOn("#lockButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#lockScreen").tryQuery().map(Node::isVisible).orElse(false));
            pause();
            shoot(out.resolve("lock-" + suffix + ".png"));
            robot.clickOn("#unlockButton");
            pause();
        } finally {
            app.close();
            System.exit(0);
        }
    }

    private static void closeDialog(FxRobot robot, String pane) throws Exception {
        Node dialog = robot.lookup(pane).query();
        robot.interact(() -> dialog.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void pause() throws Exception {
        Frames.settled();
    }

    private static void shoot(Path file) throws Exception {
        Process process = new ProcessBuilder(List.of("import", "-window", "root", file.toString())).inheritIO().start();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
