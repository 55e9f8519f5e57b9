package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.ProfileStore;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.desktop.activity.BackgroundActivityLog;
import com.edfapay.tokenmanager.desktop.activity.FileActivityLog;
import com.edfapay.tokenmanager.scan.ScanPool;
import com.edfapay.tokenmanager.ui.apitokens.GenerateTokenDialog;
import com.edfapay.tokenmanager.ui.apitokens.GenerateTokenViewModel;
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
import com.edfapay.tokenmanager.ui.scope.MerchantPicker;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.RoleAccess;
import com.edfapay.tokenmanager.ui.session.Session;
import com.edfapay.tokenmanager.ui.shell.ShellView;
import com.edfapay.tokenmanager.ui.shell.ShellViewModel;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/** Builds and wires every object of the app by hand; the only place that knows concrete classes. */
final class CompositionRoot implements AutoCloseable {

    private final AppFolders folders;
    private final Stage stage;
    private final Messages messages;
    private final FxTaskRunner tasks = new FxTaskRunner(40);
    private final StackPane windowRoot = new StackPane();
    private final FxDialogService dialogs;
    private final ProfileStore profileStore;
    private final SecretStore secretStore;
    private final LocalSandbox sandbox;
    private final ClipboardGuard clipboard = new ClipboardGuard(new FxSystemClipboard(),
            (delay, action) -> tasks.schedule(delay, action)::cancel, () -> ClipboardGuard.DEFAULT_CLEAR_AFTER);
    private final @Nullable SmokeRun smoke;
    private @Nullable ShellTabs tabs;
    /** The leak scanner's own readers (one per core), so a scan never competes with the UI's task pool. */
    private final ScanPool scanPool = ScanPool.perCore();
    private final BackgroundActivityLog activity;
    private final ApiConnector connector = (baseUrl, apiKey) -> new EdfaPayClient(ClientConfig.of(baseUrl, apiKey));

    CompositionRoot(AppFolders folders, Stage stage, Consumer<String> browser, AppOptions options,
                    LocalSandbox sandbox, SecretStore secretStore) {
        this(folders, stage, browser, options, sandbox, secretStore, null);
    }

    /** {@code smoke} is null except for a {@code --smoke} run. */
    CompositionRoot(AppFolders folders, Stage stage, Consumer<String> browser, AppOptions options,
                    LocalSandbox sandbox, SecretStore secretStore, @Nullable SmokeRun smoke) {
        this.smoke = smoke;
        this.folders = folders;
        this.stage = stage;
        this.messages = Messages.forLocale(options.locale());
        this.dialogs = new FxDialogService(stage, browser, messages)
                .registerForm(GenerateTokenViewModel.class, (owner, css, form) ->
                        new GenerateTokenDialog(owner, messages, css, form).ask());
        this.profileStore = new ProfileStore(folders.profilesFile());
        this.secretStore = secretStore;
        this.sandbox = sandbox;
        this.activity = new BackgroundActivityLog(FileActivityLog.inDataFolder(folders.data()));
        SceneFactory.applyTheme(options.darkTheme());
        clipboard.whenCleared(() -> dialogs.notify(messages.get("a11y.clipboardCleared")));
    }

    /**
     * Shows the Connect screen. Its background work starts only once its first frame is laid out, so it does not
     * delay that frame: first logging is set up (on one thread, so no early log line is replayed), then the
     * screen's own start (keychain question, saved profiles, the embedded sandbox).
     */
    void showMainWindow() {
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new SceneFactory(messages).create(windowRoot, 1280, 800));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        ConnectViewModel connect = showConnect();
        FirstFrame.after(stage.getScene(), () -> {
            if (FirstFrame.markerWanted()) {
                FirstFrame.printMarker();
            }
            if (smoke != null) {
                smoke.connectShown(connect, tasks);
            }
            tasks.run(LoggerFactory::getILoggerFactory, logging -> connect.start(), failure -> connect.start());
        });
        stage.show();
    }

    private ConnectViewModel showConnect() {
        ConnectViewModel viewModel = new ConnectViewModel(tasks, messages, dialogs, profileStore, secretStore,
                sandbox, connector, this::showShell);
        Parent view = loader().register(ConnectView.class, () -> new ConnectView(viewModel))
                .load(ConnectView.class).root();
        windowRoot.getChildren().setAll(view, dialogs.liveStatus());
        return viewModel;
    }

    private void showShell(Session session) {
        ShellViewModel viewModel = new ShellViewModel(session, messages, tasks, this::signOut);
        var loaded = loader().register(ShellView.class, () -> new ShellView(viewModel)).load(ShellView.class);
        ShellView shell = loaded.controller();
        @Nullable MerchantScopeViewModel scope = null;
        if (RoleAccess.sdkScope(session.identity().userType()) == RoleAccess.SdkScope.PARTNER_MERCHANTS) {
            scope = new MerchantScopeViewModel(session.api(), partnerIdOf(session), tasks, messages);
            shell.scopeSlot().getChildren().add(new MerchantPicker(scope, messages));
            scope.start();
        }
        tabs = new ShellTabs(session, scope, tasks, messages, dialogs, clipboard, shell, this::signOut,
                new ShellTabs.LeakCheckServices(scanPool.scanner(), activity));
        tabs.install(viewModel);
        windowRoot.getChildren().setAll(loaded.root(), dialogs.liveStatus());
        stage.setTitle(messages.get("app.title") + " \u2014 " + session.profileName());
        if (smoke != null) {
            smoke.mainWindowShown(stage.getScene());
        }
    }

    private static @Nullable String partnerIdOf(Session session) {
        var identity = session.identity();
        return identity.partnerId() != null ? identity.partnerId() : identity.businessUnitId();
    }

    private void signOut() {
        if (tabs != null) {
            tabs.dispose();
            tabs = null;
        }
        clipboard.clearIfStillOurs();
        showConnect().start();
    }

    private ViewLoader loader() {
        return new ViewLoader(messages);
    }

    @Override
    public void close() {
        if (tabs != null) {
            tabs.dispose();
            tabs = null;
        }
        clipboard.clearIfStillOurs();
        tasks.close();
        scanPool.close();
        activity.close();

    }
}
