package com.edfapay.tokenmanager.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Words picocli's own parse errors (unknown option, missing parameter or subcommand, a value of the wrong type) from
 * the command line's bundle in the run's language, instead of picocli's built-in English. picocli reports them as
 * {@link ParameterException} subclasses that carry what went wrong (the unmatched arguments, the missing
 * options), so each is one sentence of {@code parse.*} naming the options and arguments as typed.
 */
final class ParseErrorWording {

    private final CliMessages messages;

    ParseErrorWording(CliMessages messages) {
        this.messages = messages;
    }

    String describe(ParameterException error) {
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (error instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            if (specs == null || specs.isEmpty()) {
                return missingSubcommandOr(error);
            }
            return messages.get(specs.size() == 1 ? "parse.missingOne" : "parse.missingMany",
                    specs.stream().map(ParseErrorWording::label).collect(Collectors.joining(", ")));
        }
        if (error instanceof CommandLine.OverwrittenOptionException overwritten) {
            return messages.get("parse.twice", label(overwritten.getOverwritten()));
        }
        if (error instanceof CommandLine.MaxValuesExceededException) {
            return messages.get("parse.tooMany", commandName(error));
        }
        ArgSpec spec = error.getArgSpec();
        String value = error.getValue();
        if (spec != null && value != null) {
            return messages.get("parse.badValue", value, label(spec));
        }
        return missingSubcommandOr(error);
    }

    private String unmatched(CommandLine.UnmatchedArgumentException error) {
        List<String> args = error.getUnmatched();
        String given = String.join(" ", args);
        boolean option = !args.isEmpty() && args.get(0).startsWith("-") && !args.get(0).equals("-");
        String text = messages.get(option ? "parse.unknownOption" : "parse.unexpected", given, commandName(error));
        List<String> suggestions = error.getSuggestions();
        if (suggestions != null && !suggestions.isEmpty()) {
            text += " " + messages.get("parse.suggestions", String.join(", ", suggestions));
        }
        return text;
    }

    /** A group command ({@code sdk}, {@code api-tokens}) run without one of its commands, else a general sentence. */
    private String missingSubcommandOr(ParameterException error) {
        CommandLine command = error.getCommandLine();
        if (command != null && !command.getSubcommands().isEmpty()) {
            return messages.get("parse.missingSubcommand", commandName(error),
                    String.join(", ", command.getSubcommands().keySet()));
        }
        return messages.get("parse.invalid", commandName(error));
    }

    private static String commandName(ParameterException error) {
        CommandLine command = error.getCommandLine();
        return command == null ? "edfapay-tokens" : command.getCommandSpec().qualifiedName(" ");
    }

    /** {@code --name} for an option, {@code USER_ID} for a positional parameter. */
    private static String label(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        if (spec instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return spec.paramLabel();
    }
}
