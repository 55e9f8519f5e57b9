package com.edfapay.tokenmanager.cli;

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

    /** Progress on stderr, drawn only when stderr is a terminal and output is not quiet. */
    Progress progress(String label, int total) {
        return new Progress(context.err(), context.stderrIsTerminal() && !options.quiet && total > 1, label, total);
    }
}
