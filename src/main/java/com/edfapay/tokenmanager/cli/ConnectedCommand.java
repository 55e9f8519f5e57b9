package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that talks to a server: opens the connection, asks who the key belongs to (which also proves the key
 * works before any change is attempted), runs, and closes the connection whatever happened. Failures propagate to
 * {@link Cli}'s handler, which words them and picks the exit code.
 */
abstract class ConnectedCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    CommandSpec spec;

    final Run run;

    ConnectedCommand(Run run) {
        this.run = run;
    }

    @Override
    public final Integer call() {
        validate();
        String command = commandName(spec);
        try (Connection connection = run.connector().open()) {
            Identity identity;
            try {
                identity = connection.api().whoAmI();
            } catch (RuntimeException e) {
                run.record(connection, null, command, ActivityAction.SIGN_IN, null, null,
                        Failure.of(e, run.messages(), run.redactor()), "");
                throw e;
            }
            run.record(connection, identity, command, ActivityAction.SIGN_IN, identity.businessUnitName(),
                    identity.businessUnitId(), null, "");
            return execute(new Session(run, connection, identity, command));
        }
    }

    /** Checks options that need no server; throws {@link CliFailure#usage}. */
    void validate() {
    }

    abstract int execute(Session session);

    static String commandName(CommandSpec spec) {
        String qualified = spec.qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? qualified : qualified.substring(space + 1);
    }
}
