package com.edfapay.tokenmanager.sandbox;

import static com.edfapay.tokenmanager.sandbox.SandboxHttp.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.MutableClock;
import com.edfapay.tokenmanager.sandbox.SandboxHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generate, list, use, disable, enable, expire and rotate API tokens. */
class ApiTokensTest {

    private static final Instant START = Instant.parse("2026-11-30T10:15:30Z");

    private static MutableClock clock;
    private static EdfaPaySandbox sandbox;
    private static SandboxHttp http;
    private static String merchantKey;
    private static String partnerKey;
    private static String merchantId;

    @BeforeAll
    static void start() throws Exception {
        clock = new MutableClock(START);
        sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory(), clock);
        http = new SandboxHttp(sandbox);
        merchantKey = key(sandbox, "merchant");
        partnerKey = key(sandbox, "partner");
        merchantId = sandbox.persona("merchant").orElseThrow().businessUnitId();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Answer generate(String key, String body) {
        return http.post(key, "/api/v1/api-tokens", body);
    }

    private static String body(String name) {
        return "{\"businessUnitId\":\"" + merchantId + "\",\"name\":\"" + name + "\"}";
    }

    @Test
    void generateReturnsTheSecretOnceAndTheListNeverDoes() {
        Answer generated = generate(merchantKey, "{\"businessUnitId\":\"" + merchantId
                + "\",\"name\":\"  Checkout backend  \"}");
        assertThat(generated.status()).as("%s", generated).isEqualTo(200);
        JsonNode token = generated.data();
        String secret = token.get("secret").asText();
        assertThat(secret).matches("^edfa_[0-9A-Za-z]{40}$");
        assertThat(token.get("prefix").asText()).isEqualTo(secret.substring(0, 9));
        assertThat(token.get("last4").asText()).isEqualTo(secret.substring(secret.length() - 4));
        assertThat(token.get("name").asText()).isEqualTo("Checkout backend");
        assertThat(token.get("active").asBoolean()).isTrue();
        assertThat(token.get("createdAt").asText())
                .isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        assertThat(token.get("createdBy").asText()).isEqualTo("admin.riyadh-coffee-roasters");
        assertThat(token.get("lastUsedAt").isNull()).isTrue();
        assertThat(token.get("businessUnitId").asText()).isEqualTo(merchantId);
        assertThat(SearchAndProtocolTest.fieldNames(token)).containsExactlyInAnyOrder("id", "name", "prefix",
                "last4", "active", "createdAt", "createdBy", "lastUsedAt", "expiresAt", "businessUnitId",
                "disabledReason", "replacedById", "secret");

        Answer list = http.get(merchantKey, "/api/v1/api-tokens?businessUnitId=" + merchantId);
        assertThat(list.body().toString()).doesNotContain(secret).doesNotContain("\"secret\"");
        assertThat(list.data().findValuesAsText("id")).contains(token.get("id").asText());
        assertThat(http.get(partnerKey, "/api/v1/api-tokens").body().toString()).doesNotContain(secret);
    }

    @Test
    void theSecretAuthenticatesAsTheMerchantAndRecordsItsUse() {
        JsonNode token = generate(partnerKey, body("Made by partner")).data();
        assertThat(token.get("createdBy").asText()).isEqualTo("partner.admin");
        String secret = token.get("secret").asText();

        clock.advance(Duration.ofMinutes(5));
        JsonNode me = http.get(secret, "/api/v1/me").data();
        assertThat(me.get("userType").asText()).isEqualTo("MERCHANT");
        assertThat(me.get("businessUnitId").asText()).isEqualTo(merchantId);
        assertThat(me.get("userId").asText()).isEqualTo(sandbox.persona("merchant").orElseThrow().userId());

        JsonNode listed = tokenInList(token.get("id").asText());
        assertThat(Instant.parse(listed.get("lastUsedAt").asText())).isEqualTo(clock.instant().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
        assertThat(http.get(secret, "/api/v1/users/search").status()).isEqualTo(200);
        assertThat(http.get(secret, "/api/v1/partner/search").status()).as("acts as MERCHANT").isEqualTo(403);
    }

    @Test
    void namesAreUniquePerBusinessUnitIgnoringCaseAndSpaces() {
        assertThat(generate(merchantKey, body("Reporting")).status()).isEqualTo(200);
        for (String duplicate : List.of("Reporting", " reporting ", "REPORTING")) {
            Answer answer = generate(merchantKey, body(duplicate));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("API_TOKEN_NAME_TAKEN");
            assertThat(answer.data().isNull()).isTrue();
        }
        String otherMerchant = http.get(partnerKey, "/api/v1/merchant/search?text=jeddah").data().get("content")
                .get(0).get("id").asText();
        assertThat(generate(partnerKey, "{\"businessUnitId\":\"" + otherMerchant + "\",\"name\":\"Reporting\"}")
                .status()).as("another merchant may use the name").isEqualTo(200);
    }

    @Test
    void invalidBodiesAreValidationFailures() {
        String past = START.minus(Duration.ofDays(1)).toString();
        for (String body : List.of(body(""), body("   "), body("x".repeat(65)),
                "{\"name\":\"No unit\"}",
                "{\"businessUnitId\":\"" + merchantId + "\",\"name\":\"Old\",\"expiresAt\":\"" + past + "\"}",
                "{\"businessUnitId\":\"" + merchantId + "\",\"name\":\"Bad rotate\",\"replacesTokenId\":\""
                        + UUID.randomUUID() + "\"}")) {
            Answer answer = generate(merchantKey, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.errorCode()).as(body).isEqualTo("VALIDATION_FAILED");
        }
        for (String body : List.of("{\"businessUnitId\":\"nope\",\"name\":\"X\"}",
                "{\"businessUnitId\":\"" + merchantId + "\",\"name\":\"X\",\"expiresAt\":\"tomorrow\"}",
                "{\"businessUnitId\":\"" + merchantId + "\",\"name\":42}")) {
            assertThat(generate(merchantKey, body).errorCode()).as(body).isEqualTo("BAD_REQUEST");
        }
        assertThat(generate(merchantKey, body("x".repeat(64))).status()).isEqualTo(200);
    }

    @Test
    void disableLocksTheTokenOutAndEnableLetsItBackIn() {
        JsonNode token = generate(merchantKey, body("Toggle me")).data();
        String secret = token.get("secret").asText();
        String statusPath = "/api/v1/api-tokens/" + token.get("id").asText() + "/status";

        Answer disabled = http.put(merchantKey, statusPath, "{\"active\":false,\"reason\":\"Key leaked in a log\"}");
        assertThat(disabled.data().get("active").asBoolean()).isFalse();
        assertThat(disabled.data().get("disabledReason").asText()).isEqualTo("Key leaked in a log");
        assertThat(disabled.data().has("secret")).isFalse();
        Answer again = http.put(merchantKey, statusPath, "{\"active\":false,\"reason\":\"Key leaked in a log\"}");
        assertThat(again.data()).as("idempotent").isEqualTo(disabled.data());

        Answer refused = http.get(secret, "/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.data().isNull()).isTrue();

        Answer enabled = http.put(merchantKey, statusPath, "{\"active\":true}");
        assertThat(enabled.data().get("active").asBoolean()).isTrue();
        assertThat(enabled.data().get("disabledReason").isNull()).isTrue();
        assertThat(http.get(secret, "/api/v1/me").status()).isEqualTo(200);

        assertThat(http.put(merchantKey, statusPath, "{\"reason\":\"no state\"}").errorCode())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(http.put(merchantKey, statusPath, "{\"active\":\"no\"}").errorCode()).isEqualTo("BAD_REQUEST");
        assertThat(http.put(merchantKey, "/api/v1/api-tokens/" + UUID.randomUUID() + "/status",
                "{\"active\":false}").status()).isEqualTo(404);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant expiresAt = clock.instant().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode token = generate(merchantKey, "{\"businessUnitId\":\"" + merchantId
                + "\",\"name\":\"Short lived\",\"expiresAt\":\"" + expiresAt + "\"}").data();
        assertThat(token.get("expiresAt").asText()).isEqualTo(expiresAt.toString());
        String secret = token.get("secret").asText();
        assertThat(http.get(secret, "/api/v1/me").status()).isEqualTo(200);

        clock.advance(Duration.ofHours(2));
        Answer expired = http.get(secret, "/api/v1/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(tokenInList(token.get("id").asText()).get("expiresAt").asText()).isEqualTo(expiresAt.toString());
    }

    @Test
    void rotationLinksTheOldTokenToItsReplacementAndKeepsItActive() {
        JsonNode old = generate(merchantKey, body("Rotating v1")).data();
        String oldId = old.get("id").asText();
        JsonNode fresh = generate(merchantKey, "{\"businessUnitId\":\"" + merchantId
                + "\",\"name\":\"Rotating v2\",\"replacesTokenId\":\"" + oldId + "\"}").data();

        JsonNode oldListed = tokenInList(oldId);
        assertThat(oldListed.get("replacedById").asText()).isEqualTo(fresh.get("id").asText());
        assertThat(oldListed.get("active").asBoolean()).isTrue();
        assertThat(tokenInList(fresh.get("id").asText()).get("replacedById").isNull()).isTrue();
        assertThat(http.get(old.get("secret").asText(), "/api/v1/me").status()).isEqualTo(200);

        List<String> ids = http.get(merchantKey, "/api/v1/api-tokens").data().findValuesAsText("id");
        assertThat(ids.indexOf(fresh.get("id").asText())).as("newest first").isLessThan(ids.indexOf(oldId));
    }

    private static JsonNode tokenInList(String id) {
        for (JsonNode token : http.get(merchantKey, "/api/v1/api-tokens").data()) {
            if (token.get("id").asText().equals(id)) {
                return token;
            }
        }
        throw new AssertionError("Token " + id + " is not listed");
    }
}
