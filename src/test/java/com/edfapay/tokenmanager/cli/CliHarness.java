package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.Persona;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Runs {@code edfapay-tokens} in-process with captured stdout/stderr, a chosen environment and folders. */
final class CliHarness {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path home;
    final MemorySecretStore secrets = new MemorySecretStore();
    final Map<String, String> env = new HashMap<>();
    final MemoryActivityLog activity = new MemoryActivityLog();
    String stdin = "";
    boolean stderrIsTerminal;
    CliContext.SandboxStarter sandboxes = () -> EdfaPaySandbox.start(SandboxOptions.inMemory());

    CliHarness(Path home) {
        this.home = home;
    }

    /** Points the environment at a running sandbox as {@code persona}. */
    CliHarness against(EdfaPaySandbox sandbox, String persona) {
        Persona p = sandbox.persona(persona).orElseThrow();
        env.put(CliContext.BASE_URL_VARIABLE, sandbox.baseUrl());
        env.put(CliContext.API_KEY_VARIABLE, p.apiKey());
        return this;
    }

    AppFolders folders() {
        return new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Optional<SecretStore> store = Optional.of(secrets);
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, stderrIsTerminal, folders(),
                () -> store, sandboxes, Clock.systemUTC(), activity);
        int code = Cli.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON:\n" + out + "\nstderr:\n" + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
