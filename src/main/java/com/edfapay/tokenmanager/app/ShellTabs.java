package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.activity.ActivityLog;
import com.edfapay.tokenmanager.scan.ApiScopeTokens;
import com.edfapay.tokenmanager.scan.LeakScanner;
import com.edfapay.tokenmanager.desktop.activity.BackgroundActivityLog;
import com.edfapay.tokenmanager.ui.activity.ActivityView;
import com.edfapay.tokenmanager.ui.activity.ActivityViewModel;
import com.edfapay.tokenmanager.ui.apitokens.ApiTokensView;
import com.edfapay.tokenmanager.ui.apitokens.ApiTokensViewModel;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.common.ViewLoader;
import com.edfapay.tokenmanager.ui.leakcheck.LeakCheckView;
import com.edfapay.tokenmanager.ui.leakcheck.LeakCheckViewModel;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.sdktokens.SdkTokenDetailView;
import com.edfapay.tokenmanager.ui.sdktokens.SdkTokensView;
import com.edfapay.tokenmanager.ui.sdktokens.SdkTokensViewModel;
import com.edfapay.tokenmanager.ui.session.Session;
import com.edfapay.tokenmanager.ui.shell.ShellView;
import com.edfapay.tokenmanager.ui.shell.ShellViewModel;
import java.time.Clock;
import javafx.scene.Parent;
import org.jspecify.annotations.Nullable;

/** Builds the tabs a signed-in role may see and puts them into the shell. */
final class ShellTabs {

    private final Session session;
    private final @Nullable MerchantScopeViewModel scope;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final ClipboardGuard clipboard;
    private final ShellView shell;
    private final Runnable signOut;
    private final java.util.List<Runnable> disposers = new java.util.ArrayList<>();
    private final LeakCheckServices leakCheck;

    /** What the Leak check tab needs from the composition root: the scanner (on its pool) and the activity log. */
    record LeakCheckServices(LeakScanner scanner, ActivityLog activity) {
    }
    private final java.util.List<Runnable> concealers = new java.util.ArrayList<>();
    private int concurrency = SdkTokensViewModel.DEFAULT_CONCURRENCY;

    ShellTabs(Session session, @Nullable MerchantScopeViewModel scope, TaskRunner tasks, Messages messages,
              DialogService dialogs, ClipboardGuard clipboard, ShellView shell, Runnable signOut,
              LeakCheckServices leakCheck) {
        this.leakCheck = leakCheck;
        this.session = session;
        this.scope = scope;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.shell = shell;
        this.signOut = signOut;
    }

    void install(ShellViewModel shellModel) {
        if (shellModel.showsSdkTokens()) {
            installSdkTokens();
        }
        if (shellModel.showsApiTokens()) {
            installApiTokens();
        }
        installLeakCheck();
    }

    private void installLeakCheck() {
        LeakCheckViewModel viewModel = new LeakCheckViewModel(session, tasks, messages, dialogs, leakCheck.activity(),
                leakCheck.scanner(), cancelled -> new ApiScopeTokens(session.api(), session.identity(),
                        LeakCheckViewModel.SCOPE_CONCURRENCY, threads -> tasks.workerPool("token-sweep", threads),
                        cancelled), Clock.systemDefaultZone(), signOut);
        Parent view = loader().register(LeakCheckView.class, () -> new LeakCheckView(viewModel, messages))
                .load(LeakCheckView.class).root();
        shell.addTab("leakTab", messages.get("shell.tab.leak"), "mdmz-security", view);
        disposers.add(viewModel::dispose);
    }

    private void installSdkTokens() {
        SdkTokensViewModel viewModel = new SdkTokensViewModel(session, scope, tasks, messages, dialogs, clipboard,
                signOut, concurrency);
        var loaded = loader().register(SdkTokensView.class, () -> new SdkTokensView(viewModel, messages))
                .register(SdkTokenDetailView.class, () -> new SdkTokenDetailView(viewModel, messages))
                .load(SdkTokensView.class);
        shell.addTab("sdkTab", messages.get("shell.tab.sdk"), "mdmz-phone_android", loaded.root());
        disposers.add(viewModel::dispose);
        concealers.add(viewModel::concealSecrets);
        viewModel.start();
    }

    private void installApiTokens() {
        ApiTokensViewModel viewModel = new ApiTokensViewModel(session, scope, tasks, messages, dialogs, clipboard,
                Clock.systemDefaultZone(), signOut);
        Parent view = loader().register(ApiTokensView.class, () -> new ApiTokensView(viewModel))
                .load(ApiTokensView.class).root();
        shell.addTab("apiTab", messages.get("shell.tab.api"), "mdal-api", view);
        disposers.add(viewModel::dispose);
        viewModel.start();
    }

    /** The Activity tab, for every role: what this app did, from the shared log, with new entries live. */
    void installActivity(BackgroundActivityLog log) {
        ActivityViewModel viewModel = new ActivityViewModel(log, tasks, messages, dialogs, session.activity(),
                Clock.systemDefaultZone());
        Parent view = loader().register(ActivityView.class, () -> new ActivityView(viewModel))
                .load(ActivityView.class).root();
        shell.addTab("activityTab", messages.get("shell.tab.activity"), "mdal-history", view);
        java.util.function.Consumer<com.edfapay.tokenmanager.desktop.activity.ActivityEntry> listener =
                viewModel::entryRecorded;
        log.addListener(listener);
        disposers.add(() -> log.removeListener(listener));
        viewModel.load();
    }

    /** How many requests the SDK tab's token checks send at once (Settings); applies to tabs built after. */
    void checkConcurrency(int value) {
        this.concurrency = value;
    }

    /** The lock: every tab hides what it shows of a secret (QR codes). */
    void concealSecrets() {
        concealers.forEach(Runnable::run);
    }

    /** Stops every tab's background work; called when the session ends. */
    void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
    }

    private ViewLoader loader() {
        return new ViewLoader(messages);
    }
}
