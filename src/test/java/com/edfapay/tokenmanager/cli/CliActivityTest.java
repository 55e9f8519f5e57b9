package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Everything the command line does lands in the activity log the window shows, marked as the command line's. */
class CliActivityTest extends SandboxCliTest {

    @Test
    void everyActionIsRecordedWithProfileRoleTargetAndOutcome() {
        List<String> users = usersWithToken(true);
        int before = cli.activity.read().size();

        ok("sdk", "disable", users.get(0), users.get(1));
        ok("sdk", "enable", users.get(0));
        ok("sdk", "disable", "--dry-run", users.get(1));
        String tokenId = ok("--json", "api-tokens", "generate", "--name", "audited").json().get("token").get("id")
                .asText();
        cli.run("sdk", "get", "00000000-0000-0000-0000-000000000000");

        List<ActivityEntry> entries = cli.activity.read().subList(before, cli.activity.read().size());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.detail()).startsWith("edfapay-tokens ");
            assertThat(e.role()).isEqualTo("MERCHANT");
            assertThat(e.profile()).isEqualTo("environment");
        });
        assertThat(entries).filteredOn(e -> e.action() == ActivityAction.BULK_ROW)
                .extracting(ActivityEntry::targetId).containsExactlyInAnyOrder(users.get(0), users.get(1));
        assertThat(entries).filteredOn(e -> e.action() == ActivityAction.BULK_ROW)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("edfapay-tokens sdk disable: DISABLE CHANGED"));
        assertThat(entries).filteredOn(e -> e.action() == ActivityAction.ENABLE).singleElement()
                .satisfies(e -> assertThat(e.targetId()).isEqualTo(users.get(0)));
        assertThat(entries).filteredOn(e -> e.action() == ActivityAction.GENERATE).singleElement()
                .satisfies(e -> {
                    assertThat(e.targetName()).isEqualTo("audited");
                    assertThat(e.targetId()).isEqualTo(tokenId);
                    assertThat(e.outcome()).isEqualTo(ActivityOutcome.SUCCEEDED);
                });
        assertThat(entries).filteredOn(e -> e.action() == ActivityAction.DISABLE).as("a dry run changes nothing")
                .isEmpty();
        assertThat(entries).filteredOn(e -> e.action() == ActivityAction.SIGN_IN).hasSize(5);

        cli.env.put(CliContext.API_KEY_VARIABLE, "edfa_0000000000000000000000000000000000000000");
        cli.run("whoami");
        ActivityEntry last = cli.activity.read().get(cli.activity.read().size() - 1);
        assertThat(last.action()).isEqualTo(ActivityAction.SIGN_IN);
        assertThat(last.outcome()).isEqualTo(ActivityOutcome.FAILED);
        assertThat(last.detail()).contains("UNAUTHORIZED").doesNotContain("edfa_0000");
    }
}
