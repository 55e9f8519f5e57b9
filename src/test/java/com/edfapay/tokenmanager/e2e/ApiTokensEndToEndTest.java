package com.edfapay.tokenmanager.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API tokens end to end: list, generate (show-once secret that really authenticates), disable/enable, rotate. */
class ApiTokensEndToEndTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static EdfaPaySandbox sandbox;
    private static EdfaPayClient partner;
    private static EdfaPayClient merchant;
    private static String merchantId;

    @BeforeAll
    static void startSandbox() {
        sandbox = E2e.start();
        partner = E2e.client(sandbox, "partner");
        merchant = E2e.client(sandbox, "merchant");
        merchantId = E2e.persona(sandbox, "merchant").businessUnitId();
    }

    @AfterAll
    static void stopSandbox() {
        partner.close();
        merchant.close();
        sandbox.close();
    }

    private static String uniqueName(String what) {
        return what + " " + NAMES.incrementAndGet();
    }

    private static GeneratedApiToken generate(EdfaPayClient client, String businessUnitId, String name) {
        GeneratedApiToken g = client.generateApiToken(new NewApiToken(businessUnitId, name, null, null));
        E2e.remember(g.secret().reveal());
        return g;
    }

    private static ApiToken listed(EdfaPayClient client, String tokenId) {
        return client.listApiTokens(null).stream().filter(t -> t.id().equals(tokenId)).findFirst()
                .orElseThrow(() -> new AssertionError("token " + tokenId + " not listed"));
    }

    @Test
    void generatedSecretHasTheContractsShapeAndAuthenticatesAsTheMerchant() {
        String name = uniqueName("Backend");
        GeneratedApiToken g = generate(merchant, merchantId, name);
        String secret = g.secret().reveal();

        assertThat(secret).matches("edfa_[0-9A-Za-z]{40}");
        assertThat(g.token().prefix()).isEqualTo(secret.substring(0, 9));
        assertThat(g.token().last4()).isEqualTo(secret.substring(secret.length() - 4));
        assertThat(g.token().name()).isEqualTo(name);
        assertThat(g.token().active()).isTrue();
        assertThat(g.token().businessUnitId()).isEqualTo(merchantId);
        assertThat(g.token().createdAt()).isNotNull();
        assertThat(g.token().createdBy()).isNotBlank();
        assertThat(g.token().disabledReason()).isNull();
        assertThat(g.token().replacedById()).isNull();
        assertThat(g.toString()).doesNotContain(secret);

        try (EdfaPayClient bySecret = new EdfaPayClient(
                com.edfapay.tokenmanager.api.ClientConfig.of(sandbox.baseUrl(), secret))) {
            Identity me = bySecret.whoAmI();
            assertThat(me.userType()).isEqualTo(UserType.MERCHANT);
            assertThat(me.businessUnitId()).isEqualTo(merchantId);
            assertThat(me.businessUnitName()).isEqualTo(E2e.persona(sandbox, "merchant").businessUnitName());
        }
        assertThat(listed(merchant, g.token().id()).lastUsedAt()).as("use is recorded").isNotNull();
    }

    @Test
    void theListCarriesPrefixAndLast4ButNeverTheSecret() throws Exception {
        GeneratedApiToken g = generate(merchant, merchantId, uniqueName("Listed"));
        String secret = g.secret().reveal();

        List<ApiToken> tokens = merchant.listApiTokens(merchantId);
        assertThat(tokens).extracting(ApiToken::id).contains(g.token().id());
        assertThat(tokens).allSatisfy(t -> {
            assertThat(t.prefix()).startsWith("edfa_").hasSize(9);
            assertThat(t.last4()).hasSize(4);
            assertThat(t.businessUnitId()).isEqualTo(merchantId);
        });
        ApiToken mine = tokens.stream().filter(t -> t.id().equals(g.token().id())).findFirst().orElseThrow();
        assertThat(mine.prefix()).isEqualTo(g.token().prefix());
        assertThat(mine.last4()).isEqualTo(g.token().last4());
        assertThat(tokens).extracting(ApiToken::createdAt).as("newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // On the wire, too: the list never carries a secret field or the secret's value.
        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUrl() + "/api/v1/api-tokens?businessUnitId=" + merchantId))
                .header("X-API-KEY", E2e.persona(sandbox, "merchant").apiKey()).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).contains(g.token().id()).doesNotContain("\"secret\"").doesNotContain(secret);
    }

    @Test
    void aDuplicateNameIsRejectedWithApiTokenNameTaken() {
        String name = uniqueName("Twice");
        GeneratedApiToken first = generate(merchant, merchantId, name);

        EdfaPayException e = E2e.failure(() -> merchant.generateApiToken(new NewApiToken(merchantId, name, null,
                null)));
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.errorCode()).isEqualTo("API_TOKEN_NAME_TAKEN");
        assertThat(e.getMessage()).isNotBlank();
        assertThat(merchant.listApiTokens(merchantId)).filteredOn(t -> t.name().equals(name)).singleElement()
                .extracting(ApiToken::id).isEqualTo(first.token().id());
    }

    @Test
    void disableWithAReasonLocksTheSecretOutAndEnableLetsItBackIn() {
        GeneratedApiToken g = generate(merchant, merchantId, uniqueName("Toggled"));
        String id = g.token().id();
        try (EdfaPayClient bySecret = E2e.clientWithKey(sandbox, g.secret().reveal())) {
            assertThat(bySecret.whoAmI().businessUnitId()).isEqualTo(merchantId);

            ApiToken disabled = merchant.setApiTokenActive(id, false, "  leaked in a ticket  ");
            assertThat(disabled.active()).isFalse();
            assertThat(disabled.disabledReason()).isEqualTo("leaked in a ticket");
            assertThat(listed(merchant, id).active()).isFalse();
            EdfaPayException refused = E2e.failure(bySecret::whoAmI);
            assertThat(refused).isInstanceOf(EdfaPayException.Unauthorized.class);
            assertThat(refused.httpStatus()).isEqualTo(401);
            assertThat(E2e.failure(() -> bySecret.listApiTokens(null)))
                    .isInstanceOf(EdfaPayException.Unauthorized.class);

            ApiToken disabledAgain = merchant.setApiTokenActive(id, false, "leaked in a ticket");
            assertThat(disabledAgain.active()).as("idempotent: disabling twice stays disabled").isFalse();
            assertThat(disabledAgain.disabledReason()).isEqualTo("leaked in a ticket");

            ApiToken enabled = merchant.setApiTokenActive(id, true, null);
            assertThat(enabled.active()).isTrue();
            assertThat(enabled.disabledReason()).as("cleared when enabling").isNull();
            assertThat(bySecret.whoAmI().businessUnitId()).isEqualTo(merchantId);

            ApiToken enabledAgain = merchant.setApiTokenActive(id, true, null);
            assertThat(enabledAgain.active()).as("idempotent: enabling twice stays enabled").isTrue();
            assertThat(bySecret.whoAmI().userType()).isEqualTo(UserType.MERCHANT);
        }
    }

    @Test
    void replacingATokenLinksTheOldOneToTheNewAndLeavesItActive() {
        GeneratedApiToken old = generate(merchant, merchantId, uniqueName("Old"));
        GeneratedApiToken replacement = merchant.generateApiToken(new NewApiToken(merchantId, uniqueName("New"),
                null, old.token().id()));
        E2e.remember(replacement.secret().reveal());

        assertThat(replacement.secret().reveal()).isNotEqualTo(old.secret().reveal());
        ApiToken oldNow = listed(merchant, old.token().id());
        assertThat(oldNow.replacedById()).isEqualTo(replacement.token().id());
        assertThat(oldNow.active()).as("the old token stays active until retired").isTrue();
        assertThat(listed(merchant, replacement.token().id()).replacedById()).isNull();
        try (EdfaPayClient byOld = E2e.clientWithKey(sandbox, old.secret().reveal());
             EdfaPayClient byNew = E2e.clientWithKey(sandbox, replacement.secret().reveal())) {
            assertThat(byOld.whoAmI().businessUnitId()).isEqualTo(merchantId);
            assertThat(byNew.whoAmI().businessUnitId()).isEqualTo(merchantId);
        }
    }

    @Test
    void anExpiryInTheFutureIsKeptAndOneInThePastIsRejected() {
        Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        GeneratedApiToken g = merchant.generateApiToken(new NewApiToken(merchantId, uniqueName("Expiring"), expiry,
                null));
        E2e.remember(g.secret().reveal());
        assertThat(g.token().expiresAt()).isEqualTo(expiry);
        assertThat(listed(merchant, g.token().id()).expiresAt()).isEqualTo(expiry);

        EdfaPayException e = E2e.failure(() -> merchant.generateApiToken(new NewApiToken(merchantId,
                uniqueName("Expired"), Instant.now().minus(1, ChronoUnit.DAYS), null)));
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.errorCode()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aPartnerGeneratesForOneOfItsMerchants() {
        MerchantSummary other = partner.searchMerchants(MerchantQuery.all(PageRequest.first(50))).content().stream()
                .filter(m -> !m.id().equals(merchantId)).findFirst().orElseThrow();
        GeneratedApiToken g = generate(partner, other.id(), uniqueName("Partner-made"));

        assertThat(g.token().businessUnitId()).isEqualTo(other.id());
        assertThat(partner.listApiTokens(other.id())).extracting(ApiToken::id).contains(g.token().id());
        assertThat(partner.listApiTokens(null)).extracting(ApiToken::id).contains(g.token().id());
        assertThat(merchant.listApiTokens(null)).extracting(ApiToken::id).doesNotContain(g.token().id());
        try (EdfaPayClient bySecret = E2e.clientWithKey(sandbox, g.secret().reveal())) {
            Identity me = bySecret.whoAmI();
            assertThat(me.userType()).isEqualTo(UserType.MERCHANT);
            assertThat(me.businessUnitId()).isEqualTo(other.id());
            assertThat(me.businessUnitName()).isEqualTo(other.name());
        }

        ApiToken disabled = partner.setApiTokenActive(g.token().id(), false, "partner retired it");
        assertThat(disabled.active()).isFalse();
    }

    @Test
    void thePartnersListCoversItsMerchants() {
        GeneratedApiToken mine = generate(merchant, merchantId, uniqueName("For the partner list"));
        List<ApiToken> all = partner.listApiTokens(null);
        assertThat(all).extracting(ApiToken::id).contains(mine.token().id());
        assertThat(partner.listApiTokens(merchantId)).extracting(ApiToken::businessUnitId).containsOnly(merchantId);
    }

    @Test
    void aMerchantSecretCanManageItsOwnTokens() {
        GeneratedApiToken g = generate(merchant, merchantId, uniqueName("Manager"));
        try (EdfaPayClient bySecret = E2e.clientWithKey(sandbox, g.secret().reveal())) {
            GeneratedApiToken child = generate(bySecret, merchantId, uniqueName("Child"));
            assertThat(merchant.listApiTokens(merchantId)).extracting(ApiToken::id).contains(child.token().id());
        }
    }

    @Test
    void namesAreTrimmedAndBoundedAndReplacementsStayInTheirBusinessUnit() {
        String name = uniqueName("Trimmed");
        GeneratedApiToken trimmed = generate(merchant, merchantId, "   " + name + "   ");
        assertThat(trimmed.token().name()).isEqualTo(name);

        EdfaPayException tooLong = E2e.failure(() -> merchant.generateApiToken(new NewApiToken(merchantId,
                "n".repeat(65), null, null)));
        assertThat(tooLong).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(tooLong.errorCode()).isEqualTo("VALIDATION_FAILED");
        GeneratedApiToken longest = generate(merchant, merchantId, "m".repeat(64));
        assertThat(longest.token().name()).hasSize(64);

        MerchantSummary other = partner.searchMerchants(MerchantQuery.all(PageRequest.first(50))).content().stream()
                .filter(m -> !m.id().equals(merchantId)).findFirst().orElseThrow();
        GeneratedApiToken foreign = generate(partner, other.id(), uniqueName("Elsewhere"));
        EdfaPayException crossUnit = E2e.failure(() -> partner.generateApiToken(new NewApiToken(merchantId,
                uniqueName("Cross"), null, foreign.token().id())));
        assertThat(crossUnit).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(crossUnit.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(partner.listApiTokens(other.id())).filteredOn(t -> t.id().equals(foreign.token().id()))
                .singleElement().satisfies(t -> assertThat(t.replacedById()).isNull());
    }

    @Test
    void anUnknownTokenIdIsNotFound() {
        EdfaPayException e = E2e.failure(() -> merchant.setApiTokenActive("00000000-0000-4000-8000-000000000001",
                false, "x"));
        assertThat(e).isInstanceOf(EdfaPayException.NotFound.class);
        assertThat(e.httpStatus()).isEqualTo(404);
    }
}
