package com.edfapay.tokenmanager.sandbox;

import static com.edfapay.tokenmanager.sandbox.SandboxHttp.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.sandbox.SandboxHttp.Answer;
import com.edfapay.tokenmanager.sandbox.auth.Secrets;
import com.edfapay.tokenmanager.sandbox.seed.Seeder;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyRepository;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role × endpoint × target: every persona against every endpoint, and against targets inside and outside its scope,
 * including a second partner's tree. Forbidden answers must carry no data; foreign targets look like missing ones.
 */
class RoleMatrixTest {

    private static final List<String> PERSONAS = List.of("partner", "merchant", "branch", "user", "terminal");

    private static EdfaPaySandbox sandbox;
    private static SandboxHttp http;
    private static Seeder.SeededPartner foreign;
    private static final Map<String, String> TARGETS = new HashMap<>();
    private static String firstMerchantId;
    private static String otherMerchantId;
    private static String branchId;
    private static String otherMerchantTokenId;
    private static String foreignTokenId;
    private static String ownTokenId;

    @BeforeAll
    static void start() throws Exception {
        sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory());
        http = new SandboxHttp(sandbox);
        foreign = sandbox.database().inTransaction(connection -> new Seeder(7, new Secrets(), Instant.now())
                .seedPartner(connection, "Other Partner", "شريك آخر", "Foreign ", ".other", 2, 4));
        String partnerKey = key(sandbox, "partner");
        firstMerchantId = sandbox.persona("merchant").orElseThrow().businessUnitId();
        branchId = sandbox.persona("branch").orElseThrow().businessUnitId();
        for (JsonNode merchant : http.get(partnerKey, "/api/v1/merchant/search").data().get("content")) {
            if (!merchant.get("id").asText().equals(firstMerchantId)) {
                otherMerchantId = merchant.get("id").asText();
            }
        }
        TARGETS.put("sameMerchant", firstUser(partnerKey, firstMerchantId, "SDK_USER"));
        TARGETS.put("branchUser", firstUser(partnerKey, branchId, "TERMINAL"));
        TARGETS.put("otherMerchant", firstUser(partnerKey, otherMerchantId, "USER"));
        TARGETS.put("foreign", foreign.userId().toString());
        TARGETS.put("missing", UUID.randomUUID().toString());

        otherMerchantTokenId = http.post(partnerKey, "/api/v1/api-tokens",
                "{\"businessUnitId\":\"" + otherMerchantId + "\",\"name\":\"Other merchant backend\"}")
                .data().get("id").asText();
        ownTokenId = http.post(partnerKey, "/api/v1/api-tokens",
                "{\"businessUnitId\":\"" + firstMerchantId + "\",\"name\":\"Matrix target\"}").data().get("id").asText();
        ApiKeyRow foreignKey = new ApiKeyRow(UUID.randomUUID(), foreign.merchantIds().get(0),
                foreign.merchantAdminId(), "Foreign backend", "edfa_Xxxx", "Xxxx", true, Instant.now(), "someone",
                null, null, null, null, false, true);
        sandbox.database().inTransaction(connection -> {
            ApiKeyRepository.insert(connection, foreignKey, Secrets.sha256("edfa_foreign-test-key"));
            return null;
        });
        foreignTokenId = foreignKey.id().toString();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String firstUser(String key, String unitId, String userType) {
        return http.get(key, "/api/v1/users/search?businessUnitId=" + unitId + "&userType=" + userType)
                .data().get("content").get(0).get("id").asText();
    }

    static Stream<Arguments> sdkTokenTargets() {
        // target: self, sameMerchant, branchUser, otherMerchant, foreign, missing
        Map<String, int[]> expected = Map.of(
                "partner", new int[] {200, 200, 200, 200, 404, 404},
                "merchant", new int[] {200, 200, 200, 404, 404, 404},
                "branch", new int[] {200, 404, 200, 404, 404, 404},
                "user", new int[] {200, 404, 404, 404, 404, 404},
                "terminal", new int[] {200, 404, 404, 404, 404, 404});
        List<String> targets = List.of("self", "sameMerchant", "branchUser", "otherMerchant", "foreign", "missing");
        List<Arguments> arguments = new ArrayList<>();
        for (String persona : PERSONAS) {
            for (int i = 0; i < targets.size(); i++) {
                arguments.add(Arguments.of(persona, targets.get(i), expected.get(persona)[i]));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} -> sdk-token of {1}: {2}")
    @MethodSource("sdkTokenTargets")
    void sdkTokenEndpointsRespectScope(String persona, String target, int expected) throws Exception {
        String key = key(sandbox, persona);
        String userId = target.equals("self") ? sandbox.persona(persona).orElseThrow().userId() : TARGETS.get(target);
        String path = "/api/v1/sdk-token/" + userId;
        String[] before = tokenInDatabase(userId);

        Answer get = http.get(key, path);
        Answer post = http.post(key, path, null);
        Answer put = http.put(key, path, null);

        for (Answer answer : List.of(get, post, put)) {
            assertThat(answer.status()).as("%s", answer).isEqualTo(expected);
            assertThat(answer.body().get("code").asInt()).isEqualTo(expected);
        }
        if (expected == 200) {
            assertThat(get.data().get("userId").asText()).isEqualTo(userId);
            assertThat(post.data().get("token").asText()).matches("^[0-9A-F]{64}$");
            assertThat(put.data().get("active").asBoolean()).isFalse();
        } else {
            for (Answer answer : List.of(get, post, put)) {
                assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
                assertThat(answer.data().isNull()).isTrue();
                assertThat(answer.body().toString()).doesNotContain(userId);
            }
            assertThat(tokenInDatabase(userId)).as("a refused change changes nothing").isEqualTo(before);
        }
    }

    static Stream<Arguments> endpointsByRole() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/me", Set.of("partner", "merchant", "branch", "user", "terminal")),
                Arguments.of("GET", "/api/v1/users/search", Set.of("partner", "merchant", "branch")),
                Arguments.of("GET", "/api/v1/merchant/search", Set.of("partner", "merchant")),
                Arguments.of("GET", "/api/v1/partner/search", Set.of("partner")),
                Arguments.of("GET", "/api/v1/api-tokens", Set.of("partner", "merchant")),
                Arguments.of("POST", "/api/v1/api-tokens", Set.of("partner", "merchant")),
                Arguments.of("PUT", "/api/v1/api-tokens/{own}/status", Set.of("partner", "merchant")));
    }

    @ParameterizedTest(name = "{0} {1} allowed for {2}")
    @MethodSource("endpointsByRole")
    void everyRoleGetsItsAnswerFromEveryEndpoint(String method, String template, Set<String> allowed) {
        for (String persona : PERSONAS) {
            String key = key(sandbox, persona);
            String path = template.replace("{own}", ownTokenId);
            Answer answer = switch (method) {
                case "GET" -> http.get(key, path);
                case "POST" -> http.post(key, path, "{\"businessUnitId\":\"" + firstMerchantId + "\",\"name\":\""
                        + persona + " " + UUID.randomUUID() + "\"}");
                default -> http.put(key, path, "{\"active\":true}");
            };
            if (allowed.contains(persona)) {
                assertThat(answer.status()).as("%s %s as %s: %s", method, path, persona, answer).isEqualTo(200);
                assertThat(answer.data().isNull()).isFalse();
            } else {
                assertThat(answer.status()).as("%s %s as %s: %s", method, path, persona, answer).isEqualTo(403);
                assertThat(answer.errorCode()).isEqualTo("FORBIDDEN");
                assertThat(answer.data().isNull()).isTrue();
            }
        }
    }

    @Test
    void meDescribesEachPersona() {
        String partnerId = sandbox.persona("partner").orElseThrow().businessUnitId();
        for (Persona persona : sandbox.personas()) {
            JsonNode me = http.get(persona.apiKey(), "/api/v1/me").data();
            assertThat(me.get("userId").asText()).isEqualTo(persona.userId());
            assertThat(me.get("userType").asText()).isEqualTo(persona.userType());
            assertThat(me.get("businessUnitId").asText()).isEqualTo(persona.businessUnitId());
            assertThat(me.get("businessUnitName").asText()).isEqualTo(persona.businessUnitName());
            assertThat(me.get("partnerId").asText()).isEqualTo(partnerId);
        }
    }

    @Test
    void searchesReturnOnlyWhatTheCallerMaySee() {
        Answer partnerUsers = http.get(key(sandbox, "partner"), "/api/v1/users/search?pageSize=500");
        // partner admin + 3 × (admin + 12) + branch user + 4 branch users
        assertThat(partnerUsers.data().get("totalElements").asLong()).isEqualTo(45);
        assertThat(partnerUsers.data().get("content").findValuesAsText("username"))
                .noneMatch(name -> name.endsWith(".other"));

        Answer merchantUsers = http.get(key(sandbox, "merchant"), "/api/v1/users/search?pageSize=500");
        assertThat(merchantUsers.data().get("totalElements").asLong()).isEqualTo(18);
        assertThat(merchantUsers.data().get("content").findValuesAsText("businessUnitId"))
                .containsOnly(firstMerchantId, branchId);

        Answer branchUsers = http.get(key(sandbox, "branch"), "/api/v1/users/search?pageSize=500");
        assertThat(branchUsers.data().get("totalElements").asLong()).isEqualTo(5);
        assertThat(branchUsers.data().get("content").findValuesAsText("businessUnitId")).containsOnly(branchId);

        Answer merchantsOfPartner = http.get(key(sandbox, "partner"), "/api/v1/merchant/search");
        assertThat(merchantsOfPartner.data().get("totalElements").asLong()).isEqualTo(3);
        assertThat(http.get(key(sandbox, "partner"), "/api/v1/merchant/search?text=foreign").data()
                .get("totalElements").asLong()).isZero();
        assertThat(http.get(key(sandbox, "partner"), "/api/v1/merchant/search?partnerId=" + foreign.partnerId())
                .data().get("totalElements").asLong()).isZero();

        JsonNode merchantsOfMerchant = http.get(key(sandbox, "merchant"), "/api/v1/merchant/search").data();
        assertThat(merchantsOfMerchant.get("content").findValuesAsText("id")).containsExactly(firstMerchantId);

        JsonNode partners = http.get(key(sandbox, "partner"), "/api/v1/partner/search").data();
        assertThat(partners.get("content").findValuesAsText("name")).containsExactly("Edfa Demo Partner");

        assertThat(http.get(key(sandbox, "merchant"), "/api/v1/users/search?businessUnitId=" + otherMerchantId)
                .data().get("totalElements").asLong()).as("a unit outside scope gives an empty page").isZero();
        assertThat(http.get(key(sandbox, "partner"), "/api/v1/users/search?businessUnitId=" + foreign.partnerId())
                .data().get("totalElements").asLong()).isZero();
        String partnerId = sandbox.persona("partner").orElseThrow().businessUnitId();
        assertThat(http.get(key(sandbox, "merchant"), "/api/v1/users/search?businessUnitId=" + partnerId)
                .data().get("totalElements").asLong()).as("the partner is outside a merchant's scope").isZero();
        assertThat(http.get(key(sandbox, "branch"), "/api/v1/users/search?businessUnitId=" + firstMerchantId)
                .data().get("totalElements").asLong()).as("the merchant is outside a branch's scope").isZero();
        assertThat(http.get(key(sandbox, "branch"), "/api/v1/users/search?businessUnitId=" + branchId)
                .data().get("totalElements").asLong()).isEqualTo(5);
        assertThat(http.get(key(sandbox, "partner"), "/api/v1/users/search?businessUnitId=" + partnerId)
                .data().get("totalElements").asLong()).isEqualTo(45);
    }

    @Test
    void apiTokensOfAnotherMerchantOrPartnerAreNotFound() {
        String merchantKey = key(sandbox, "merchant");
        String partnerKey = key(sandbox, "partner");
        String foreignMerchant = foreign.merchantIds().get(0).toString();

        assertThat(http.get(partnerKey, "/api/v1/api-tokens?businessUnitId=" + otherMerchantId).status())
                .isEqualTo(200);
        assertNotFound(http.get(merchantKey, "/api/v1/api-tokens?businessUnitId=" + otherMerchantId));
        assertNotFound(http.get(partnerKey, "/api/v1/api-tokens?businessUnitId=" + foreignMerchant));
        assertNotFound(http.get(merchantKey, "/api/v1/api-tokens?businessUnitId=" + foreignMerchant));
        assertNotFound(http.get(partnerKey, "/api/v1/api-tokens?businessUnitId=" + branchId));

        assertNotFound(http.post(merchantKey, "/api/v1/api-tokens",
                "{\"businessUnitId\":\"" + otherMerchantId + "\",\"name\":\"Sneaky\"}"));
        assertNotFound(http.post(partnerKey, "/api/v1/api-tokens",
                "{\"businessUnitId\":\"" + foreignMerchant + "\",\"name\":\"Sneaky\"}"));

        assertNotFound(http.put(merchantKey, "/api/v1/api-tokens/" + otherMerchantTokenId + "/status",
                "{\"active\":false}"));
        assertNotFound(http.put(partnerKey, "/api/v1/api-tokens/" + foreignTokenId + "/status",
                "{\"active\":false}"));
        assertThat(http.put(partnerKey, "/api/v1/api-tokens/" + otherMerchantTokenId + "/status",
                "{\"active\":true}").status()).isEqualTo(200);

        List<String> merchantList = http.get(merchantKey, "/api/v1/api-tokens").data().findValuesAsText("id");
        assertThat(merchantList).doesNotContain(otherMerchantTokenId, foreignTokenId);
        List<String> partnerList = http.get(partnerKey, "/api/v1/api-tokens").data().findValuesAsText("id");
        assertThat(partnerList).contains(otherMerchantTokenId, ownTokenId).doesNotContain(foreignTokenId);
        assertThat(http.get(partnerKey, "/api/v1/api-tokens").data().findValuesAsText("businessUnitId"))
                .doesNotContain(foreignMerchant, branchId);
    }

    @Test
    void personaKeysOfPartnerAndMerchantAreListedButPerUserKeysAreNot() {
        List<String> names = http.get(key(sandbox, "partner"), "/api/v1/api-tokens").data()
                .findValuesAsText("name");
        assertThat(names).contains("Sandbox persona key").noneMatch(name -> name.startsWith("Sandbox persona key ("));
        JsonNode merchantTokens = http.get(key(sandbox, "merchant"), "/api/v1/api-tokens").data();
        String merchantKeyLast4 = key(sandbox, "merchant").substring(key(sandbox, "merchant").length() - 4);
        assertThat(merchantTokens.findValuesAsText("last4")).contains(merchantKeyLast4);
    }

    private static void assertNotFound(Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(answer.data().isNull()).isTrue();
    }

    private static String[] tokenInDatabase(String userId) throws Exception {
        return sandbox.database().withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT token, active FROM sdk_tokens WHERE user_id = ?")) {
                statement.setObject(1, UUID.fromString(userId));
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[0];
                }
            }
        });
    }
}
