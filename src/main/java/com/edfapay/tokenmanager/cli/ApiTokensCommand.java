package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code api-tokens list|generate|disable|enable|rotate}: the server-to-server {@code X-API-KEY} tokens. */
@Command(name = "api-tokens", subcommands = {ApiTokensCommand.ListTokens.class, ApiTokenGenerateCommand.class,
        ApiTokensCommand.Disable.class, ApiTokensCommand.Enable.class, ApiTokenRotateCommand.class})
final class ApiTokensCommand extends GroupCommand {

    @Command(name = "list")
    static final class ListTokens extends ConnectedCommand {

        @Option(names = "--merchant", paramLabel = "ID", descriptionKey = "option.merchant")
        @Nullable String merchant;

        ListTokens(Run run) {
            super(run);
        }

        @Override
        int execute(Session session) {
            List<ApiToken> tokens = session.api().listApiTokens(merchant);
            Output output = session.output();
            CliMessages messages = session.messages();
            if (output.json()) {
                ObjectNode doc = output.document(session.command(), true);
                ArrayNode items = doc.putArray("items");
                tokens.forEach(t -> Views.apiToken(items.addObject(), t));
                doc.put("totalElements", tokens.size());
                output.writeJson(doc);
                return ExitCodes.OK;
            }
            Table table = new Table(messages.get("column.id"), messages.get("column.name"),
                    messages.get("column.token"), messages.get("column.status"), messages.get("column.merchant"),
                    messages.get("column.createdAt"), messages.get("column.lastUsedAt"),
                    messages.get("column.expiresAt"), messages.get("column.replacedBy"));
            for (ApiToken t : tokens) {
                table.row(t.id(), t.name(), Views.masked(t), BulkCommand.status(messages, true, t.active()),
                        t.businessUnitId(), Views.time(t.createdAt()), Views.time(t.lastUsedAt()),
                        Views.time(t.expiresAt()), t.replacedById());
            }
            output.table(table);
            output.line(messages.get("summary.listed", tokens.size()));
            return ExitCodes.OK;
        }
    }

    /**
     * Enable and disable send an explicit target state; a token already in that state is not touched at all (its
     * disable reason stays as it was).
     */
    abstract static class StatusRows extends BulkCommand {

        private final boolean target;
        private Map<String, ApiToken> byId = Map.of();

        StatusRows(Run run, boolean target) {
            super(run);
            this.target = target;
        }

        @Nullable String reason() {
            return null;
        }

        @Override
        String defaultColumn() {
            return "id";
        }

        @Override
        String progressLabel() {
            return run.messages().get(target ? "progress.enabling" : "progress.disabling");
        }

        @Override
        ActivityAction activityAction() {
            return target ? ActivityAction.ENABLE : ActivityAction.DISABLE;
        }

        @Override
        void prepare(Session session) {
            byId = session.api().listApiTokens(null).stream()
                    .collect(Collectors.toMap(ApiToken::id, Function.identity(), (a, b) -> a));
        }

        @Override
        RowResult row(Session session, String id) {
            ApiToken now = byId.get(id);
            if (now == null) {
                throw new CliFailure(ExitCodes.NOT_FOUND_OR_FORBIDDEN, "NOT_FOUND",
                        session.messages().get("apiToken.notFound", id));
            }
            if (now.active() == target) {
                return result(session, now, RowResult.Outcome.ALREADY_IN_STATE);
            }
            if (dryRun) {
                return result(session, now, RowResult.Outcome.WOULD_CHANGE);
            }
            return result(session, session.api().setApiTokenActive(id, target, reason()), RowResult.Outcome.CHANGED);
        }

        private static RowResult result(Session session, ApiToken token, RowResult.Outcome outcome) {
            return new RowResult(token.id(), outcome, Views.apiToken(JsonNodeFactory.instance.objectNode(), token),
                    BulkCommand.status(session.messages(), true, token.active()), Views.masked(token), null);
        }
    }

    @Command(name = "disable")
    static final class Disable extends StatusRows {

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "option.reason")
        @Nullable String reason;

        Disable(Run run) {
            super(run, false);
        }

        @Override
        @Nullable String reason() {
            return reason;
        }
    }

    @Command(name = "enable")
    static final class Enable extends StatusRows {
        Enable(Run run) {
            super(run, true);
        }
    }
}
