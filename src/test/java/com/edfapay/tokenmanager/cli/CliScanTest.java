package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.scan.TestRepos;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code scan PATH [--history] [--json]} in-process against the embedded sandbox: a token the sandbox issued, planted
 * in a folder and in a git repository's history, is found, classified as the scope's own, and decides the exit code;
 * its value never reaches stdout, stderr, the log or the activity log.
 */
class CliScanTest extends SandboxCliTest {

    @TempDir
    Path tree;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final List<CliHarness.Result> results = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void captureLog() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        log.start();
        root.addAppender(log);
    }

    /** After every test: no planted secret anywhere the command line writes. */
    @AfterEach
    void noSecretAnywhere() {
        root.detachAppender(log);
        root.setLevel(rootLevel);
        assertThat(secrets).isNotEmpty();
        for (String secret : secrets) {
            String last4 = secret.substring(secret.length() - 4);
            for (CliHarness.Result r : results) {
                assertThat(r.out()).doesNotContain(secret).doesNotContain(secret.substring(0, 12))
                        .doesNotContain(secret.substring(secret.length() - 12, secret.length() - 4) + last4);
                assertThat(r.err()).doesNotContain(secret);
            }
            for (ILoggingEvent e : log.list) {
                assertThat(e.getFormattedMessage()).doesNotContain(secret);
            }
            for (ActivityEntry entry : cli.activity.read()) {
                assertThat(entry.toString()).doesNotContain(secret);
            }
        }
    }

    private CliHarness.Result scan(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        CliHarness.Result r = cli.run(all.toArray(String[]::new));
        results.add(r);
        return r;
    }

    /** A new API token of the merchant: its id and its secret. */
    private String[] generate(String name) {
        JsonNode doc = ok("--json", "api-tokens", "generate", "--name", name).json();
        String secret = doc.get("secret").asText();
        secrets.add(secret);
        return new String[] {doc.get("token").get("id").asText(), secret};
    }

    @Test
    void anExposedActiveTokenIsFoundClassifiedAndFailsTheCheck() throws Exception {
        String[] token = generate("leaky");
        String decoy = TestRepos.apiToken();
        secrets.add(decoy);
        TestRepos.write(tree, "config/app.env", "# settings\nDEBUG=false\nEDFAPAY_KEY=" + token[1] + "\n");
        TestRepos.write(tree, "docs/example.md", "Use a key like " + decoy + " in examples.\n");

        CliHarness.Result table = scan("scan", tree.toString());
        assertThat(table.exit()).as(table.toString()).isEqualTo(ExitCodes.EXPOSED);
        String exposed = table.out().lines().filter(l -> l.contains("app.env")).findFirst().orElseThrow();
        assertThat(exposed).contains("ACTIVE (yours)").contains("API token").contains("config/app.env")
                .contains(" 3 ").contains("edfa_****" + token[1].substring(41)).contains("leaky (" + token[0] + ")");
        String other = table.out().lines().filter(l -> l.contains("example.md")).findFirst().orElseThrow();
        assertThat(other).contains("not in your scope").contains(" 1 ");
        assertThat(table.out()).contains("2 files read; 2 token-shaped values found.")
                .contains("1 active token of yours, 0 disabled or expired, 1 not in your scope, 0 not checked.")
                .contains("api-tokens disable");

        CliHarness.Result json = scan("--json", "scan", tree.toString());
        assertThat(json.exit()).isEqualTo(ExitCodes.EXPOSED);
        JsonNode doc = json.json();
        assertThat(doc.get("schema").asText()).isEqualTo("edfapay-tokens/1");
        assertThat(doc.get("command").asText()).isEqualTo("scan");
        assertThat(doc.get("ok").asBoolean()).isFalse();
        assertThat(doc.get("checked").asBoolean()).isTrue();
        assertThat(doc.get("connection").get("baseUrl").asText()).isEqualTo(sandbox.baseUrl());
        assertThat(fields(doc)).containsExactlyInAnyOrder("schema", "command", "ok", "folder", "history",
                "gitRepository", "checked", "connection", "findings", "skipped", "stats", "summary");
        JsonNode first = doc.get("findings").get(0);
        assertThat(fields(first)).containsExactlyInAnyOrder("kind", "path", "line", "last4", "classification",
                "commit", "owner");
        assertThat(first.get("classification").asText()).isEqualTo("YOURS_ACTIVE");
        assertThat(first.get("kind").asText()).isEqualTo("API_TOKEN");
        assertThat(first.get("path").asText()).isEqualTo("config/app.env");
        assertThat(first.get("line").asInt()).isEqualTo(3);
        assertThat(first.get("last4").asText()).isEqualTo(token[1].substring(41));
        assertThat(first.get("commit").isNull()).isTrue();
        assertThat(first.get("owner").get("id").asText()).isEqualTo(token[0]);
        assertThat(doc.get("findings").get(1).get("classification").asText()).isEqualTo("NOT_IN_SCOPE");
        assertThat(doc.get("summary").get("active").asInt()).isEqualTo(1);
        assertThat(doc.get("summary").get("notInScope").asInt()).isEqualTo(1);

        // disabled, the token no longer fails the check; the decoy never did
        ok("api-tokens", "disable", token[0], "--reason", "exposed in config/app.env");
        CliHarness.Result after = scan("--json", "scan", tree.toString());
        assertThat(after.exit()).as(after.toString()).isEqualTo(ExitCodes.OK);
        assertThat(after.json().get("ok").asBoolean()).isTrue();
        assertThat(after.json().get("findings").get(0).get("classification").asText()).isEqualTo("YOURS_INACTIVE");

        assertThat(cli.activity.read()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(ActivityAction.SCAN);
            assertThat(e.detail()).startsWith("edfapay-tokens scan").contains("1 active token exposed");
        });
    }

    @Test
    void theHistoryFindsATokenDeletedFromTheFolder() throws Exception {
        String[] token = generate("in history");
        try (Git git = TestRepos.init(tree)) {
            TestRepos.write(tree, "deploy.sh", "export KEY=" + token[1] + "\n");
            RevCommit added = TestRepos.commitAll(git, "add deploy script", "Dana Dev",
                    Instant.parse("2026-03-01T10:00:00Z"));
            Files.delete(tree.resolve("deploy.sh"));
            TestRepos.write(tree, "README", "nothing here\n");
            TestRepos.commitAll(git, "remove the key", "Dana Dev", Instant.parse("2026-03-02T10:00:00Z"));

            CliHarness.Result folderOnly = scan("scan", tree.toString());
            assertThat(folderOnly.exit()).as(folderOnly.toString()).isEqualTo(ExitCodes.OK);
            assertThat(folderOnly.out()).contains("0 token-shaped values found.");

            CliHarness.Result history = scan("scan", "--history", tree.toString());
            assertThat(history.exit()).as(history.toString()).isEqualTo(ExitCodes.EXPOSED);
            String line = history.out().lines().filter(l -> l.contains("deploy.sh")).findFirst().orElseThrow();
            assertThat(line).contains("ACTIVE (yours)").contains(added.getName().substring(0, 8))
                    .contains("Dana Dev").contains("2026-03-01");
            assertThat(history.out()).contains("commits").contains("1 token-shaped value found.");

            JsonNode commit = scan("--json", "scan", "--history", tree.toString()).json().get("findings").get(0)
                    .get("commit");
            assertThat(commit.get("id").asText()).isEqualTo(added.getName());
            assertThat(commit.get("author").asText()).isEqualTo("Dana Dev");
            assertThat(commit.get("date").asText()).isEqualTo("2026-03-01T10:00:00Z");
        }
    }

    @Test
    void withoutAKeyFindingsAreUncheckedAndSaySo() throws Exception {
        String[] token = generate("unchecked");
        TestRepos.write(tree, "a.txt", token[1] + "\n");
        cli.env.clear();

        CliHarness.Result noKey = scan("scan", tree.toString());
        assertThat(noKey.exit()).as(noKey.toString()).isEqualTo(ExitCodes.UNCHECKED);
        assertThat(noKey.err()).contains("not checked against your tokens");
        assertThat(noKey.out()).contains("unknown (not checked)").contains("a.txt");

        CliHarness.Result offline = scan("--json", "scan", "--offline", tree.toString());
        assertThat(offline.exit()).isEqualTo(ExitCodes.UNCHECKED);
        assertThat(offline.err()).isEmpty();
        assertThat(offline.json().get("checked").asBoolean()).isFalse();
        assertThat(offline.json().get("connection").isNull()).isTrue();
        assertThat(offline.json().get("findings").get(0).get("classification").asText()).isEqualTo("UNVERIFIED");

        CliHarness.Result arabic = scan("--language", "ar", "scan", "--offline", tree.toString());
        assertThat(arabic.out()).contains("غير معروف (لم يُتحقق منه)").contains("رمز API");
    }

    @Test
    void aCleanFolderPassesAndAMissingOneIsAUsageError() throws Exception {
        secrets.add(generate("never planted")[1]);
        TestRepos.write(tree, "src/Main.java", "class Main {}\n");
        CliHarness.Result clean = scan("scan", tree.toString());
        assertThat(clean.exit()).as(clean.toString()).isEqualTo(ExitCodes.OK);
        assertThat(clean.out()).contains("1 file read; 0 token-shaped values found.");

        CliHarness.Result missing = scan("scan", tree.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("does not exist");

        CliHarness.Result noPath = scan("scan");
        assertThat(noPath.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noPath.err()).contains("Missing PATH.");
    }
}
