package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** API tokens: list, generate (secret once, or to an owner-only file), idempotent disable/enable, rotate. */
class CliApiTokensTest extends SandboxCliTest {

    private static final Pattern SECRET = Pattern.compile("edfa_[A-Za-z0-9]{40}");

    @Test
    void listShowsTokensWithTheDocumentedFieldsAndNeverASecret() {
        JsonNode doc = ok("--json", "api-tokens", "list").json();
        assertThat(doc.get("items")).isNotEmpty();
        for (JsonNode t : doc.get("items")) {
            assertThat(fields(t)).containsExactlyInAnyOrder("id", "name", "prefix", "last4", "active", "createdAt",
                    "createdBy", "lastUsedAt", "expiresAt", "businessUnitId", "disabledReason", "replacedById");
        }
        CliHarness.Result table = ok("api-tokens", "list");
        assertThat(table.out()).contains("Sandbox persona key").contains("active");
        assertThat(SECRET.matcher(table.out()).find()).isFalse();
    }

    @Test
    void generatePrintsTheSecretOnceOnStdoutAndItAuthenticates() {
        CliHarness.Result r = ok("api-tokens", "generate", "--name", "ci-deploy", "--expires-in", "90d");
        Matcher m = SECRET.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        String secret = m.group();
        assertThat(m.find()).as("printed once").isFalse();
        assertThat(r.err()).doesNotContain(secret).isEmpty();
        assertThat(r.out()).contains("shown once").contains("ci-deploy");

        cli.env.put(CliContext.API_KEY_VARIABLE, secret);
        assertThat(ok("--json", "whoami").json().get("identity").get("userType").asText()).isEqualTo("MERCHANT");
    }

    @Test
    void quietAndJsonCarryTheSecretWhereAsked() {
        CliHarness.Result quiet = ok("-q", "api-tokens", "generate", "--name", "quiet-one");
        assertThat(quiet.out().strip()).matches(SECRET);
        assertThat(quiet.err()).isEmpty();

        CliHarness.Result json = ok("--json", "api-tokens", "generate", "--name", "json-one");
        JsonNode doc = json.json();
        assertThat(fields(doc)).containsExactlyInAnyOrder("schema", "command", "ok", "token", "secret",
                "secretFile", "replaces");
        assertThat(doc.get("command").asText()).isEqualTo("api-tokens generate");
        assertThat(doc.get("secret").asText()).matches(SECRET);
        assertThat(doc.get("secret").asText()).endsWith(doc.get("token").get("last4").asText());
        assertThat(doc.get("secretFile").isNull()).isTrue();
    }

    @Test
    void secretFileIsOwnerOnlyAndNothingSecretIsPrinted() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = home.resolve("deploy.key");
        CliHarness.Result r = ok("--json", "api-tokens", "generate", "--name", "to-file", "--secret-file",
                file.toString());
        String secret = Files.readString(file).strip();
        assertThat(secret).matches(SECRET);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(r.out()).doesNotContain(secret);
        assertThat(r.err()).doesNotContain(secret);
        assertThat(r.json().get("secret").isNull()).isTrue();
        assertThat(r.json().get("secretFile").asText()).isEqualTo(file.toAbsolutePath().toString());
        try (var listing = Files.list(home)) {
            assertThat(listing.filter(p -> p.getFileName().toString().startsWith(".edfapay-secret-")))
                    .as("no temporary file left").isEmpty();
        }

        // The file it wrote is accepted as a key file: it is owner-only.
        cli.env.remove(CliContext.API_KEY_VARIABLE);
        assertThat(ok("--json", "--key-file", file.toString(), "whoami").json().get("ok").asBoolean()).isTrue();

        CliHarness.Result noFolder = cli.run("api-tokens", "generate", "--name", "nowhere", "--secret-file",
                home.resolve("missing/dir/key").toString(), "--key-file", file.toString());
        assertThat(noFolder.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(ok("--json", "--key-file", file.toString(), "api-tokens", "list").json().get("items").toString())
                .as("no token was generated when the file could not be prepared").doesNotContain("nowhere");
    }

    @Test
    void disablingADisabledTokenChangesNothing() {
        String id = ok("--json", "api-tokens", "generate", "--name", "to-retire").json().get("token").get("id")
                .asText();
        JsonNode first = ok("--json", "api-tokens", "disable", id, "--reason", "leaked in a log").json();
        assertThat(first.get("results").get(0).get("outcome").asText()).isEqualTo("CHANGED");
        assertThat(first.get("results").get(0).get("token").get("active").asBoolean()).isFalse();

        JsonNode second = ok("--json", "api-tokens", "disable", id, "--reason", "another reason").json();
        assertThat(second.get("results").get(0).get("outcome").asText()).isEqualTo("ALREADY_IN_STATE");
        assertThat(second.get("summary").get("changed").asInt()).isZero();
        JsonNode listed = token(id);
        assertThat(listed.get("active").asBoolean()).isFalse();
        assertThat(listed.get("disabledReason").asText()).isEqualTo("leaked in a log");

        JsonNode dry = ok("--json", "api-tokens", "enable", "--dry-run", id).json();
        assertThat(dry.get("results").get(0).get("outcome").asText()).isEqualTo("WOULD_CHANGE");
        assertThat(token(id).get("active").asBoolean()).isFalse();
        assertThat(ok("--json", "api-tokens", "enable", id).json().get("results").get(0).get("outcome").asText())
                .isEqualTo("CHANGED");
        assertThat(token(id).get("active").asBoolean()).isTrue();

        CliHarness.Result unknown = cli.run("api-tokens", "disable", "11111111-1111-1111-1111-111111111111");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.NOT_FOUND_OR_FORBIDDEN);
        assertThat(unknown.err()).contains("There is no API token 11111111-1111-1111-1111-111111111111");
    }

    @Test
    void rotateLeavesTheOldTokenActiveAndTheNewOneAuthenticating() {
        String oldKey = cli.env.get(CliContext.API_KEY_VARIABLE);
        String oldId = ok("--json", "api-tokens", "list").json().get("items").get(0).get("id").asText();

        JsonNode plan = ok("--json", "api-tokens", "rotate", oldId, "--dry-run").json();
        assertThat(plan.get("plan").get("replaces").asText()).isEqualTo(oldId);
        assertThat(plan.get("plan").get("name").asText()).startsWith("Sandbox persona key (rotated ");
        int before = ok("--json", "api-tokens", "list").json().get("items").size();
        assertThat(before).as("dry run generated nothing").isEqualTo(1);

        JsonNode rotated = ok("--json", "api-tokens", "rotate", oldId).json();
        String newId = rotated.get("token").get("id").asText();
        String newSecret = rotated.get("secret").asText();
        assertThat(rotated.get("replaces").asText()).isEqualTo(oldId);
        assertThat(rotated.get("command").asText()).isEqualTo("api-tokens rotate");

        JsonNode old = token(oldId);
        assertThat(old.get("active").asBoolean()).as("old token still active").isTrue();
        assertThat(old.get("replacedById").asText()).isEqualTo(newId);

        cli.env.put(CliContext.API_KEY_VARIABLE, newSecret);
        assertThat(ok("--json", "whoami").json().get("identity").get("userType").asText()).isEqualTo("MERCHANT");
        cli.env.put(CliContext.API_KEY_VARIABLE, oldKey);
        assertThat(ok("whoami").exit()).as("old key still authenticates").isZero();

        CliHarness.Result human = ok("api-tokens", "rotate", oldId, "--name", "second successor");
        assertThat(human.out()).contains("to replace \"Sandbox persona key\"")
                .contains("The old token " + oldId + " is still active");
    }

    @Test
    void generateNeedsAMerchantForAPartnerKey() {
        cli.against(sandbox, "partner");
        CliHarness.Result r = cli.run("api-tokens", "generate", "--name", "x");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--merchant ID");
        String merchant = ok("--json", "merchants", "list").json().get("items").get(0).get("id").asText();
        JsonNode doc = ok("--json", "api-tokens", "generate", "--name", "for-merchant", "--merchant", merchant)
                .json();
        assertThat(doc.get("token").get("businessUnitId").asText()).isEqualTo(merchant);

        CliHarness.Result taken = cli.run("--json", "api-tokens", "generate", "--name", "for-merchant",
                "--merchant", merchant);
        assertThat(taken.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(taken.json().get("error").get("errorCode").asText()).isEqualTo("API_TOKEN_NAME_TAKEN");
    }

    private JsonNode token(String id) {
        for (JsonNode t : ok("--json", "api-tokens", "list").json().get("items")) {
            if (t.get("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("token " + id + " not listed");
    }
}
