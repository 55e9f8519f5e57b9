package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.ProfileStore;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.desktop.Settings;
import com.edfapay.tokenmanager.desktop.SettingsStore;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.BackgroundActivityLog;
import com.edfapay.tokenmanager.desktop.activity.FileActivityLog;
import com.edfapay.tokenmanager.desktop.lock.OsLockSignals;
import com.edfapay.tokenmanager.desktop.logging.LogRedaction;
import com.edfapay.tokenmanager.scan.ScanPool;
import com.edfapay.tokenmanager.ui.about.AboutDialog;
import com.edfapay.tokenmanager.ui.about.AboutViewModel;
import com.edfapay.tokenmanager.ui.apitokens.GenerateTokenDialog;
import com.edfapay.tokenmanager.ui.apitokens.GenerateTokenViewModel;
import com.edfapay.tokenmanager.ui.common.ClipboardCountdown;
import com.edfapay.tokenmanager.ui.common.FxDialogService;
import com.edfapay.tokenmanager.ui.common.FxSystemClipboard;
import com.edfapay.tokenmanager.ui.common.FxTaskRunner;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SceneFactory;
import com.edfapay.tokenmanager.ui.common.ViewLoader;
import com.edfapay.tokenmanager.ui.connect.ApiConnector;
import com.edfapay.tokenmanager.ui.connect.ConnectView;
import com.edfapay.tokenmanager.ui.connect.ConnectViewModel;
import com.edfapay.tokenmanager.ui.connect.LocalSandbox;
import com.edfapay.tokenmanager.ui.lock.LockView;
import com.edfapay.tokenmanager.ui.lock.LockViewModel;
import com.edfapay.tokenmanager.ui.scope.MerchantPicker;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.RoleAccess;
import com.edfapay.tokenmanager.ui.session.Session;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import com.edfapay.tokenmanager.ui.session.SessionEnd;
import com.edfapay.tokenmanager.ui.settings.SettingsDialog;
import com.edfapay.tokenmanager.ui.settings.SettingsViewModel;
import com.edfapay.tokenmanager.ui.shell.ShellView;
import com.edfapay.tokenmanager.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/** Builds and wires every object of the app by hand; the only place that knows concrete classes. */
final class CompositionRoot implements AutoCloseable {

    private final AppFolders folders;
    private final Stage stage;
    private final Consumer<String> browser;
    private final AppOptions options;
    private final boolean osPrefersDark;
    private final FxTaskRunner tasks = new FxTaskRunner(40);
    /** The scene's root: the current screen, with the lock screen above it. */
    private final StackPane windowRoot = new StackPane();
    private final StackPane content = new StackPane();
    private final ProfileStore profileStore;
    private final SecretStore secretStore;
    private final SettingsStore settingsStore;
    private final LocalSandbox sandbox;
    private volatile Settings settings;
    private final ClipboardGuard clipboard;
    private final BackgroundActivityLog activityLog;
    private final LockViewModel lock;
    private final @Nullable SmokeRun smoke;
    /** The leak scanner's own readers (one per core), so a scan never competes with the UI's task pool. */
    private final ScanPool scanPool = ScanPool.perCore(threads -> tasks.workerPool("leak-scan", threads));
    private final ApiConnector connector = (baseUrl, apiKey) -> new EdfaPayClient(ClientConfig.of(baseUrl, apiKey));
    private Messages messages;
    private FxDialogService dialogs;
    private ClipboardCountdown countdown;
    private @Nullable LockView lockView;
    private @Nullable ShellTabs tabs;
    private @Nullable Session current;
    private Runnable unregisterScrubber = () -> { };
    private @Nullable OsLockSignals osSignals;
    private boolean showingUncaught;

    /** With default settings (tests and tools). */
    CompositionRoot(AppFolders folders, Stage stage, Consumer<String> browser, AppOptions options,
                    LocalSandbox sandbox, SecretStore secretStore) {
        this(folders, stage, browser, options, sandbox, secretStore, Settings.DEFAULTS, false, null);
    }

    /** {@code smoke} is null except for a {@code --smoke} run. */
    CompositionRoot(AppFolders folders, Stage stage, Consumer<String> browser, AppOptions options,
                    LocalSandbox sandbox, SecretStore secretStore, Settings settings, boolean osPrefersDark,
                    @Nullable SmokeRun smoke) {
        this.smoke = smoke;
        this.folders = folders;
        this.stage = stage;
        this.browser = browser;
        this.options = options;
        this.osPrefersDark = osPrefersDark;
        this.settings = settings;
        // Before the first control is created: a control's class sets JavaFX's own Modena stylesheet when no
        // user-agent stylesheet is set yet, and reading it would only be thrown away.
        SceneFactory.applyTheme(dark());
        this.profileStore = new ProfileStore(folders.profilesFile());
        this.settingsStore = SettingsStore.in(folders);
        this.secretStore = secretStore;
        this.sandbox = sandbox;
        this.activityLog = new BackgroundActivityLog(FileActivityLog.inDataFolder(folders.data()),
                tasks.workerPool("activity-log", 1));
        this.clipboard = new ClipboardGuard(new FxSystemClipboard(),
                (delay, action) -> tasks.schedule(delay, action)::cancel, () -> this.settings.clipboardClearAfter());
        this.messages = Messages.forLocale(locale());
        this.dialogs = dialogs();
        this.countdown = new ClipboardCountdown(tasks, messages);
        this.lock = new LockViewModel(tasks, messages, System::currentTimeMillis);
        clipboard.addListener(new ClipboardGuard.Listener() {
            @Override
            public void copied(Duration clearsAfter) {
                countdown.copied(clearsAfter);
            }

            @Override
            public void released() {
                countdown.released();
            }
        });
        lock.addConcealer(clipboard::clearIfStillOurs);
        lock.addConcealer(() -> {
            if (tabs != null) {
                tabs.concealSecrets();
            }
        });
        lock.setIdleAfter(idleAfter(settings));
        clipboard.whenCleared(() -> dialogs.notify(messages.get("a11y.clipboardCleared")));
    }

    private Locale locale() {
        return options.languageFlag() != null ? options.locale()
                : settings.language().locale(Locale.getDefault());
    }

    private boolean dark() {
        if (options.themeFlag() != null) {
            return options.darkTheme();
        }
        return switch (settings.theme()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> osPrefersDark;
        };
    }

    private static Duration idleAfter(Settings value) {
        return value.idleLockOn() ? value.idleLockAfter() : Duration.ZERO;
    }

    private FxDialogService dialogs() {
        Messages m = messages;
        return new FxDialogService(stage, browser, m)
                .registerForm(GenerateTokenViewModel.class, (owner, css, form) ->
                        new GenerateTokenDialog(owner, m, css, form).ask())
                .registerForm(SettingsViewModel.class, (owner, css, form) ->
                        new SettingsDialog(owner, m, css, form).ask())
                .registerForm(AboutViewModel.class, (owner, css, form) ->
                        new AboutDialog(owner, m, css, form).ask());
    }

    /**
     * Shows the Connect screen. Its background work starts only once its first frame is laid out, so it does not
     * delay that frame: first logging is set up (on one thread, so no early log line is replayed), then the
     * screen's own start (keychain question, saved profiles, the embedded sandbox), the lock screen and the OS lock
     * signals.
     */
    void showMainWindow() {
        stage.setTitle(messages.get("app.title"));
        windowRoot.getChildren().setAll(content);
        stage.setScene(new SceneFactory(messages).create(windowRoot, 1280, 800));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        windowRoot.getChildren().add(dialogs.liveStatus());
        ConnectViewModel connect = showConnect();
        FirstFrame.after(stage.getScene(), () -> {
            if (FirstFrame.markerWanted()) {
                FirstFrame.printMarker();
            }
            if (smoke != null) {
                smoke.connectShown(connect, tasks);
            }
            // The rest runs after this pulse, so that the frame it laid out is drawn first.
            tasks.runOnUiThreadLater(() -> afterFirstFrame(connect));
        });
        stage.show();
    }

    private void afterFirstFrame(ConnectViewModel connect) {
        // Background work first, so logging (and then the sandbox) starts while the FX thread builds the rest.
        tasks.run(LoggerFactory::getILoggerFactory, logging -> {
            connect.start();
            listenToOsLock();
        }, failure -> connect.start());
        // Nothing can lock before the first frame, so the lock screen's view is built after it.
        installLockScreen();
    }

    private void listenToOsLock() {
        // Connecting to D-Bus may take a moment; never on the JavaFX thread.
        tasks.run(() -> OsLockSignals.start(() -> tasks.runOnUiThread(lock::lockNow)),
                signals -> osSignals = signals,
                failure -> LoggerFactory.getLogger(CompositionRoot.class).info("No OS lock signals", failure));
    }

    private void installLockScreen() {
        if (lockView != null) {
            lockView.dispose();
        }
        var loaded = loader().register(LockView.class, () -> new LockView(lock, stage, content)).load(LockView.class);
        lockView = loaded.controller();
        windowRoot.getChildren().setAll(content, loaded.root(), dialogs.liveStatus());
    }

    /** Builds the Connect screen; the caller starts it (at once, or after the first frame at start-up). */
    private ConnectViewModel showConnect() {
        lock.setSession(null);
        ConnectViewModel viewModel = new ConnectViewModel(tasks, messages, dialogs, profileStore, secretStore,
                sandbox, connector, this::signedIn, activityLog);
        viewModel.onOpenSettings(this::openSettings);
        content.getChildren().setAll(new ConnectView(viewModel, messages).root());
        stage.setTitle(messages.get("app.title"));
        return viewModel;
    }

    /** A session has just been opened on the Connect screen: wire it to the app and show the shell. */
    private void signedIn(Session connected) {
        SessionActivity activity = new SessionActivity(activityLog, Clock.systemUTC(), connected.profileName(),
                connected.environment().name(), connected.identity().userType().name());
        Session session = connected.wiredTo(activity, new SessionEnd() {
            @Override
            public void signOut() {
                endSession(false);
            }

            @Override
            public void forgetKeyAndSignOut() {
                endSession(true);
            }
        });
        current = session;
        if (session.api() instanceof EdfaPayClient client) {
            // Log lines are scrubbed of every secret this session's client has seen, for as long as it lives.
            unregisterScrubber = LogRedaction.register(text -> client.scrubber().clean(text, 16 * 1024));
        }
        activity.succeeded(ActivityAction.SIGN_IN, session.profileName(), session.identity().userId());
        showShell(session);
    }

    private void showShell(Session session) {
        Runnable signOut = session.end()::signOut;
        ShellViewModel viewModel = new ShellViewModel(session, messages, tasks, signOut,
                new ShellViewModel.WindowActions(lock::lockNow, this::openSettings, this::openAbout));
        var loaded = loader().register(ShellView.class, () -> new ShellView(viewModel)).load(ShellView.class);
        ShellView shell = loaded.controller();
        @Nullable MerchantScopeViewModel scope = null;
        if (RoleAccess.sdkScope(session.identity().userType()) == RoleAccess.SdkScope.PARTNER_MERCHANTS) {
            scope = new MerchantScopeViewModel(session.api(), partnerIdOf(session), tasks, messages);
            shell.scopeSlot().getChildren().add(new MerchantPicker(scope, messages));
            scope.start();
        }
        tabs = new ShellTabs(session, scope, tasks, messages, dialogs, clipboard, shell, signOut,
                new ShellTabs.LeakCheckServices(scanPool.scanner(), activityLog));
        tabs.checkConcurrency(settings.checkConcurrency());
        tabs.install(viewModel);
        tabs.installActivity(activityLog);
        Label clipboardLabel = new Label();
        clipboardLabel.setId("clipboardCountdown");
        clipboardLabel.getStyleClass().addAll("text-small", "clipboard-countdown");
        clipboardLabel.textProperty().bind(countdown.textProperty());
        shell.statusSlot().getChildren().add(0, clipboardLabel);
        content.getChildren().setAll(loaded.root());
        stage.setTitle(messages.get("app.title") + " \u2014 " + session.profileName());
        lock.setSession(session);
        if (smoke != null) {
            smoke.mainWindowShown(stage.getScene());
        }
    }

    private static @Nullable String partnerIdOf(Session session) {
        var identity = session.identity();
        return identity.partnerId() != null ? identity.partnerId() : identity.businessUnitId();
    }

    /**
     * Every way a session ends comes here: the shell's Sign out, a tab after a rejected key, after disabling the
     * connection's own key, Replace or Forget, the lock screen. The client is closed (dropping its key) in the
     * background, a copied token leaves the clipboard, and the Connect screen comes back.
     */
    private void endSession(boolean forgetKey) {
        Session ending = current;
        if (ending == null) {
            return;
        }
        current = null;
        if (tabs != null) {
            tabs.dispose();
            tabs = null;
        }
        Runnable unregister = unregisterScrubber;
        unregisterScrubber = () -> { };
        new SessionCloser(tasks, clipboard, secretStore, failure ->
                dialogs.showError(messages.get("error.title"), messages.get("error.unexpected")))
                .end(ending, forgetKey, unregister);
        showConnect().start();
    }

    // --- Settings and About ------------------------------------------------------------------------------------

    private void openSettings() {
        Locale before = locale();
        SettingsViewModel viewModel = new SettingsViewModel(settings, settingsStore, tasks, messages,
                this::applySettings, options.languageFlag(), options.themeFlag());
        dialogs.askForm(viewModel);
        if (!locale().equals(before)) {
            applyLanguage();
        }
    }

    /** Everything but the language applies at once; the language when the Settings window closes. */
    private void applySettings(Settings next) {
        boolean themeChanged = next.theme() != settings.theme();
        settings = next;
        lock.setIdleAfter(idleAfter(next));
        if (tabs != null) {
            tabs.checkConcurrency(next.checkConcurrency());
        }
        if (themeChanged) {
            SceneFactory.applyTheme(dark());
        }
    }

    /** Rebuilds the window's screens in the new language, without a restart; a signed-in session stays. */
    private void applyLanguage() {
        messages = Messages.forLocale(locale());
        dialogs = dialogs();
        ClipboardCountdown oldCountdown = countdown;
        countdown = new ClipboardCountdown(tasks, messages);
        oldCountdown.released();
        stage.getScene().setNodeOrientation(SceneFactory.orientation(messages));
        installLockScreen();
        Session session = current;
        if (session == null) {
            showConnect().start();
        } else {
            if (tabs != null) {
                tabs.dispose();
            }
            showShell(session);
        }
    }

    private void openAbout() {
        String logs = System.getProperty(Launcher.LOG_DIR_PROPERTY, folders.logs().toString());
        Package pkg = CompositionRoot.class.getPackage();
        String version = pkg != null && pkg.getImplementationVersion() != null
                ? pkg.getImplementationVersion() : messages.get("about.developmentBuild");
        AboutViewModel.Facts facts = new AboutViewModel.Facts(version,
                System.getProperty("os.name", "") + " " + System.getProperty("os.version", "") + " ("
                        + System.getProperty("os.arch", "") + ")",
                System.getProperty("java.runtime.version", System.getProperty("java.version", "")),
                System.getProperty("javafx.runtime.version", "?"),
                folders.config().toString(), folders.data().toString(), logs);
        FxSystemClipboard systemClipboard = new FxSystemClipboard();
        dialogs.askForm(new AboutViewModel(facts, Path.of(logs, "token-manager.log"), tasks, messages,
                text -> systemClipboard.putText(text, false)));
    }

    // --- Failures ----------------------------------------------------------------------------------------------

    /** The uncaught-exception handler: logs it (redacted by logback.xml) and says so, instead of freezing. */
    void uncaught(Thread thread, Throwable failure) {
        LoggerFactory.getLogger(CompositionRoot.class).error("Uncaught exception on thread {}", thread.getName(),
                failure);
        tasks.runOnUiThread(() -> {
            if (showingUncaught) {
                return;
            }
            showingUncaught = true;
            try {
                dialogs.showError(messages.get("error.uncaught.title"),
                        messages.get("error.uncaught", failure.getClass().getSimpleName()));
            } finally {
                showingUncaught = false;
            }
        });
    }

    private ViewLoader loader() {
        return new ViewLoader(messages);
    }

    @Override
    public void close() {
        clipboard.clearIfStillOurs();
        Session ending = current;
        current = null;
        if (ending != null) {
            try {
                SessionCloser.closeClient(ending);
            } catch (Exception e) {
                // Closing at exit: nothing left to tell the user.
            }
        }
        unregisterScrubber.run();
        if (osSignals != null) {
            osSignals.close();
        }
        tasks.close();
        scanPool.close();
        activityLog.close();
    }
}
