package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.sandbox.Persona;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks at the raw arguments before picocli does. An API key given as an argument is refused (it stays in the shell
 * history and any user of the machine can read it in the process list), whether as {@code --api-key VALUE}, as
 * {@code --key=VALUE}, or as a bare argument shaped like an EdfaPay API key or equal to {@code EDFAPAY_API_KEY}.
 * Also picks the language before the usage help is built, and checks {@code --sandbox=PERSONA}.
 */
final class KeyArguments {

    static final String DEFAULT_PERSONA = "merchant";

    private static final List<String> KEY_OPTIONS = List.of("--api-key", "--key", "--token", "-k");
    /** {@code edfa_} and 40 base62 characters: the shape of an EdfaPay API key (docs/api-contract.md). */
    private static final Pattern API_KEY_SHAPE = Pattern.compile(".*edfa_[A-Za-z0-9]{40}.*");
    private static final int SHORTEST_COMPARED_KEY = 8;

    private KeyArguments() {
    }

    /** The refusal to print, or empty when no argument carries a key. Never echoes the argument. */
    static Optional<String> refusal(String[] args, Map<String, String> env, CliMessages messages) {
        String envKey = env.get(CliContext.API_KEY_VARIABLE);
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean keyOption = KEY_OPTIONS.contains(name) || (arg.startsWith("-k") && !arg.startsWith("--"));
            boolean keyShaped = API_KEY_SHAPE.matcher(arg).matches();
            boolean sameAsEnv = envKey != null && envKey.strip().length() >= SHORTEST_COMPARED_KEY
                    && arg.contains(envKey.strip());
            if (keyOption || keyShaped || sameAsEnv) {
                return Optional.of(messages.get("refused.keyArgument"));
            }
        }
        return Optional.empty();
    }

    /** {@code --sandbox=NAME} with a name that is not a persona; the bare {@code --sandbox} form never consumes one. */
    static Optional<String> badPersona(String[] args, CliMessages messages) {
        for (String arg : args) {
            if (arg.startsWith("--sandbox=")) {
                String persona = arg.substring("--sandbox=".length());
                if (!Persona.NAMES.contains(persona)) {
                    return Optional.of(messages.get("usage.unknownPersona", persona, String.join(", ", Persona.NAMES)));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code --language ar}, {@code --language=ar}, else null (the system's language is used). */
    static Locale language(String[] args, Locale systemDefault) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].startsWith("--language=")) {
                value = args[i].substring("--language=".length());
            } else if (args[i].equals("--language") && i + 1 < args.length) {
                value = args[i + 1];
            }
            if (value != null) {
                return Locale.forLanguageTag(value.strip().toLowerCase(Locale.ROOT));
            }
        }
        return systemDefault;
    }
}
