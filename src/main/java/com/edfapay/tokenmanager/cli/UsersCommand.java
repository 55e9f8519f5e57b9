package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code users list [--merchant ID] [--type TYPE] [--search TEXT] [--limit N]}: users and terminals in scope. */
@Command(name = "users", subcommands = UsersCommand.ListUsers.class)
final class UsersCommand extends GroupCommand {

    /** The user types EdfaPay defines (the client's SELF and UNKNOWN are not criteria). */
    static final List<UserType> CRITERIA = List.of(UserType.SUPER_ADMIN, UserType.PARTNER, UserType.MERCHANT,
            UserType.BRANCH, UserType.TERMINAL, UserType.SDK_USER, UserType.USER);

    @Command(name = "list")
    static final class ListUsers extends ConnectedCommand {

        @Option(names = "--merchant", paramLabel = "ID", descriptionKey = "option.usersMerchant")
        @Nullable String merchant;

        @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.type")
        @Nullable String type;

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "option.search")
        @Nullable String search;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "200", descriptionKey = "option.limit")
        int limit;

        private @Nullable UserType userType;

        ListUsers(Run run) {
            super(run);
        }

        @Override
        void validate() {
            if (type != null) {
                UserType parsed = UserType.parse(type);
                if (parsed == null || !CRITERIA.contains(parsed)) {
                    throw CliFailure.usage(run.messages().get("usage.badType", type, String.join(", ",
                            CRITERIA.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList())));
                }
                userType = parsed;
            }
        }

        @Override
        int execute(Session session) {
            Paging.Result<UserSummary> result = Paging.read(limit, page -> session.api().searchUsers(
                    UserQuery.all(page).withText(search).withBusinessUnitId(merchant).withUserType(userType)));
            Output output = session.output();
            CliMessages messages = session.messages();
            if (output.json()) {
                ObjectNode doc = output.document(session.command(), true);
                ArrayNode items = doc.putArray("items");
                result.items().forEach(u -> Views.user(items.addObject(), u));
                doc.put("totalElements", result.totalElements());
                doc.put("truncated", result.truncated());
                output.writeJson(doc);
                return ExitCodes.OK;
            }
            Table table = new Table(messages.get("column.id"), messages.get("column.name"),
                    messages.get("column.type"), messages.get("column.businessUnit"), messages.get("column.status"));
            for (UserSummary u : result.items()) {
                table.row(u.id(), u.displayName(), Views.name(u.userType()), u.businessUnitName(),
                        u.active() == null ? "" : messages.get(u.active() ? "status.active" : "status.disabled"));
            }
            output.table(table);
            output.line(messages.get(result.truncated() ? "summary.truncated" : "summary.listed",
                    result.items().size(), result.totalElements()));
            return ExitCodes.OK;
        }
    }
}
