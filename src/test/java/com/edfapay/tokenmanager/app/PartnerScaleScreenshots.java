package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import com.edfapay.tokenmanager.ui.connect.LocalSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import org.testfx.util.WaitForAsyncUtils;
import javafx.stage.Stage;

/**
 * Opens the real app at 1280x800 against a sandbox of {@code merchants x 50} users, signs in as the partner on
 * "All merchants" and leaves the window up for a screenshot (run under Xvfb, then {@code import -window root}).
 * Args: language (en|ar), merchants, seconds to stay open, and optionally the sandbox's latency in ms (a few
 * seconds show the skeleton rows while the first users page is on its way).
 */
public final class PartnerScaleScreenshots {

    private PartnerScaleScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "en");
        int merchants = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory().withMerchants(merchants)
                .withUsersPerMerchant(50)
                .withLatency(java.time.Duration.ofMillis(args.length > 3 ? Integer.parseInt(args[3]) : 0)));
        Path home = Files.createTempDirectory("etm-shots");
        AppFolders folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("logs"))
                .create();
        LocalSandbox local = () -> new LocalSandbox.Info(sandbox.baseUrl(), sandbox.personas().stream()
                .map(p -> new LocalSandbox.Persona(p.name(), p.userType(), p.apiKey(), p.businessUnitName()))
                .toList());
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            CompositionRoot root = new CompositionRoot(folders, stage, url -> { },
                    new AppOptions(locale, false, true), local, new MemorySecretStore());
            root.showMainWindow();
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.setX(0);
            stage.setY(0);
            shown.complete(stage);
        });
        Stage stage = shown.get();
        // The persona button is enabled once the embedded sandbox is up; read and pressed on the JavaFX thread.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            var persona = stage.getScene().lookup("#persona-partner");
            if (persona instanceof Button button && !button.isDisabled()) {
                button.fire();
                return true;
            }
            return false;
        }).get());
        System.out.println("signed in; window stays until it is closed, at most " + seconds + " s");
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> stage.setOnHidden(event -> closed.countDown()));
        closed.await(seconds, TimeUnit.SECONDS);
        Platform.exit();
        sandbox.close();
        System.exit(0);
    }
}
