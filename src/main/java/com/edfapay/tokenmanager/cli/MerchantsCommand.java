package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchants list [--search TEXT] [--limit N]}: the merchants this key may see. */
@Command(name = "merchants", subcommands = MerchantsCommand.ListMerchants.class)
final class MerchantsCommand extends GroupCommand {

    @Command(name = "list")
    static final class ListMerchants extends ConnectedCommand {

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "option.search")
        @Nullable String search;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "200", descriptionKey = "option.limit")
        int limit;

        ListMerchants(Run run) {
            super(run);
        }

        @Override
        int execute(Session session) {
            Paging.Result<MerchantSummary> result = Paging.read(limit, page -> session.api().searchMerchants(
                    MerchantQuery.all(page).withText(search)));
            Output output = session.output();
            CliMessages messages = session.messages();
            if (output.json()) {
                ObjectNode doc = output.document(session.command(), true);
                ArrayNode items = doc.putArray("items");
                result.items().forEach(m -> Views.merchant(items.addObject(), m));
                doc.put("totalElements", result.totalElements());
                doc.put("truncated", result.truncated());
                output.writeJson(doc);
                return ExitCodes.OK;
            }
            Table table = new Table(messages.get("column.id"), messages.get("column.name"),
                    messages.get("column.email"), messages.get("column.status"));
            for (MerchantSummary m : result.items()) {
                table.row(m.id(), m.name(), m.emailAddress(), m.active() == null ? "" : messages.get(
                        m.active() ? "status.active" : "status.disabled"));
            }
            output.table(table);
            output.line(messages.get(result.truncated() ? "summary.truncated" : "summary.listed",
                    result.items().size(), result.totalElements()));
            return ExitCodes.OK;
        }
    }
}
