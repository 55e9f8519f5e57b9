package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.SdkToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import picocli.CommandLine.Option;

/** The SDK-token bulk commands: ids are user ids, the CSV column defaults to {@code userId}. */
abstract class SdkRows extends BulkCommand {

    @Option(names = "--reveal", descriptionKey = "option.reveal")
    boolean reveal;

    SdkRows(Run run) {
        super(run);
    }

    @Override
    String defaultColumn() {
        return "userId";
    }

    RowResult result(Session session, SdkToken token, RowResult.Outcome outcome) {
        if (token.hasToken()) {
            session.run().redactor().rememberToken(token.token());
        }
        return new RowResult(token.userId(), outcome, Views.sdkToken(JsonNodeFactory.instance.objectNode(), token,
                reveal), status(session.messages(), token.hasToken(), token.active()),
                reveal && token.hasToken() && token.token() != null ? token.token() : Views.masked(token), null);
    }
}
