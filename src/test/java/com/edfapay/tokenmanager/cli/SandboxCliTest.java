package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh in-memory sandbox per test and a harness pointed at it as the merchant persona. */
abstract class SandboxCliTest {

    @TempDir
    Path home;

    EdfaPaySandbox sandbox;
    CliHarness cli;

    @BeforeEach
    void startSandbox() throws IOException {
        sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory());
        cli = new CliHarness(home).against(sandbox, "merchant");
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    CliHarness.Result ok(String... args) {
        CliHarness.Result r = cli.run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    /** Ids of the users of {@code type} in the merchant persona's scope. */
    List<String> users(String type) {
        List<String> ids = new ArrayList<>();
        ok("--json", "users", "list", "--type", type).json().get("items").forEach(u -> ids.add(u.get("id").asText()));
        return ids;
    }

    /** The SDK token of {@code userId} as {@code sdk get --reveal --json} reports it. */
    JsonNode sdkToken(String userId) {
        return ok("--json", "sdk", "get", "--reveal", userId).json().get("results").get(0).get("token");
    }

    List<String> usersWithToken(boolean wanted) {
        List<String> out = new ArrayList<>();
        for (String id : users("terminal")) {
            if (sdkToken(id).get("hasToken").asBoolean() == wanted) {
                out.add(id);
            }
        }
        assertThat(out).as("seed has terminals with and without tokens").isNotEmpty();
        return out;
    }

    static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
