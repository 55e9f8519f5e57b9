package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.Identity;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;

/** {@code whoami}: whose key this is, its role and business unit, and which server and environment it reaches. */
@Command(name = "whoami")
final class WhoAmICommand extends ConnectedCommand {

    WhoAmICommand(Run run) {
        super(run);
    }

    @Override
    int execute(Session session) {
        Identity me = session.identity();
        Connection connection = session.connection();
        Output output = session.output();
        CliMessages messages = session.messages();
        if (output.json()) {
            ObjectNode doc = output.document(session.command(), true);
            Views.identity(doc.putObject("identity"), me);
            ObjectNode server = doc.putObject("connection");
            server.put("baseUrl", connection.baseUrl());
            server.put("environment", connection.environment().name());
            server.put("profile", connection.profileLabel());
            output.writeJson(doc);
            return ExitCodes.OK;
        }
        Table table = new Table(messages.get("column.field"), messages.get("column.value"));
        table.row(messages.get("whoami.role"), Views.name(me.userType()));
        table.row(messages.get("whoami.userId"), me.userId());
        table.row(messages.get("whoami.businessUnit"), me.businessUnitName() == null ? me.businessUnitId()
                : me.businessUnitName() + " (" + me.businessUnitId() + ")");
        table.row(messages.get("whoami.partner"), me.partnerId());
        table.row(messages.get("whoami.server"), connection.baseUrl());
        table.row(messages.get("whoami.environment"), messages.get("environment." + connection.environment().name()));
        table.row(messages.get("whoami.profile"), connection.profileLabel());
        output.table(table);
        if (me.fromProbe()) {
            output.line(messages.get("whoami.probed"));
        }
        return ExitCodes.OK;
    }
}
