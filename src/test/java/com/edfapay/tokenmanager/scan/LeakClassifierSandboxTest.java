package com.edfapay.tokenmanager.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classification against the real sandbox (in memory, over loopback): tokens the sandbox issued, planted in files,
 * are recognised as the scope's own, active or not; decoys of the same shape and other merchants' tokens are not.
 */
class LeakClassifierSandboxTest {

    private static EdfaPaySandbox sandbox;
    private static EdfaPayClient partner;
    private static EdfaPayClient merchant;
    private static EdfaPayClient branch;
    private static ExecutorService pool;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory());
        partner = client("partner");
        merchant = client("merchant");
        branch = client("branch");
        pool = Executors.newFixedThreadPool(4);
    }

    private static EdfaPayClient client(String persona) {
        return new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), sandbox.persona(persona).orElseThrow().apiKey()));
    }

    @AfterAll
    static void stop() {
        partner.close();
        merchant.close();
        branch.close();
        pool.shutdownNow();
        sandbox.close();
    }

    private List<ClassifiedFinding> scanAs(EdfaPayClient client, Clock clock) throws Exception {
        ScanResult result = new LeakScanner(pool, 2).scan(ScanRequest.of(dir), ScanMonitor.NONE);
        return new LeakClassifier(clock).classify(result.findings(),
                new ApiScopeTokens(client, client.whoAmI(), 4, java.util.concurrent.Executors::newFixedThreadPool, () -> false));
    }

    private static Map<String, ClassifiedFinding> byPath(List<ClassifiedFinding> findings) {
        return findings.stream().collect(Collectors.toMap(f -> f.finding().path(), Function.identity()));
    }

    @Test
    void apiTokensAreMatchedByPrefixAndLast4AgainstTheScopesList() throws Exception {
        String merchantId = merchant.whoAmI().businessUnitId();
        GeneratedApiToken active = merchant.generateApiToken(new NewApiToken(merchantId, "Checkout", null, null));
        GeneratedApiToken disabled = merchant.generateApiToken(new NewApiToken(merchantId, "Old server", null, null));
        merchant.setApiTokenActive(disabled.token().id(), false, "retired");
        Instant soon = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        GeneratedApiToken expiring = merchant.generateApiToken(new NewApiToken(merchantId, "Trial", soon, null));
        MerchantSummary other = partner.searchMerchants(MerchantQuery.all(PageRequest.first(50))).content().stream()
                .filter(m -> !m.id().equals(merchantId)).findFirst().orElseThrow();
        GeneratedApiToken foreign = partner.generateApiToken(new NewApiToken(other.id(), "Other shop", null, null));
        String activeSecret = active.secret().reveal();
        assertThat(TokenPatterns.kindOf(activeSecret)).as("the sandbox issues the documented shape")
                .isEqualTo(TokenKind.API_TOKEN);
        TestRepos.write(dir, "active.env", "KEY=" + activeSecret + "\n");
        TestRepos.write(dir, "disabled.env", "KEY=" + disabled.secret().reveal() + "\n");
        TestRepos.write(dir, "expiring.env", "KEY=" + expiring.secret().reveal() + "\n");
        TestRepos.write(dir, "foreign.env", "KEY=" + foreign.secret().reveal() + "\n");
        TestRepos.write(dir, "decoy.env", "KEY=" + TestRepos.apiToken() + "\n");
        List.of(active, disabled, expiring, foreign).forEach(g -> g.secret().wipe());

        Map<String, ClassifiedFinding> now = byPath(scanAs(merchant, Clock.systemUTC()));
        assertThat(now.get("active.env").classification()).isEqualTo(Classification.YOURS_ACTIVE);
        assertThat(now.get("active.env").owner().id()).isEqualTo(active.token().id());
        assertThat(now.get("active.env").owner().name()).isEqualTo("Checkout");
        assertThat(now.get("disabled.env").classification()).isEqualTo(Classification.YOURS_INACTIVE);
        assertThat(now.get("expiring.env").classification()).isEqualTo(Classification.YOURS_ACTIVE);
        assertThat(now.get("foreign.env").classification()).isEqualTo(Classification.NOT_IN_SCOPE);
        assertThat(now.get("decoy.env").classification()).isEqualTo(Classification.NOT_IN_SCOPE);

        Clock later = Clock.fixed(soon.plus(1, ChronoUnit.DAYS), ZoneOffset.UTC);
        assertThat(byPath(scanAs(merchant, later)).get("expiring.env").classification())
                .as("expired is no longer active").isEqualTo(Classification.YOURS_INACTIVE);

        Map<String, ClassifiedFinding> asPartner = byPath(scanAs(partner, Clock.systemUTC()));
        assertThat(asPartner.get("foreign.env").classification()).as("the partner's scope holds both merchants")
                .isEqualTo(Classification.YOURS_ACTIVE);
        assertThat(asPartner.get("active.env").classification()).isEqualTo(Classification.YOURS_ACTIVE);
        assertThat(asPartner.get("decoy.env").classification()).isEqualTo(Classification.NOT_IN_SCOPE);

        assertThat(byPath(scanAs(branch, Clock.systemUTC())).get("active.env").classification())
                .as("a branch cannot list API tokens").isEqualTo(Classification.UNVERIFIED);
    }

    @Test
    void sdkTokensAreMatchedByHashAgainstTheTokensOfTheUsersInScope() throws Exception {
        List<UserSummary> users = merchant.searchUsers(UserQuery.all(PageRequest.first(100))).content().stream()
                .filter(u -> u.userType() == UserType.TERMINAL || u.userType() == UserType.USER).toList();
        assertThat(users).hasSizeGreaterThanOrEqualTo(2);
        SdkToken working = merchant.generateSdkToken(users.get(0).id());
        SdkToken switchedOff = merchant.generateSdkToken(users.get(1).id());
        if (switchedOff.active()) {
            merchant.setSdkTokenActive(users.get(1).id(), false);
        }
        SdkToken replaced = merchant.generateSdkToken(users.get(0).id());
        assertThat(TokenPatterns.kindOf(replaced.token())).isEqualTo(TokenKind.SDK_TOKEN);
        TestRepos.write(dir, "device/working.json", "{\"token\":\"" + replaced.token() + "\"}\n");
        TestRepos.write(dir, "device/old.json", "{\"token\":\"" + working.token() + "\"}\n");
        TestRepos.write(dir, "device/off.json", "{\"token\":\"" + switchedOff.token() + "\"}\n");
        TestRepos.write(dir, "checksums.txt", TestRepos.sdkToken() + "  app.tar.gz\n");

        Map<String, ClassifiedFinding> found = byPath(scanAs(merchant, Clock.systemUTC()));
        assertThat(found.get("device/working.json").classification()).isEqualTo(Classification.YOURS_ACTIVE);
        assertThat(found.get("device/working.json").owner().id()).isEqualTo(users.get(0).id());
        assertThat(found.get("device/working.json").owner().name()).isEqualTo(users.get(0).displayName());
        assertThat(found.get("device/off.json").classification()).isEqualTo(Classification.YOURS_INACTIVE);
        assertThat(found.get("device/old.json").classification())
                .as("a replaced token is nobody's any more").isEqualTo(Classification.NOT_IN_SCOPE);
        assertThat(found.get("checksums.txt").classification()).isEqualTo(Classification.NOT_IN_SCOPE);

        EdfaPayClient self = client("user");
        try (self) {
            String ownId = sandbox.persona("user").orElseThrow().userId();
            SdkToken own = self.generateSdkToken(ownId);
            TestRepos.write(dir, "device/mine.json", "{\"token\":\"" + own.token() + "\"}\n");
            Map<String, ClassifiedFinding> asUser = byPath(scanAs(self, Clock.systemUTC()));
            assertThat(asUser.get("device/mine.json").classification()).isEqualTo(Classification.YOURS_ACTIVE);
            assertThat(asUser.get("device/working.json").classification())
                    .as("a user's scope is its own token only").isEqualTo(Classification.NOT_IN_SCOPE);
        }
    }
}
