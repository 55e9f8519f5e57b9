package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import org.jspecify.annotations.Nullable;

/** A connected command's view of its run: the client, who the key belongs to, and where to write. */
final class Session {

    private final Run run;
    private final Connection connection;
    private final Identity identity;
    private final String command;
    private final Output output;

    Session(Run run, Connection connection, Identity identity, String command) {
        this.run = run;
        this.connection = connection;
        this.identity = identity;
        this.command = command;
        this.output = run.output();
    }

    EdfaPayApi api() {
        return connection.api();
    }

    Identity identity() {
        return identity;
    }

    Connection connection() {
        return connection;
    }

    Run run() {
        return run;
    }

    CliMessages messages() {
        return run.messages();
    }

    Output output() {
        return output;
    }

    /** {@code "sdk disable"}: the command's name below {@code edfapay-tokens}, as the JSON {@code command}. */
    String command() {
        return command;
    }

    void record(ActivityAction action, @Nullable String targetName, @Nullable String targetId,
                @Nullable Failure failure, String detail) {
        run.record(connection, identity, command, action, targetName, targetId, failure, detail);
    }

    Failure failure(Throwable error) {
        return Failure.of(error, run.messages(), run.redactor());
    }
}
