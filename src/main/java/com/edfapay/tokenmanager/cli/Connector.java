package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.BaseUrlPolicy;
import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.desktop.ConnectionProfile;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.ProfileStore;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.Persona;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides where a command connects and with which key, and opens the client.
 *
 * <ul>
 *   <li>{@code --sandbox [PERSONA]}: starts an in-memory sandbox and uses that persona's key; nothing else may be
 *   given with it.</li>
 *   <li>Server: {@code --base-url}, else the profile's address, else {@code EDFAPAY_BASE_URL}; always under the
 *   window's rule (https, plain http only for this computer).</li>
 *   <li>Key: {@code --key-file} (owner-only), else the profile's keychain entry, else {@code EDFAPAY_API_KEY}.</li>
 * </ul>
 */
final class Connector {

    private final CliContext context;
    private final GlobalOptions options;
    private final CliMessages messages;
    private final Redactor redactor;

    Connector(CliContext context, GlobalOptions options, CliMessages messages, Redactor redactor) {
        this.context = context;
        this.options = options;
        this.messages = messages;
        this.redactor = redactor;
    }

    Connection open() {
        if (options.refusedKey != null) {
            throw CliFailure.usage(messages.get("refused.keyArgument"));
        }
        String persona = options.sandboxPersona();
        if (persona != null) {
            return openSandbox(persona);
        }
        ConnectionProfile profile = options.profile == null ? null : findProfile(options.profile);
        String baseUrl = firstNonBlank(options.baseUrl, profile == null ? null : profile.baseUrl(),
                context.env().get(CliContext.BASE_URL_VARIABLE));
        if (baseUrl == null) {
            throw CliFailure.usage(profile != null && profile.environment() == Environment.LOCAL_SANDBOX
                    ? messages.get("connect.localSandboxProfile", profile.name())
                    : messages.get("connect.noBaseUrl"));
        }
        baseUrl = baseUrl.strip();
        Optional<EdfaPayException.InvalidInput> problem = BaseUrlPolicy.problem(baseUrl);
        if (problem.isPresent()) {
            throw CliFailure.usage(messages.get("connect.badBaseUrl", baseUrl,
                    messages.failures().describe(problem.get())));
        }
        String key = key(profile);
        redactor.remember(key);
        Environment environment = profile != null && options.baseUrl == null ? profile.effectiveEnvironment()
                : Environment.forBaseUrl(baseUrl);
        String label = profile != null ? profile.name() : options.keyFile != null ? "key-file" : "environment";
        return new Connection(client(baseUrl, key), baseUrl, environment, label, null);
    }

    private Connection openSandbox(String persona) {
        if (options.baseUrl != null || options.profile != null || options.keyFile != null) {
            throw CliFailure.usage(messages.get("connect.sandboxAlone"));
        }
        EdfaPaySandbox sandbox;
        try {
            sandbox = context.sandboxes().start();
        } catch (IOException | UncheckedIOException e) {
            throw new CliFailure(ExitCodes.FAILURE, "SANDBOX", messages.get("connect.sandboxFailed",
                    e.getClass().getSimpleName()));
        }
        try {
            Persona chosen = sandbox.persona(persona).orElseThrow(() -> CliFailure.usage(
                    messages.get("usage.unknownPersona", persona, String.join(", ", Persona.NAMES))));
            redactor.remember(chosen.apiKey());
            return new Connection(client(sandbox.baseUrl(), chosen.apiKey()), sandbox.baseUrl(),
                    Environment.LOCAL_SANDBOX, "sandbox:" + persona, sandbox);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    private EdfaPayClient client(String baseUrl, String key) {
        try {
            return new EdfaPayClient(ClientConfig.of(baseUrl, key));
        } catch (EdfaPayException.InvalidInput e) {
            // The client types what is wrong with the key or address; the wording never quotes the key.
            String why = redactor.apply(messages.failures().describe(e));
            throw new CliFailure(Failure.exitCode(e), Failure.type(e), Failure.keyProblem(e)
                    ? messages.get("connect.keyUnusable", why) : messages.get("connect.badBaseUrl", baseUrl, why));
        }
    }

    private String key(@Nullable ConnectionProfile profile) {
        if (options.keyFile != null) {
            return OwnerOnlyFiles.readKeyFile(options.keyFile, messages);
        }
        if (profile != null && profile.rememberKey()) {
            Optional<SecretStore> store = context.secretStores().get();
            Optional<String> remembered = store.flatMap(s -> s.read(profile.id()));
            if (remembered.isPresent() && !remembered.get().isBlank()) {
                return remembered.get();
            }
        }
        String fromEnv = context.env().get(CliContext.API_KEY_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        if (profile != null) {
            throw CliFailure.authentication(messages.get("connect.profileWithoutKey", profile.name()));
        }
        throw CliFailure.authentication(messages.get("connect.noKey"));
    }

    private ConnectionProfile findProfile(String wanted) {
        List<ConnectionProfile> profiles;
        try {
            profiles = new ProfileStore(context.folders().profilesFile()).load();
        } catch (UncheckedIOException e) {
            throw new CliFailure(ExitCodes.FAILURE, "PROFILES", messages.get("connect.profilesUnreadable",
                    context.folders().profilesFile()));
        }
        for (ConnectionProfile p : profiles) {
            if (p.name().equals(wanted) || p.id().equals(wanted)) {
                return p;
            }
        }
        List<ConnectionProfile> loose = profiles.stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).toList();
        if (loose.size() == 1) {
            return loose.get(0);
        }
        String names = profiles.isEmpty() ? messages.get("connect.noProfiles")
                : String.join(", ", profiles.stream().map(ConnectionProfile::name).toList());
        throw CliFailure.usage(messages.get("connect.unknownProfile", wanted, names));
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
