package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.Secret;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Generates an API token and hands its secret over exactly once: to {@code --secret-file} (owner-only, nothing
 * secret printed) or to stdout (alone on a line with {@code --quiet}, in the {@code secret} field with
 * {@code --json}). Never to stderr, the log or the activity log. The secret is wiped from memory afterwards.
 */
final class SecretDelivery {

    private SecretDelivery() {
    }

    static int generateAndDeliver(Session session, NewApiToken request, @Nullable Path secretFile,
                                  @Nullable ApiToken replaces) {
        CliMessages messages = session.messages();
        // Prepared first: a folder that cannot take the file fails before a token exists.
        try (OwnerOnlyFiles.PendingSecretFile file = secretFile == null ? null
                : OwnerOnlyFiles.PendingSecretFile.prepare(secretFile, messages)) {
            ActivityAction action = replaces == null ? ActivityAction.GENERATE : ActivityAction.ROTATE;
            String detail = replaces == null ? "" : "replaces " + replaces.id();
            GeneratedApiToken generated;
            try {
                generated = session.api().generateApiToken(request);
            } catch (RuntimeException e) {
                session.record(action, request.name(), null, session.failure(e), detail);
                throw e;
            }
            session.record(action, generated.token().name(), generated.token().id(), null, detail);
            Secret secret = generated.secret();
            char[] chars = secret.toCharArray();
            try {
                session.run().redactor().remember(new String(chars));
                if (file != null) {
                    try {
                        file.commit(chars);
                    } catch (IOException e) {
                        throw new CliFailure(ExitCodes.FAILURE, "SECRET_FILE", messages.get("secretFile.lost",
                                generated.token().name(), generated.token().id(), file.target()));
                    }
                }
                print(session, generated.token(), file == null ? chars : null,
                        file == null ? null : file.target(), replaces);
                return ExitCodes.OK;
            } finally {
                Arrays.fill(chars, '\0');
                secret.wipe();
            }
        }
    }

    private static void print(Session session, ApiToken token, char @Nullable [] secret, @Nullable Path file,
                              @Nullable ApiToken replaces) {
        Output output = session.output();
        CliMessages messages = session.messages();
        if (output.json()) {
            ObjectNode doc = output.document(session.command(), true);
            Views.apiToken(doc.putObject("token"), token);
            doc.put("secret", secret == null ? null : new String(secret));
            doc.put("secretFile", file == null ? null : file.toString());
            doc.put("replaces", replaces == null ? null : replaces.id());
            output.writeJson(doc);
            return;
        }
        output.line(replaces == null
                ? messages.get("apiToken.generated", token.name(), token.id(), token.businessUnitId())
                : messages.get("apiToken.rotated", token.name(), token.id(), replaces.name(), replaces.id()));
        output.line(messages.get("apiToken.expires", token.expiresAt() == null ? messages.get("apiToken.never")
                : token.expiresAt().toString()));
        if (file != null) {
            output.line(messages.get("apiToken.secretWritten", file));
        } else if (secret != null) {
            output.line(messages.get("apiToken.secretOnce"));
            output.secretLine(secret);
        }
        if (replaces != null) {
            output.line(messages.get("apiToken.oldStillActive", replaces.id()));
        }
    }
}
