package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SecretMask;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.session.RoleAccess;
import com.edfapay.tokenmanager.ui.session.Session;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the tab offers when the server has no API-token endpoints: where tokens are managed instead, and the one
 * key the app does know, the connection's own (test it, replace it, forget it).
 */
final class ConnectionKeyFallback {

    private final ApiTokenServices services;
    private final Messages messages;
    private final ReadOnlyStringWrapper keyTestResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> keyTestKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);

    ConnectionKeyFallback(ApiTokenServices services) {
        this.services = services;
        this.messages = services.messages();
    }

    /** The key masked to its prefix and last four characters; never more of it. */
    String ownKeyText() {
        Session.KeyFingerprint key = services.session().key();
        if (key == null || key.last4().isEmpty()) {
            return messages.get("api.key.unknown");
        }
        return key.prefix().isEmpty() ? SecretMask.maskLast4(key.last4())
                : key.prefix() + "\u2022\u2022\u2022\u2022" + key.last4();
    }

    String dashboardUrl() {
        String known = services.session().environment().dashboardUrl();
        return known != null ? known : ApiTokensViewModel.FALLBACK_DASHBOARD;
    }

    String dashboardNote() {
        return services.session().environment().dashboardUrl() != null
                ? messages.get("api.notOffered.dashboard", dashboardUrl())
                : messages.get("api.notOffered.dashboardFallback", dashboardUrl());
    }

    String connectionText() {
        Session session = services.session();
        return messages.get("api.key.connection", session.profileName() == null ? "" : session.profileName(),
                session.baseUrl() == null ? "" : session.baseUrl());
    }

    void openDashboard() {
        services.dialogs().openInBrowser(dashboardUrl());
    }

    void testKey() {
        keyTestKind.set(StatusKind.PROGRESS);
        keyTestResult.set(messages.get("api.key.testing"));
        services.tasks().run(services.api()::whoAmI, identity -> {
            keyTestKind.set(StatusKind.SUCCESS);
            String unit = identity.businessUnitName() == null ? "" : identity.businessUnitName();
            keyTestResult.set(messages.get("api.key.works",
                    RoleAccess.typeLabel(messages, identity.userType()), unit));
        }, failure -> {
            keyTestKind.set(StatusKind.ERROR);
            keyTestResult.set(services.errors().describe(failure));
        });
    }

    /** A new key is entered on the Connect screen, so replacing means signing out first. */
    void replaceKey() {
        services.dialogs().notify(messages.get("api.key.replace.notice"));
        services.signOut().run();
    }

    void forgetKey() {
        DialogService dialogs = services.dialogs();
        if (dialogs.confirm(new DialogService.Confirmation(messages.get("api.key.forget.title"),
                messages.get("api.key.forget.header"), messages.get("api.key.forget.detail"),
                messages.get("api.key.forget.confirm"), true))) {
            dialogs.notify(messages.get("api.key.forget.notice"));
            services.session().end().forgetKeyAndSignOut();
        }
    }

    ReadOnlyStringProperty keyTestResultProperty() { return keyTestResult.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<StatusKind> keyTestKindProperty() { return keyTestKind.getReadOnlyProperty(); }
}
