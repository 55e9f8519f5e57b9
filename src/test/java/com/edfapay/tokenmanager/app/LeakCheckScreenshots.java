package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the README screenshot of the Leak check screen (not a test): the real app on a real display (run it under
 * Xvfb), a throw-away in-memory sandbox, and a generated demo repository with the sandbox's tokens planted in files
 * and in its history. Only masked values appear.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.edfapay.tokenmanager.app.LeakCheckScreenshots -Dexec.args="en target/leak-check.png"
 * </pre>
 */
public final class LeakCheckScreenshots {

    private LeakCheckScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "en");
        Path out = Path.of(args.length > 1 ? args[1] : "target/leak-check.png").toAbsolutePath();
        FxRobot robot = new FxRobot();
        AppUnderTest app = AppUnderTest.start(SandboxOptions.inMemory(), locale);
        try {
            Path project = Files.createTempDirectory("checkout-service");
            plant(app, project);
            app.signInAs(robot, "merchant");
            TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
            robot.interact(() -> tabs.getSelectionModel().select(
                    tabs.getTabs().stream().filter(t -> "leakTab".equals(t.getId())).findFirst().orElseThrow()));
            TextField folder = robot.lookup("#leakFolderField").queryAs(TextField.class);
            robot.interact(() -> folder.setText(project.toString()));
            robot.clickOn("#leakScanButton");
            TableView<?> table = robot.lookup("#leakTable").queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                    && !robot.lookup("#leakScanButton").queryAs(Button.class).isDisabled());
            robot.interact(() -> table.getSelectionModel().select(0));
            WaitForAsyncUtils.waitForFxEvents();
            awaitDrawn(table.getScene());
            Process shot = new ProcessBuilder("import", "-window", "root", out.toString()).inheritIO().start();
            if (shot.waitFor() != 0) {
                throw new IllegalStateException("import failed");
            }
            System.out.println("wrote " + out);
        } finally {
            app.close();
            System.exit(0);
        }
    }

    /** A small service checkout: tokens of the merchant in files, in a file deleted later, and decoys. */
    private static void plant(AppUnderTest app, Path project) throws Exception {
        EdfaPayClient merchant = app.clientAs("merchant");
        String unit = merchant.whoAmI().businessUnitId();
        GeneratedApiToken checkout = merchant.generateApiToken(new NewApiToken(unit, "Checkout server", null, null));
        GeneratedApiToken old = merchant.generateApiToken(new NewApiToken(unit, "Old reporting job", null, null));
        merchant.setApiTokenActive(old.token().id(), false, "replaced");
        GeneratedApiToken ci = merchant.generateApiToken(new NewApiToken(unit, "CI deploy key", null, null));
        List<UserSummary> terminals = merchant.searchUsers(UserQuery.all(PageRequest.first(100))).content().stream()
                .filter(u -> u.userType() == UserType.TERMINAL).toList();
        SdkToken till = merchant.generateSdkToken(terminals.get(0).id());
        Instant t0 = Instant.parse("2026-09-14T08:30:00Z");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            write(project, "README.md", "# Checkout service\n");
            write(project, "deploy/ci.env", "REGION=riyadh\nEDFAPAY_API_KEY=" + ci.secret().reveal() + "\n");
            commit(git, "Deploy from CI", "Noura Alharbi", t0);
            write(project, "config/application.yml", "edfapay:\n  base-url: https://app-api.edfapay.com\n"
                    + "  api-key: " + checkout.secret().reveal() + "\n");
            write(project, "pos/till-1.json", "{\n  \"device\": \"till-1\",\n  \"sdkToken\": \"" + till.token()
                    + "\"\n}\n");
            commit(git, "Configure the checkout", "Omar Saleh", t0.plusSeconds(86_400 * 3));
            Files.delete(project.resolve("deploy/ci.env"));
            commit(git, "Move CI settings to the pipeline", "Noura Alharbi", t0.plusSeconds(86_400 * 9));
            write(project, "scripts/report.sh", "export KEY=" + old.secret().reveal() + "\n");
            write(project, "docs/example.env", "EDFAPAY_API_KEY=edfa_" + "X".repeat(40) + "\n");
            write(project, "SHA256SUMS", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  app.jar\n");
            commit(git, "Reporting script and docs", "Omar Saleh", t0.plusSeconds(86_400 * 20));
        }
        List.of(checkout, old, ci).forEach(g -> g.secret().wipe());
    }

    private static void write(Path root, String relative, String content) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void commit(Git git, String message, String author, Instant when) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent ident = new PersonIdent(author, author.toLowerCase(Locale.ROOT).replace(' ', '.')
                + "@example.com", when, ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }

    /** Waits until the scene has been laid out and drawn after the last change: two pulses, the second after it. */
    private static void awaitDrawn(javafx.scene.Scene scene) throws InterruptedException {
        java.util.concurrent.CountDownLatch drawn = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.runLater(() -> {
            FirstFrame.after(scene, () -> {
                FirstFrame.after(scene, drawn::countDown);
                javafx.application.Platform.requestNextPulse();
            });
            javafx.application.Platform.requestNextPulse();
        });
        if (!drawn.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window was not drawn within 10 s");
        }
    }
}
