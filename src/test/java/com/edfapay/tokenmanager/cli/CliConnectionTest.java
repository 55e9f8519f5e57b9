package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.edfapay.tokenmanager.desktop.ConnectionProfile;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.ProfileStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** Where the key and the server come from, and every way of giving them that is refused. */
class CliConnectionTest extends SandboxCliTest {

    private String key() {
        return cli.env.get(CliContext.API_KEY_VARIABLE);
    }

    @Test
    void aKeyOnTheCommandLineIsRefusedInEveryForm() {
        String key = key();
        String[][] forms = {
            {"--api-key", key, "whoami"},
            {"whoami", "--key=" + key},
            {"whoami", "-k", key},
            {"--token", key, "whoami"},
            {"sdk", "get", key},
            {"sdk", "get", "edfa_" + "A1b2C3d4E5".repeat(4)},
        };
        for (String[] args : forms) {
            CliHarness.Result r = cli.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("Refused: an API key was given as a command-line argument")
                    .contains("shell history").doesNotContain(key);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void keyFileMustBeReadableByTheOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        String key = key();
        cli.env.remove(CliContext.API_KEY_VARIABLE);
        Path file = home.resolve("api.key");
        Files.writeString(file, key + "\n");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        CliHarness.Result loose = cli.run("--key-file", file.toString(), "whoami");
        assertThat(loose.exit()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(loose.err()).contains("may be read or changed by other users").contains("rw-r--r--")
                .contains("chmod 600").doesNotContain(key);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-----w-"));
        assertThat(cli.run("--key-file", file.toString(), "whoami").exit()).isEqualTo(ExitCodes.AUTHENTICATION);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        JsonNode me = ok("--json", "--key-file", file.toString(), "whoami").json();
        assertThat(me.get("connection").get("profile").asText()).isEqualTo("key-file");

        Files.writeString(file, key + "\nsecond line\n");
        CliHarness.Result twoLines = cli.run("--key-file", file.toString(), "whoami");
        assertThat(twoLines.exit()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(twoLines.err()).contains("more than one line").doesNotContain(key);

        CliHarness.Result missing = cli.run("--key-file", home.resolve("nope.key").toString(), "whoami");
        assertThat(missing.exit()).isEqualTo(ExitCodes.AUTHENTICATION);
    }

    @Test
    void noKeyOrARejectedKeyIsAnAuthenticationFailure() {
        cli.env.remove(CliContext.API_KEY_VARIABLE);
        CliHarness.Result none = cli.run("whoami");
        assertThat(none.exit()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(none.err()).contains("No API key: set EDFAPAY_API_KEY");

        cli.env.put(CliContext.API_KEY_VARIABLE, "edfa_wrongwrongwrongwrongwrongwrongwrongwron");
        CliHarness.Result wrong = cli.run("--json", "whoami");
        assertThat(wrong.exit()).isEqualTo(ExitCodes.AUTHENTICATION);
        JsonNode doc = wrong.json();
        assertThat(doc.get("ok").asBoolean()).isFalse();
        assertThat(fields(doc)).containsExactlyInAnyOrder("schema", "command", "ok", "error");
        assertThat(doc.get("error").get("type").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(doc.get("error").get("exitCode").asInt()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(wrong.err()).contains("HTTP 401");
    }

    @Test
    void serverAddressFollowsTheWindowsHttpsRule() {
        cli.env.remove(CliContext.BASE_URL_VARIABLE);
        CliHarness.Result none = cli.run("whoami");
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("No server address");
        CliHarness.Result plain = cli.run("--base-url", "http://api.example.com", "whoami");
        assertThat(plain.exit()).isEqualTo(ExitCodes.USAGE);
        // the client's problem is typed (issue 10); the CLI words it from its own bundle
        assertThat(plain.err()).contains("http://api.example.com").contains("Plain http:// is only allowed")
                .doesNotContain("URL_PLAIN_HTTP");
        assertThat(ok("--base-url", sandbox.baseUrl(), "whoami").out()).contains("MERCHANT");
    }

    @Test
    void aSavedProfileGivesTheServerAndItsKeychainKey() {
        String key = key();
        cli.env.clear();
        ConnectionProfile profile = ConnectionProfile.create("Ops sandbox", Environment.CUSTOM, sandbox.baseUrl(),
                true);
        new ProfileStore(cli.folders().profilesFile()).save(profile);
        cli.secrets.write(profile.id(), key);

        JsonNode me = ok("--json", "--profile", "ops sandbox", "whoami").json();
        assertThat(me.get("connection").get("profile").asText()).isEqualTo("Ops sandbox");
        assertThat(me.get("connection").get("baseUrl").asText()).isEqualTo(sandbox.baseUrl());

        CliHarness.Result unknown = cli.run("--profile", "Prod", "whoami");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("There is no saved profile \"Prod\"").contains("Ops sandbox");

        cli.secrets.delete(profile.id());
        CliHarness.Result noKey = cli.run("--profile", "Ops sandbox", "whoami");
        assertThat(noKey.exit()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(noKey.err()).contains("has no key in the system keychain");
    }

    @Test
    void sandboxOptionTakesAPersonaOnlyWhenOneIsNamed() {
        cli.env.clear();
        JsonNode merchant = ok("--json", "--sandbox", "whoami").json();
        assertThat(merchant.get("identity").get("userType").asText()).isEqualTo("MERCHANT");
        assertThat(merchant.get("connection").get("environment").asText()).isEqualTo("LOCAL_SANDBOX");
        assertThat(merchant.get("connection").get("profile").asText()).isEqualTo("sandbox:merchant");
        assertThat(ok("--json", "whoami", "--sandbox", "partner").json().get("identity").get("userType").asText())
                .isEqualTo("PARTNER");
        assertThat(ok("--json", "--sandbox=terminal", "whoami").json().get("identity").get("userType").asText())
                .isEqualTo("TERMINAL");

        CliHarness.Result idNotPersona = cli.run("--json", "sdk", "get", "--sandbox", "not-a-persona");
        assertThat(idNotPersona.json().get("results").get(0).get("id").asText()).isEqualTo("not-a-persona");

        CliHarness.Result bogus = cli.run("--sandbox=wizard", "whoami");
        assertThat(bogus.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bogus.err()).contains("partner, merchant, branch, user, terminal");

        CliHarness.Result mixed = cli.run("--sandbox", "--base-url", sandbox.baseUrl(), "whoami");
        assertThat(mixed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(mixed.err()).contains("cannot be combined");
    }
}
