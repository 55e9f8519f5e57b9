package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.UserType;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code api-tokens generate --name NAME [--merchant ID] [--expires-in 90d] [--secret-file PATH]}. */
@Command(name = "generate")
final class ApiTokenGenerateCommand extends ConnectedCommand {

    @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "option.name")
    String name = "";

    @Option(names = "--merchant", paramLabel = "ID", descriptionKey = "option.generateMerchant")
    @Nullable String merchant;

    @Option(names = "--expires-in", paramLabel = "DURATION", descriptionKey = "option.expiresIn")
    @Nullable String expiresIn;

    @Option(names = "--expires-at", paramLabel = "DATE", descriptionKey = "option.expiresAt")
    @Nullable String expiresAt;

    @Option(names = "--secret-file", paramLabel = "PATH", descriptionKey = "option.secretFile")
    @Nullable Path secretFile;

    ApiTokenGenerateCommand(Run run) {
        super(run);
    }

    @Override
    void validate() {
        if (name.isBlank()) {
            throw CliFailure.usage(run.messages().get("usage.blankName"));
        }
        Expiry.resolve(expiresIn, expiresAt, run.context().clock(), run.messages());
    }

    @Override
    int execute(Session session) {
        String target = merchant;
        if (target == null || target.isBlank()) {
            if (session.identity().userType() != UserType.MERCHANT || session.identity().businessUnitId() == null) {
                throw CliFailure.usage(session.messages().get("usage.merchantRequired"));
            }
            target = session.identity().businessUnitId();
        }
        NewApiToken request = new NewApiToken(target, name.strip(),
                Expiry.resolve(expiresIn, expiresAt, run.context().clock(), run.messages()), null);
        return SecretDelivery.generateAndDeliver(session, request, secretFile, null);
    }
}
