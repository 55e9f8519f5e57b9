package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands against a real embedded sandbox: output, JSON schema, exit codes, target-state semantics, bulk. */
class CliCommandsTest extends SandboxCliTest {

    private static final String NO_SUCH_USER = "00000000-0000-0000-0000-000000000000";

    @Test
    void whoamiShowsRoleBusinessUnitAndServer() {
        CliHarness.Result table = ok("whoami");
        assertThat(table.out()).contains("MERCHANT").contains("Riyadh Coffee Roasters").contains(sandbox.baseUrl())
                .contains("Custom server").contains("environment");
        assertThat(table.err()).isEmpty();

        JsonNode doc = ok("whoami", "--json").json();
        assertThat(fields(doc)).containsExactlyInAnyOrder("schema", "command", "ok", "identity", "connection");
        assertThat(doc.get("schema").asText()).isEqualTo("edfapay-tokens/1");
        assertThat(doc.get("command").asText()).isEqualTo("whoami");
        assertThat(fields(doc.get("identity"))).containsExactlyInAnyOrder("userId", "userType", "businessUnitId",
                "businessUnitName", "partnerId", "fromProbe");
        assertThat(doc.get("identity").get("userType").asText()).isEqualTo("MERCHANT");
        assertThat(fields(doc.get("connection"))).containsExactlyInAnyOrder("baseUrl", "environment", "profile");
        assertThat(doc.get("connection").get("environment").asText()).isEqualTo("CUSTOM");
    }

    @Test
    void merchantsListAsPartnerShowsEveryMerchantWithTheDocumentedFields() {
        cli.against(sandbox, "partner");
        JsonNode doc = ok("--json", "merchants", "list").json();
        assertThat(doc.get("items")).hasSize(3);
        assertThat(doc.get("totalElements").asInt()).isEqualTo(3);
        assertThat(doc.get("truncated").asBoolean()).isFalse();
        for (JsonNode m : doc.get("items")) {
            assertThat(fields(m)).containsExactlyInAnyOrder("id", "name", "nameAR", "emailAddress", "active",
                    "partnerId");
        }
        CliHarness.Result table = ok("merchants", "list", "--search", "coffee");
        assertThat(table.out()).contains("Riyadh Coffee Roasters").contains("1 shown.");
    }

    @Test
    void usersListFiltersByTypeSearchAndMerchantAndPages() {
        JsonNode terminals = ok("--json", "users", "list", "--type", "TERMINAL").json();
        assertThat(terminals.get("items")).isNotEmpty();
        terminals.get("items").forEach(u -> assertThat(u.get("userType").asText()).isEqualTo("TERMINAL"));
        assertThat(fields(terminals.get("items").get(0))).containsExactlyInAnyOrder("id", "username", "email",
                "firstName", "lastName", "phoneNumber", "userType", "businessUnitId", "businessUnitName", "active");

        JsonNode limited = ok("--json", "users", "list", "--limit", "5").json();
        assertThat(limited.get("items")).hasSize(5);
        assertThat(limited.get("truncated").asBoolean()).isTrue();
        assertThat(limited.get("totalElements").asInt()).isGreaterThan(5);

        cli.against(sandbox, "partner");
        JsonNode merchants = ok("--json", "merchants", "list").json().get("items");
        String second = merchants.get(1).get("id").asText();
        JsonNode ofSecond = ok("--json", "users", "list", "--merchant", second, "--limit", "0").json();
        assertThat(ofSecond.get("items")).isNotEmpty();
        assertThat(ofSecond.get("truncated").asBoolean()).isFalse();

        CliHarness.Result badType = cli.run("users", "list", "--type", "wizard");
        assertThat(badType.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badType.err()).contains("\"wizard\" is not a user type");
    }

    @Test
    void disableAndEnableAreTargetStatesNotToggles() {
        String user = usersWithToken(true).get(0);
        String last4 = sdkToken(user).get("last4").asText();

        JsonNode first = ok("--json", "sdk", "disable", user).json();
        assertThat(first.get("results").get(0).get("outcome").asText()).isEqualTo("CHANGED");
        assertThat(first.get("results").get(0).get("token").get("active").asBoolean()).isFalse();

        JsonNode again = ok("--json", "sdk", "disable", user).json();
        assertThat(again.get("results").get(0).get("outcome").asText()).isEqualTo("ALREADY_IN_STATE");
        assertThat(again.get("summary").get("changed").asInt()).isZero();
        JsonNode after = sdkToken(user);
        assertThat(after.get("active").asBoolean()).as("a second disable did not toggle it back").isFalse();
        assertThat(after.get("last4").asText()).isEqualTo(last4);

        JsonNode enabled = ok("--json", "sdk", "enable", user).json();
        assertThat(enabled.get("results").get(0).get("outcome").asText()).isEqualTo("CHANGED");
        assertThat(sdkToken(user).get("active").asBoolean()).isTrue();
    }

    @Test
    void dryRunShowsWhatWouldChangeAndChangesNothing() {
        String user = usersWithToken(true).get(0);
        CliHarness.Result plan = ok("sdk", "disable", "--dry-run", user);
        assertThat(plan.out()).contains("would change").contains("Dry run, nothing changed.");
        JsonNode json = ok("--json", "sdk", "disable", "--dry-run", user).json();
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("results").get(0).get("outcome").asText()).isEqualTo("WOULD_CHANGE");
        assertThat(json.get("summary").get("wouldChange").asInt()).isEqualTo(1);
        assertThat(sdkToken(user).get("active").asBoolean()).isTrue();

        String without = usersWithToken(false).get(0);
        JsonNode replacePlan = ok("--json", "sdk", "replace", "--dry-run", user, without).json();
        assertThat(replacePlan.get("results").get(0).get("outcome").asText()).isEqualTo("WOULD_REPLACE");
        assertThat(replacePlan.get("results").get(1).get("outcome").asText()).isEqualTo("WOULD_GENERATE");
        assertThat(sdkToken(without).get("hasToken").asBoolean()).isFalse();
    }

    @Test
    void generateOnlyWhereMissingAndReplaceIssuesANewToken() {
        String with = usersWithToken(true).get(0);
        String without = usersWithToken(false).get(0);
        String oldToken = sdkToken(with).get("token").asText();

        JsonNode generated = ok("--json", "sdk", "generate", with, without).json();
        assertThat(generated.get("results").get(0).get("outcome").asText()).isEqualTo("ALREADY_HAS_TOKEN");
        assertThat(generated.get("results").get(1).get("outcome").asText()).isEqualTo("GENERATED");
        assertThat(generated.get("results").get(1).get("token").has("token")).as("masked without --reveal")
                .isFalse();
        assertThat(sdkToken(with).get("token").asText()).isEqualTo(oldToken);
        assertThat(sdkToken(without).get("hasToken").asBoolean()).isTrue();

        JsonNode replaced = ok("--json", "sdk", "replace", "--reveal", with).json();
        JsonNode row = replaced.get("results").get(0);
        assertThat(row.get("outcome").asText()).isEqualTo("REPLACED");
        assertThat(row.get("token").get("token").asText()).isNotEqualTo(oldToken)
                .isEqualTo(sdkToken(with).get("token").asText());
    }

    @Test
    void bulkReadsArgumentsStdinAndCsvAndReportsEveryRowInOrder() throws Exception {
        List<String> with = usersWithToken(true);
        assertThat(with.size()).isGreaterThanOrEqualTo(3);
        cli.stdin = "# from a pipeline\n" + with.get(0) + "\n\n" + NO_SUCH_USER + "\n";
        Path csv = home.resolve("users.csv");
        Files.writeString(csv, "name,userId\n\"Till, front\"," + with.get(1) + "\nback," + with.get(2) + "\n");

        CliHarness.Result r = cli.run("--json", "sdk", "disable", "-", "--csv", csv.toString(), "--concurrency",
                "2");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        JsonNode doc = r.json();
        assertThat(doc.get("ok").asBoolean()).isFalse();
        List<String> ids = new ArrayList<>();
        doc.get("results").forEach(row -> ids.add(row.get("id").asText()));
        assertThat(ids).containsExactly(with.get(0), NO_SUCH_USER, with.get(1), with.get(2));
        JsonNode failed = doc.get("results").get(1);
        assertThat(failed.get("ok").asBoolean()).isFalse();
        assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(fields(failed.get("error"))).containsExactlyInAnyOrder("type", "exitCode", "message",
                "httpStatus", "errorCode");
        assertThat(failed.get("error").get("type").asText()).isEqualTo("NOT_FOUND");
        assertThat(failed.get("error").get("httpStatus").asInt()).isEqualTo(404);
        assertThat(fields(doc.get("summary"))).containsExactlyInAnyOrder("total", "changed", "unchanged",
                "wouldChange", "failed");
        assertThat(doc.get("summary").get("changed").asInt()).isEqualTo(3);
        assertThat(doc.get("summary").get("failed").asInt()).isEqualTo(1);
        assertThat(r.err()).contains(NO_SUCH_USER + ": ");
        for (int i : new int[] {0, 1, 2}) {
            assertThat(sdkToken(with.get(i)).get("active").asBoolean()).isFalse();
        }

        CliHarness.Result noColumn = cli.run("sdk", "get", "--csv", csv.toString(), "--column", "user");
        assertThat(noColumn.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noColumn.err()).contains("no column \"user\"").contains("name, userId");
        CliHarness.Result none = cli.run("sdk", "get");
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("No ids given");
    }

    @Test
    void aSingleFailureKeepsItsOwnExitCode() {
        assertThat(cli.run("sdk", "get", NO_SUCH_USER).exit()).isEqualTo(ExitCodes.NOT_FOUND_OR_FORBIDDEN);
        CliHarness.Result malformed = cli.run("sdk", "get", "not-a-uuid");
        assertThat(malformed.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(malformed.err()).contains("not-a-uuid: ").contains("HTTP 400");

        cli.against(sandbox, "terminal");
        CliHarness.Result forbidden = cli.run("users", "list");
        assertThat(forbidden.exit()).isEqualTo(ExitCodes.NOT_FOUND_OR_FORBIDDEN);
        assertThat(forbidden.err()).contains("HTTP 403");
    }

    @Test
    void serverFailuresExitWithTheServerOrNetworkCode() {
        sandbox.reconfigureFaults(Duration.ZERO, 1.0, 0, 0);
        CliHarness.Result r = cli.run("--json", "whoami");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.SERVER_OR_NETWORK);
        assertThat(r.json().get("error").get("type").asText()).isEqualTo("SERVER_ERROR");
        assertThat(r.json().get("error").get("httpStatus").asInt()).isEqualTo(503);
        sandbox.close();
        CliHarness.Result down = cli.run("whoami");
        assertThat(down.exit()).isEqualTo(ExitCodes.SERVER_OR_NETWORK);
    }

    @Test
    void progressIsDrawnOnStderrOnlyWhenItIsATerminal() {
        List<String> two = usersWithToken(true).subList(0, 2);
        CliHarness.Result piped = ok("sdk", "get", two.get(0), two.get(1));
        assertThat(piped.err()).isEmpty();
        cli.stderrIsTerminal = true;
        CliHarness.Result terminal = ok("sdk", "get", two.get(0), two.get(1));
        assertThat(terminal.err()).contains("Reading 1/2").contains("Reading 2/2");
        assertThat(terminal.out()).doesNotContain("Reading");
        CliHarness.Result quiet = ok("-q", "sdk", "get", two.get(0), two.get(1));
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEmpty();
    }

    @Test
    void usageErrorsAndHelp() {
        CliHarness.Result help = ok("--help");
        assertThat(help.out()).contains("whoami").contains("api-tokens").contains("Exit codes:");
        assertThat(cli.run().exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("sdk").exit()).isEqualTo(ExitCodes.USAGE);
        CliHarness.Result unknown = cli.run("whoami", "--frobnicate");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("--frobnicate");
        assertThat(cli.run("sdk", "get", "x", "--concurrency", "99").exit()).isEqualTo(ExitCodes.USAGE);
        CliHarness.Result json = cli.run("--json", "sdk", "disable", "x", "--frobnicate");
        assertThat(json.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(json.json().get("error").get("type").asText()).isEqualTo("USAGE");
        assertThat(json.json().get("command").asText()).isEqualTo("sdk disable");
        CliHarness.Result missing = cli.run("--json", "api-tokens");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("edfapay-tokens api-tokens needs a command: ").contains("rotate");
        assertThat(missing.json().get("ok").asBoolean()).isFalse();
    }

    @Test
    void arabicMessagesAndHelp() {
        CliHarness.Result r = ok("--language", "ar", "whoami");
        assertThat(r.out()).contains("الدور").contains("MERCHANT");
        CliHarness.Result help = ok("--language=ar", "sdk", "--help");
        assertThat(help.out()).contains("رموز SDK").contains("الأوامر:");
        CliHarness.Result failed = cli.run("--language", "ar", "sdk", "get", NO_SUCH_USER);
        assertThat(failed.err()).contains("لم يُعثر على العنصر أثناء قراءة رمز SDK للمستخدم").contains("HTTP 404");
    }
}
