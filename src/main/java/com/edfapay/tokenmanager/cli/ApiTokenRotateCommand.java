package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code api-tokens rotate TOKEN_ID}: generates a successor that the server links to the old token (same merchant,
 * by default the same lifetime and a dated name). The old token stays active so the deployment can switch over;
 * retire it afterwards with {@code api-tokens disable}.
 */
@Command(name = "rotate")
final class ApiTokenRotateCommand extends ConnectedCommand {

    static final int MAX_NAME = 64;

    @Parameters(index = "0", paramLabel = "TOKEN_ID", descriptionKey = "param.tokenId")
    String tokenId = "";

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "option.rotateName")
    @Nullable String name;

    @Option(names = "--expires-in", paramLabel = "DURATION", descriptionKey = "option.expiresIn")
    @Nullable String expiresIn;

    @Option(names = "--expires-at", paramLabel = "DATE", descriptionKey = "option.expiresAt")
    @Nullable String expiresAt;

    @Option(names = "--secret-file", paramLabel = "PATH", descriptionKey = "option.secretFile")
    @Nullable Path secretFile;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    ApiTokenRotateCommand(Run run) {
        super(run);
    }

    @Override
    void validate() {
        Expiry.resolve(expiresIn, expiresAt, run.context().clock(), run.messages());
    }

    @Override
    int execute(Session session) {
        CliMessages messages = session.messages();
        ApiToken old = session.api().listApiTokens(null).stream().filter(t -> t.id().equals(tokenId.strip()))
                .findFirst().orElseThrow(() -> new CliFailure(ExitCodes.NOT_FOUND_OR_FORBIDDEN, "NOT_FOUND",
                        messages.get("apiToken.notFound", tokenId)));
        Instant now = run.context().clock().instant();
        Instant expiry = expiresIn != null || expiresAt != null
                ? Expiry.resolve(expiresIn, expiresAt, run.context().clock(), messages)
                : sameLifetime(old, now);
        String newName = name != null && !name.isBlank() ? name.strip() : rotatedName(old, now, messages);
        // A token without a business unit cannot have a successor; the client refuses it as invalid input.
        NewApiToken request = new NewApiToken(Objects.requireNonNullElse(old.businessUnitId(), ""), newName, expiry,
                old.id());
        if (dryRun) {
            return plan(session, request, old);
        }
        return SecretDelivery.generateAndDeliver(session, request, secretFile, old);
    }

    /** The old token's lifetime from now; none when the old one never expires (or its dates are unknown). */
    static @Nullable Instant sameLifetime(ApiToken old, Instant now) {
        if (old.expiresAt() == null || old.createdAt() == null || !old.expiresAt().isAfter(old.createdAt())) {
            return null;
        }
        return now.plus(Duration.between(old.createdAt(), old.expiresAt()));
    }

    static String rotatedName(ApiToken old, Instant now, CliMessages messages) {
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(now.atZone(ZoneOffset.UTC));
        String full = messages.get("apiToken.rotatedName", old.name(), date);
        return full.length() <= MAX_NAME ? full : full.substring(0, MAX_NAME).strip();
    }

    private static int plan(Session session, NewApiToken request, ApiToken old) {
        Output output = session.output();
        CliMessages messages = session.messages();
        if (output.json()) {
            ObjectNode doc = output.document(session.command(), true);
            doc.put("dryRun", true);
            ObjectNode plan = doc.putObject("plan");
            plan.put("name", request.name());
            plan.put("businessUnitId", request.businessUnitId());
            plan.put("expiresAt", Views.time(request.expiresAt()));
            plan.put("replaces", old.id());
            output.writeJson(doc);
        } else {
            output.line(messages.get("apiToken.rotatePlan", old.name(), old.id(), request.name(),
                    request.expiresAt() == null ? messages.get("apiToken.never") : request.expiresAt().toString()));
        }
        return ExitCodes.OK;
    }
}
