package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.Secret;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import javafx.beans.value.ObservableBooleanValue;
import org.jspecify.annotations.Nullable;

/**
 * Generate and Rotate: the form, the call, and the one dialog that ever shows the new secret. Rotating is
 * generating a successor that the server links to the old token; the old one stays active until disabled.
 */
final class ApiTokenGeneration {

    static final String NAME_TAKEN = "API_TOKEN_NAME_TAKEN";

    private final ApiTokenServices services;
    private final Messages messages;
    private final ApiTokenList list;
    private final ApiTokenMerchants merchants;
    private final ApiTokenProgress progress;
    private final ClipboardGuard clipboard;
    private final ObservableBooleanValue canGenerate;
    private final ObservableBooleanValue canRotate;

    ApiTokenGeneration(ApiTokenServices services, ApiTokenList list, ApiTokenMerchants merchants,
                       ApiTokenProgress progress, ClipboardGuard clipboard,
                       ObservableBooleanValue canGenerate, ObservableBooleanValue canRotate) {
        this.services = services;
        this.messages = services.messages();
        this.list = list;
        this.merchants = merchants;
        this.progress = progress;
        this.clipboard = clipboard;
        this.canGenerate = canGenerate;
        this.canRotate = canRotate;
    }

    void generate() {
        String target = merchants.generationTarget();
        if (!canGenerate.get() || target == null) {
            return;
        }
        GenerateTokenViewModel form = new GenerateTokenViewModel(messages, messages.get("api.generate.title"),
                messages.get("api.generate.header", merchants.name(target)), messages.get("api.generate.confirm"),
                list.namesIn(target));
        askAndGenerate(form, target, null);
    }

    /** Proposes a dated name and the old token's lifetime, so a routine rotation is two clicks. */
    void rotateSelected() {
        ApiTokenRow row = list.selectedProperty().get();
        if (row == null || !canRotate.get()) {
            return;
        }
        ApiToken old = row.token();
        // a token listed without its merchant is rotated into the merchant the tab is on
        String unit = row.businessUnitId() != null ? row.businessUnitId() : merchants.generationTarget();
        if (unit == null) {
            return;
        }
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(services.texts().today());
        GenerateTokenViewModel form = new GenerateTokenViewModel(messages, messages.get("api.rotate.title"),
                messages.get("api.rotate.header", old.name()), messages.get("api.rotate.confirm"),
                list.namesIn(unit));
        form.nameProperty().set(form.uniqueName(truncate(messages.get("api.rotate.name", old.name(), date))));
        form.expiryProperty().set(GenerateTokenViewModel.Expiry.closestTo(old.createdAt(), old.expiresAt()));
        askAndGenerate(form, unit, row);
    }

    private static String truncate(String name) {
        return name.length() <= GenerateTokenViewModel.MAX_NAME ? name
                : name.substring(0, GenerateTokenViewModel.MAX_NAME).trim();
    }

    private void askAndGenerate(GenerateTokenViewModel form, String target, @Nullable ApiTokenRow replaces) {
        if (!services.dialogs().askForm(form) || !form.validProperty().get()) {
            return;
        }
        String name = form.trimmedName();
        NewApiToken request = new NewApiToken(target, name,
                form.expiryProperty().get().expiresAt(services.texts().clock()),
                replaces == null ? null : replaces.id());
        progress.begin(messages.get("api.status.generating", name));
        ActivityAction recorded = replaces == null ? ActivityAction.GENERATE : ActivityAction.ROTATE;
        services.tasks().run(() -> services.api().generateApiToken(request),
                generated -> {
                    services.session().activity().succeeded(recorded, generated.token().name(),
                            generated.token().id(), replaces == null ? "" : "replaces " + replaces.id());
                    generated(generated, replaces);
                }, failure -> {
                    services.session().activity().failed(recorded, name, replaces == null ? "" : replaces.id(),
                            failure);
                    progress.finished();
                    if (isNameTaken(failure)) {
                        // The server knows a name the list did not: reopen the form with that name marked.
                        form.markTaken(name);
                        progress.show(StatusKind.ERROR, messages.get("api.form.problem.nameTaken", name));
                        askAndGenerate(form, target, replaces);
                    } else if (answerLost(failure)) {
                        // The token may exist without us having seen its secret: never retry, look at the list.
                        reconcile(name, failure);
                    } else {
                        progress.fail(failure, null);
                    }
                });
    }

    /** Issue 10, defect 6: failures after which the server may have created the token. */
    private static boolean answerLost(Throwable failure) {
        return failure instanceof EdfaPayException.Timeout || failure instanceof EdfaPayException.NetworkFailure
                || failure instanceof EdfaPayException.ServerError
                || failure instanceof EdfaPayException.MalformedResponse;
    }

    /**
     * Reads the list again and says what it shows: the token is there (created, its secret lost: select it so it
     * can be disabled), or it is not (not created). When the list cannot be read either, the outcome stays unknown.
     */
    private void reconcile(String name, Throwable failure) {
        String said = services.errors().describe(failure);
        java.util.Set<String> before = new java.util.HashSet<>();
        list.rows().forEach(r -> before.add(r.id()));
        progress.begin(messages.get("api.generate.checking", name));
        services.tasks().run(() -> services.api().listApiTokens(merchants.listScope()), tokens -> {
            progress.finished();
            list.showAll(tokens);
            ApiTokenRow created = list.rows().stream()
                    .filter(r -> !before.contains(r.id()) && r.token().name().equals(name))
                    .findFirst().orElse(null);
            if (created != null) {
                list.selectedProperty().set(created);
                progress.show(StatusKind.ERROR, messages.get("api.generate.createdSecretLost", name, said));
            } else {
                progress.show(StatusKind.ERROR, messages.get("api.generate.notCreated", name, said));
            }
        }, listFailure -> {
            progress.finished();
            progress.fail(failure, null);
            progress.show(StatusKind.ERROR, messages.get("api.generate.unknownOutcome", said));
        });
    }

    private static boolean isNameTaken(Throwable failure) {
        return failure instanceof EdfaPayException.Rejected rejected && NAME_TAKEN.equals(rejected.errorCode());
    }

    private void generated(GeneratedApiToken generated, @Nullable ApiTokenRow replaces) {
        progress.finished();
        ApiTokenRow row = list.rowFor(generated.token());
        list.addFirst(row);
        if (replaces != null) {
            ApiToken old = replaces.token();
            // The server records the replacement on the old token; mirror exactly that, without a reload.
            replaces.update(new ApiToken(old.id(), old.name(), old.prefix(), old.last4(), old.active(),
                    old.createdAt(), old.createdBy(), old.lastUsedAt(), old.expiresAt(), old.businessUnitId(),
                    old.disabledReason(), generated.token().id()));
        }
        list.changed();
        list.selectedProperty().set(row);
        progress.show(StatusKind.SUCCESS, replaces == null
                ? messages.get("api.status.generated", row.token().name())
                : messages.get("api.status.rotated", row.token().name(), replaces.token().name()));
        showOnce(generated);
    }

    /** The secret exists only in this answer: show it once, then wipe it whatever the dialog did. */
    private void showOnce(GeneratedApiToken generated) {
        Secret secret = generated.secret();
        try {
            services.dialogs().showSecretOnce(new DialogService.SecretOnce(messages.get("api.once.title"),
                    messages.get("api.once.header", generated.token().name()),
                    messages.get("api.once.detail"), secret,
                    () -> copy(secret, generated.token().name(), generated.token().id())));
        } finally {
            secret.wipe();
        }
    }

    private String copy(Secret secret, String tokenName, String tokenId) {
        Duration stays = clipboard.copySecret(secret.reveal());
        services.session().activity().succeeded(ActivityAction.COPY, tokenName, tokenId);
        return messages.get("secret.copied", stays.toSeconds());
    }
}
