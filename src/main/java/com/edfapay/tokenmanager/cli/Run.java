package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import org.jspecify.annotations.Nullable;

/** The state of one invocation: its surroundings, the parsed global options, its language and known secrets. */
final class Run {

    private final CliContext context;
    private final GlobalOptions options = new GlobalOptions();
    private final CliMessages messages;
    private final Redactor redactor = new Redactor();

    Run(CliContext context, CliMessages messages) {
        this.context = context;
        this.messages = messages;
    }

    CliContext context() {
        return context;
    }

    GlobalOptions options() {
        return options;
    }

    CliMessages messages() {
        return messages;
    }

    Redactor redactor() {
        return redactor;
    }

    Output output() {
        return new Output(context.out(), options.json, options.quiet);
    }

    Connector connector() {
        return new Connector(context, options, messages, redactor);
    }

    /**
     * Appends to the activity log shared with the window. The detail starts with {@code edfapay-tokens <command>},
     * which marks the entry as the command line's; texts pass the redactor (and the entry's own token filter).
     */
    void record(Connection connection, @Nullable Identity identity, String command, ActivityAction action,
                @Nullable String targetName, @Nullable String targetId, @Nullable Failure failure, String detail) {
        ActivityOutcome outcome = failure == null ? ActivityOutcome.SUCCEEDED
                : failure.exitCode() == ExitCodes.NOT_FOUND_OR_FORBIDDEN ? ActivityOutcome.DENIED
                : ActivityOutcome.FAILED;
        String text = "edfapay-tokens " + command + (detail.isEmpty() ? "" : ": " + detail)
                + (failure == null ? "" : " (" + failure.type() + ")");
        context.activity().record(ActivityEntry.of(context.clock().instant(), action)
                .profile(connection.profileLabel(), connection.environment().name(),
                        identity == null || identity.userType() == null ? "" : identity.userType().name())
                .target(targetName == null ? null : redactor.apply(targetName), targetId)
                .detail(redactor.apply(text))
                .outcome(outcome));
    }

    /** Progress on stderr, drawn only when stderr is a terminal and output is not quiet. */
    Progress progress(String label, int total) {
        return new Progress(context.err(), context.stderrIsTerminal() && !options.quiet && total > 1, label, total);
    }
}
