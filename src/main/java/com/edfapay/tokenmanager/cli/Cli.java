package com.edfapay.tokenmanager.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds and runs the {@code edfapay-tokens} command line over a {@link CliContext}. */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs one command and returns its exit code ({@link ExitCodes}); never calls {@code System.exit}. */
    public static int run(CliContext context, String... args) {
        CliMessages messages = CliMessages.forLocale(KeyArguments.language(args, Locale.getDefault()));
        Optional<String> refused = KeyArguments.refusal(args, context.env(), messages)
                .or(() -> KeyArguments.badPersona(args, messages));
        if (refused.isPresent()) {
            context.err().println(messages.get("error.prefix", refused.get()));
            context.err().flush();
            LOG.warn("Command line refused before parsing (a key given as an argument, or an unknown persona)");
            return ExitCodes.USAGE;
        }
        Run run = new Run(context, messages);
        CommandLine commandLine = new CommandLine(new RootCommand(run), new Factory(run));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setResourceBundle(messages.helpBundle());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> report(run, cmd, error));
        commandLine.setParameterExceptionHandler((error, given) -> usage(run, error, given));
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    private static int report(Run run, CommandLine command, Exception error) {
        Failure failure = Failure.of(error, run.messages(), run.redactor());
        if (failure.exitCode() == ExitCodes.FAILURE && !(error instanceof CliFailure)) {
            LOG.error("edfapay-tokens failed unexpectedly ({})", failure.type(), error);
        } else {
            LOG.info("edfapay-tokens: {} ended with {} (exit {})",
                    ConnectedCommand.commandName(command.getCommandSpec()), failure.type(), failure.exitCode());
        }
        run.context().err().println(run.messages().get("error.prefix", failure.message()));
        run.context().err().flush();
        Output output = run.output();
        if (output.json()) {
            var doc = output.document(ConnectedCommand.commandName(command.getCommandSpec()), false);
            Views.error(doc.putObject("error"), failure);
            output.writeJson(doc);
        }
        return failure.exitCode();
    }

    /**
     * picocli's own parse errors (unknown option, missing argument or subcommand): a sentence of the run's language
     * ({@link ParseErrorWording}) and the usage help on stderr.
     */
    private static int usage(Run run, CommandLine.ParameterException error, String[] given) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = run.context().err();
        String message = run.redactor().apply(new ParseErrorWording(run.messages()).describe(error));
        LOG.info("edfapay-tokens: the command line could not be parsed ({})", error.getClass().getSimpleName());
        err.println(run.messages().get("error.prefix", message));
        command.usage(err);
        err.flush();
        if (Arrays.asList(given).contains("--json")) {
            Output output = new Output(run.context().out(), true, false);
            var doc = output.document(ConnectedCommand.commandName(command.getCommandSpec()), false);
            Views.error(doc.putObject("error"), new Failure("USAGE", ExitCodes.USAGE, message, null, null));
            output.writeJson(doc);
        }
        return ExitCodes.USAGE;
    }

    /** Creates commands with their {@link Run}; everything else (picocli's own classes) the default way. */
    private static final class Factory implements CommandLine.IFactory {
        private final Run run;

        Factory(Run run) {
            this.run = run;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == Run.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(run));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
