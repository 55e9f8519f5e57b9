package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.edfapay.tokenmanager.desktop.activity.ActivityCsv;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** No secret (API key, generated secret, SDK token) reaches stderr or the log, whatever the command does. */
class CliSecretsTest extends SandboxCliTest {

    private static final Pattern SECRET = Pattern.compile("edfa_[A-Za-z0-9]{40}");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
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

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
        root.setLevel(rootLevel);
    }

    @Test
    void noSecretReachesStderrOrTheLog() {
        List<String> secrets = new ArrayList<>();
        List<String> stderr = new ArrayList<>();
        secrets.add(cli.env.get(CliContext.API_KEY_VARIABLE));

        CliHarness.Result generated = ok("api-tokens", "generate", "--name", "watched");
        Matcher m = SECRET.matcher(generated.out());
        assertThat(m.find()).isTrue();
        secrets.add(m.group());
        stderr.add(generated.err());

        String oldId = ok("--json", "api-tokens", "list").json().get("items").get(0).get("id").asText();
        CliHarness.Result rotated = ok("--json", "api-tokens", "rotate", oldId);
        secrets.add(rotated.json().get("secret").asText());
        stderr.add(rotated.err());

        for (String user : usersWithToken(true)) {
            CliHarness.Result read = ok("--json", "sdk", "replace", "--reveal", user);
            JsonNode token = read.json().get("results").get(0).get("token");
            secrets.add(token.get("token").asText());
            stderr.add(read.err());
        }

        // Failures carry server text; the key the server was sent must not come back through them.
        stderr.add(cli.run("api-tokens", "generate", "--name", "watched").err());
        stderr.add(cli.run("sdk", "disable", "not-a-uuid", "00000000-0000-0000-0000-000000000000").err());
        stderr.add(cli.run("--api-key", secrets.get(0), "whoami").err());
        String disabledKey = secrets.get(1);
        String generatedId = null;
        for (JsonNode t : ok("--json", "api-tokens", "list").json().get("items")) {
            if (t.get("name").asText().equals("watched")) {
                generatedId = t.get("id").asText();
            }
        }
        assertThat(generatedId).isNotNull();
        ok("api-tokens", "disable", generatedId);
        cli.env.put(CliContext.API_KEY_VARIABLE, disabledKey);
        CliHarness.Result refused = cli.run("whoami");
        assertThat(refused.exit()).isEqualTo(ExitCodes.AUTHENTICATION);
        stderr.add(refused.err());

        assertThat(secrets).hasSizeGreaterThan(4);
        String allErr = String.join("\n", stderr);
        String allLog = logText();
        String activity = ActivityCsv.toCsv(cli.activity.read());
        assertThat(activity).contains("GENERATE").contains("ROTATE").contains("REPLACE").contains("REVEAL");
        for (String secret : secrets) {
            assertThat(activity).doesNotContain(secret);
        }
        assertThat(allLog).as("the run was logged").isNotEmpty();
        for (String secret : secrets) {
            assertThat(allErr).doesNotContain(secret);
            assertThat(allLog).doesNotContain(secret);
        }
    }

    private String logText() {
        StringBuilder sb = new StringBuilder();
        for (ILoggingEvent e : log.list) {
            sb.append(e.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                sb.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
        }
        return sb.toString();
    }
}
