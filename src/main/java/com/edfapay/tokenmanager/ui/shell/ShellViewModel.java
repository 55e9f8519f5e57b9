package com.edfapay.tokenmanager.ui.shell;

import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.RoleAccess;
import com.edfapay.tokenmanager.ui.session.Session;

/** The signed-in frame: who you are, where you are connected, and which tabs your role may use. */
public final class ShellViewModel {

    private final Session session;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Runnable onSignOut;
    private final WindowActions windowActions;

    /** What the top bar offers besides signing out: Lock now, Settings, About. */
    public record WindowActions(Runnable lockNow, Runnable openSettings, Runnable openAbout) {
        public static final WindowActions NONE = new WindowActions(() -> { }, () -> { }, () -> { });
    }

    public ShellViewModel(Session session, Messages messages, TaskRunner tasks, Runnable onSignOut) {
        this(session, messages, tasks, onSignOut, WindowActions.NONE);
    }

    public ShellViewModel(Session session, Messages messages, TaskRunner tasks, Runnable onSignOut,
                          WindowActions windowActions) {
        this.windowActions = windowActions;
        this.session = session;
        this.messages = messages;
        this.tasks = tasks;
        this.onSignOut = onSignOut;
    }

    public Session session() {
        return session;
    }

    public Environment.Kind environmentKind() {
        return session.environment().kind();
    }

    public String badgeText() {
        return messages.get("badge." + environmentKind().name());
    }

    public String badgeTooltip() {
        return messages.get("shell.badge.tooltip", messages.get("environment." + session.environment().name()));
    }

    public String roleText() {
        return RoleAccess.typeLabel(messages, session.identity().userType());
    }

    public String businessUnitText() {
        Identity identity = session.identity();
        return identity.businessUnitName() == null ? "" : identity.businessUnitName();
    }

    public String profileText() {
        return session.profileName();
    }

    public String connectionText() {
        return messages.get("shell.status.connected", session.baseUrl());
    }

    public boolean showsApiTokens() {
        return RoleAccess.seesApiTokens(session.identity().userType());
    }

    public boolean showsSdkTokens() {
        return RoleAccess.seesSdkTokens(session.identity().userType());
    }

    public void lockNow() {
        windowActions.lockNow().run();
    }

    public void openSettings() {
        windowActions.openSettings().run();
    }

    public void openAbout() {
        windowActions.openAbout().run();
    }

    /** Ends the session; whoever ends it, the composition root closes the client and drops its key. */
    public void signOut() {
        onSignOut.run();
    }
}
