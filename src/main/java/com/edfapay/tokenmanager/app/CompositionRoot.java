package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.ProfileStore;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.BackgroundActivityLog;
import com.edfapay.tokenmanager.desktop.activity.FileActivityLog;
import com.edfapay.tokenmanager.ui.apitokens.GenerateTokenDialog;
import com.edfapay.tokenmanager.ui.apitokens.GenerateTokenViewModel;
import com.edfapay.tokenmanager.ui.common.DialogService;
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
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import com.edfapay.tokenmanager.ui.session.SessionEnd;
import com.edfapay.tokenmanager.ui.shell.ShellView;
import com.edfapay.tokenmanager.ui.shell.ShellViewModel;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Builds and wires every object of the app by hand; the only place that knows concrete classes. */
final class CompositionRoot implements AutoCloseable {

    private final AppFolders folders;
    private final Stage stage;
    private final Messages messages;
    private final FxTaskRunner tasks = new FxTaskRunner(16);
    private final StackPane windowRoot = new StackPane();
    private final DialogService dialogs;
    private final ProfileStore profileStore;
    private final SecretStore secretStore;
    private final LocalSandbox sandbox;
    private final ClipboardGuard clipboard = new ClipboardGuard(new FxSystemClipboard(),
            (delay, action) -> tasks.schedule(delay, action)::cancel, () -> ClipboardGuard.DEFAULT_CLEAR_AFTER);
    private final BackgroundActivityLog activityLog;
    private ShellTabs tabs;
    private Session current;
    private final ApiConnector connector = (baseUrl, apiKey) -> new EdfaPayClient(ClientConfig.of(baseUrl, apiKey));

    CompositionRoot(AppFolders folders, Stage stage, Consumer<String> browser, AppOptions options,
                    LocalSandbox sandbox, SecretStore secretStore) {
        this.folders = folders;
        this.stage = stage;
        this.messages = Messages.forLocale(options.locale());
        this.dialogs = new FxDialogService(stage, browser, messages)
                .registerForm(GenerateTokenViewModel.class, (owner, css, form) ->
                        new GenerateTokenDialog(owner, messages, css, form).ask());
        this.profileStore = new ProfileStore(folders.config().resolve("profiles.json"));
        this.secretStore = secretStore;
        this.sandbox = sandbox;
        this.activityLog = new BackgroundActivityLog(FileActivityLog.inDataFolder(folders.data()));
        SceneFactory.applyTheme(options.darkTheme());
    }

    void showMainWindow() {
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new SceneFactory(messages).create(windowRoot, 1280, 800));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        showConnect();
        stage.show();
    }

    private void showConnect() {
        ConnectViewModel viewModel = new ConnectViewModel(tasks, messages, dialogs, profileStore, secretStore,
                sandbox, connector, this::showShell, activityLog);
        Parent view = loader().register(ConnectView.class, () -> new ConnectView(viewModel))
                .load(ConnectView.class).root();
        windowRoot.getChildren().setAll(view);
        viewModel.start();
    }

    private void showShell(Session connected) {
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
        activity.succeeded(ActivityAction.SIGN_IN, session.profileName(), session.identity().userId());
        Runnable signOut = session.end()::signOut;
        ShellViewModel viewModel = new ShellViewModel(session, messages, tasks, signOut);
        var loaded = loader().register(ShellView.class, () -> new ShellView(viewModel)).load(ShellView.class);
        ShellView shell = loaded.controller();
        MerchantScopeViewModel scope = null;
        if (RoleAccess.sdkScope(session.identity().userType()) == RoleAccess.SdkScope.PARTNER_MERCHANTS) {
            scope = new MerchantScopeViewModel(session.api(), partnerIdOf(session), tasks, messages);
            shell.scopeSlot().getChildren().add(new MerchantPicker(scope, messages));
            scope.start();
        }
        tabs = new ShellTabs(session, scope, tasks, messages, dialogs, clipboard, shell, signOut);
        tabs.install(viewModel);
        tabs.installActivity(activityLog);
        windowRoot.getChildren().setAll(loaded.root());
        stage.setTitle(messages.get("app.title") + " \u2014 " + session.profileName());
    }

    private static String partnerIdOf(Session session) {
        var identity = session.identity();
        return identity.partnerId() != null ? identity.partnerId() : identity.businessUnitId();
    }

    /**
     * Every way a session ends comes here: the shell's Sign out, a tab after a rejected key, after disabling the
     * connection's own key, Replace or Forget. The client is closed (dropping its key) in the background, a
     * copied token leaves the clipboard, and the Connect screen comes back.
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
        clipboard.clearIfStillOurs();
        ending.activity().succeeded(forgetKey ? ActivityAction.FORGET_PROFILE : ActivityAction.SIGN_OUT,
                ending.profileName(), ending.identity().userId());
        String profileId = ending.profileId();
        tasks.run(() -> {
            closeClient(ending);
            if (forgetKey && profileId != null) {
                secretStore.delete(profileId);
            }
            return Boolean.TRUE;
        }, done -> { }, failure -> dialogs.showError(messages.get("error.title"), messages.get("error.unexpected")));
        showConnect();
    }

    static void closeClient(Session session) throws Exception {
        if (session.api() instanceof AutoCloseable closeable) {
            closeable.close();
        }
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
                closeClient(ending);
            } catch (Exception e) {
                // Closing at exit: nothing left to tell the user.
            }
        }
        tasks.close();
        activityLog.close();
    }
}
