package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.sandbox.Persona;
import java.nio.file.Path;
import java.util.Stack;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before or after its name (picocli inherited options: the values land here, on the
 * root command's instance). Descriptions are in {@code cli/help.properties}.
 */
final class GlobalOptions {

    @Option(names = "--json", scope = ScopeType.INHERIT, descriptionKey = "option.json")
    boolean json;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, descriptionKey = "option.quiet")
    boolean quiet;

    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT, descriptionKey = "option.profile")
    @Nullable String profile;

    @Option(names = "--key-file", paramLabel = "PATH", scope = ScopeType.INHERIT, descriptionKey = "option.keyFile")
    @Nullable Path keyFile;

    @Option(names = "--base-url", paramLabel = "URL", scope = ScopeType.INHERIT, descriptionKey = "option.baseUrl")
    @Nullable String baseUrl;

    @Option(names = "--sandbox", arity = "0..1", paramLabel = "PERSONA", scope = ScopeType.INHERIT,
            parameterConsumer = SandboxPersona.class, descriptionKey = "option.sandbox")
    @Nullable String sandbox;

    @Option(names = "--language", paramLabel = "en|ar", scope = ScopeType.INHERIT,
            descriptionKey = "option.language")
    @Nullable String language;

    /**
     * Never accepted: a key typed as an argument stays in the shell history and is visible to every user of the
     * machine in the process list. Declared (hidden) so that the refusal is specific rather than "unknown option".
     * {@link KeyArguments} refuses before parsing, so the value is never even stored.
     */
    @Option(names = {"--api-key", "--key", "--token", "-k"}, hidden = true, scope = ScopeType.INHERIT)
    @Nullable String refusedKey;

    /** The persona named by {@code --sandbox}, or null when the sandbox is not asked for. */
    @Nullable String sandboxPersona() {
        return sandbox;
    }

    /**
     * {@code --sandbox} takes a persona only when the next argument is one, so {@code --sandbox whoami} and
     * {@code sdk disable --sandbox USER_ID} both work.
     */
    static final class SandboxPersona implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            String persona = KeyArguments.DEFAULT_PERSONA;
            if (!args.isEmpty() && Persona.NAMES.contains(args.peek())) {
                persona = args.pop();
            }
            argSpec.setValue(persona);
        }
    }
}
