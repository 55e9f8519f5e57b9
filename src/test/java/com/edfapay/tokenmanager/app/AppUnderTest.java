package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.Persona;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import com.edfapay.tokenmanager.ui.connect.LocalSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app in a real (headless) window, wired by the real composition root, against a real sandbox on
 * loopback. Tests drive it with TestFX and check results with their own client, over the wire.
 */
public final class AppUnderTest implements AutoCloseable {

    private final EdfaPaySandbox sandbox;
    private final Path home;
    private final List<String> openedUrls = new ArrayList<>();
    private final List<EdfaPayClient> clients = new ArrayList<>();
    private final Locale locale;
    private final boolean darkTheme;
    private CompositionRoot root;
    private Stage stage;

    private AppUnderTest(EdfaPaySandbox sandbox, Path home, Locale locale, boolean darkTheme) {
        this.sandbox = sandbox;
        this.home = home;
        this.locale = locale;
        this.darkTheme = darkTheme;
    }

    /** The app in another language (screenshots in Arabic), light theme. */
    public static AppUnderTest start(Locale locale) throws Exception {
        return start(SandboxOptions.inMemory(), locale, false);
    }

    public static AppUnderTest start() throws Exception {
        return start(SandboxOptions.inMemory());
    }

    public static AppUnderTest start(SandboxOptions options) throws Exception {
        return start(options, Locale.ENGLISH, false);
    }

    /** The app in this language (Arabic is right-to-left) and theme. */
    public static AppUnderTest start(Locale locale, boolean darkTheme) throws Exception {
        return start(SandboxOptions.inMemory(), locale, darkTheme);
    }

    public static AppUnderTest start(SandboxOptions options, Locale locale, boolean darkTheme) throws Exception {
        EdfaPaySandbox sandbox = EdfaPaySandbox.start(options);
        AppUnderTest app = new AppUnderTest(sandbox, Files.createTempDirectory("etm-fx"), locale, darkTheme);
        app.launch();
        return app;
    }

    /** In another language, light theme. */
    public static AppUnderTest start(SandboxOptions options, Locale locale) throws Exception {
        return start(options, locale, false);
    }

    private void launch() throws Exception {
        AppFolders folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("logs"))
                .create();
        LocalSandbox local = () -> new LocalSandbox.Info(sandbox.baseUrl(), sandbox.personas().stream()
                .map(p -> new LocalSandbox.Persona(p.name(), p.userType(), p.apiKey(), p.businessUnitName()))
                .toList());
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            // The primary stage is shared by every FX test in the JVM and keeps the size an earlier test gave it
            // (a 300x200 cell test, say); the app's own stage is new and takes its scene's 1280x800. Without this,
            // what is on screen depended on which test class ran before.
            stage.setWidth(1280);
            stage.setHeight(800);
            root = new CompositionRoot(folders, stage, openedUrls::add,
                    new AppOptions(locale, darkTheme, true), local, new MemorySecretStore());
            root.showMainWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public EdfaPaySandbox sandbox() {
        return sandbox;
    }

    public Stage stage() {
        return stage;
    }

    public Path home() {
        return home;
    }

    public List<String> openedUrls() {
        return openedUrls;
    }

    public Persona persona(String name) {
        return sandbox.persona(name).orElseThrow();
    }

    /** A client of the test's own, to check over the wire what the app did. */
    public EdfaPayClient clientAs(String persona) {
        EdfaPayClient client = new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), persona(persona).apiKey()));
        clients.add(client);
        return client;
    }

    /** Clicks the persona on the Connect screen and waits for the shell. */
    public void signInAs(FxRobot robot, String persona) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#persona-" + persona).tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#persona-" + persona);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#identityLabel").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Files the app wrote (its folders and the log folder) that contain any of these secrets, as text or as
     * bytes. Should always be empty: no secret is ever written to disk.
     */
    public List<Path> filesContaining(String... secrets) throws java.io.IOException {
        List<Path> roots = new ArrayList<>(List.of(home));
        String logs = System.getProperty("edfapay.tokenmanager.logs");
        if (logs != null) {
            roots.add(Path.of(logs));
        }
        List<Path> hits = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (var files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String content = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                    for (String secret : secrets) {
                        if (secret != null && !secret.isEmpty() && content.contains(secret)) {
                            hits.add(file);
                        }
                    }
                }
            }
        }
        return hits;
    }

    public <T extends Node> T find(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (root != null) {
                root.close();
            }
            stage.hide();
        });
        clients.forEach(EdfaPayClient::close);
        sandbox.close();
        deleteHome();
    }

    /** The app's folders are the test's own: gone after it, so a run leaves no settings or logs behind. */
    private void deleteHome() throws java.io.IOException {
        if (!Files.exists(home)) {
            return;
        }
        try (var paths = Files.walk(home)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
