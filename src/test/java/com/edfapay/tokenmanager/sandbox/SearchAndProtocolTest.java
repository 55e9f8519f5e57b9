package com.edfapay.tokenmanager.sandbox;

import static com.edfapay.tokenmanager.sandbox.SandboxHttp.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.sandbox.SandboxHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search paging, filters and sorting, plus the protocol-level errors (400/401/404/405) and the envelope. */
class SearchAndProtocolTest {

    private static EdfaPaySandbox sandbox;
    private static SandboxHttp http;
    private static String partnerKey;
    private static String merchantKey;
    private static String merchantId;
    private static String branchId;

    @BeforeAll
    static void start() throws Exception {
        sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory().withMerchants(4));
        http = new SandboxHttp(sandbox);
        partnerKey = key(sandbox, "partner");
        merchantKey = key(sandbox, "merchant");
        merchantId = sandbox.persona("merchant").orElseThrow().businessUnitId();
        branchId = sandbox.persona("branch").orElseThrow().businessUnitId();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void pagesAreZeroBasedAndCoverEveryUserExactlyOnce() {
        JsonNode first = http.get(merchantKey, "/api/v1/users/search?pageSize=5").data();
        assertThat(first.get("totalElements").asLong()).isEqualTo(18);
        assertThat(first.get("totalPages").asInt()).isEqualTo(4);
        assertThat(first.get("number").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(5);
        assertThat(first.get("numberOfElements").asInt()).isEqualTo(5);
        assertThat(first.get("first").asBoolean()).isTrue();
        assertThat(first.get("last").asBoolean()).isFalse();
        assertThat(first.get("empty").asBoolean()).isFalse();

        JsonNode lastPage = http.get(merchantKey, "/api/v1/users/search?pageSize=5&pageNumber=3").data();
        assertThat(lastPage.get("numberOfElements").asInt()).isEqualTo(3);
        assertThat(lastPage.get("first").asBoolean()).isFalse();
        assertThat(lastPage.get("last").asBoolean()).isTrue();

        JsonNode beyond = http.get(merchantKey, "/api/v1/users/search?pageSize=5&pageNumber=9").data();
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("content")).isEmpty();

        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            ids.addAll(http.get(merchantKey, "/api/v1/users/search?pageSize=5&pageNumber=" + page).data()
                    .get("content").findValuesAsText("id"));
        }
        assertThat(ids).hasSize(18).doesNotHaveDuplicates();
        assertThat(http.get(merchantKey, "/api/v1/users/search").data().get("size").asInt())
                .as("default page size").isEqualTo(20);
    }

    @Test
    void defaultSortIsUsernameAndSortDirectionIsHonoured() {
        List<String> usernames = http.get(partnerKey, "/api/v1/users/search?pageSize=500").data()
                .get("content").findValuesAsText("username");
        assertThat(usernames).isSortedAccordingTo(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)));

        List<String> lastNames = http.get(partnerKey,
                "/api/v1/users/search?pageSize=500&sortBy=lastName&sortDirection=DESC").data().get("content")
                .findValuesAsText("lastName");
        assertThat(lastNames).isSortedAccordingTo(
                Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)).reversed());

        List<String> merchantEmails = http.get(partnerKey, "/api/v1/merchant/search?sortBy=emailAddress").data()
                .get("content").findValuesAsText("emailAddress");
        assertThat(merchantEmails).hasSize(4).isSorted();
        List<String> types = http.get(partnerKey, "/api/v1/users/search?pageSize=500&sortBy=userType").data()
                .get("content").findValuesAsText("userType");
        assertThat(types).isSorted();
    }

    @Test
    void textFilterIsACaseInsensitiveSubstringOfTheElementsTextFields() {
        JsonNode olaya = http.get(merchantKey, "/api/v1/users/search?text=OLAYA&pageSize=500").data();
        assertThat(olaya.get("totalElements").asLong()).isEqualTo(5);
        for (JsonNode user : olaya.get("content")) {
            assertThat(user.toString().toLowerCase(Locale.ROOT)).contains("olaya");
        }
        JsonNode pharmacy = http.get(partnerKey, "/api/v1/merchant/search?text=pharm").data();
        assertThat(pharmacy.get("content").findValuesAsText("name")).containsExactly("Dammam Pharmacy");
        JsonNode arabic = http.get(partnerKey, "/api/v1/merchant/search?text=" + encode("محمصة")).data();
        assertThat(arabic.get("content").findValuesAsText("name")).containsExactly("Riyadh Coffee Roasters");
        assertThat(arabic.get("content").get(0).get("nameAR").asText()).isEqualTo("محمصة الرياض");
        JsonNode wildcard = http.get(partnerKey, "/api/v1/users/search?text=%25").data();
        assertThat(wildcard.get("totalElements").asLong()).as("LIKE wildcards are literal").isZero();
    }

    @Test
    void businessUnitUserTypeAndActiveFiltersCombine() {
        JsonNode ofMerchant = http.get(partnerKey, "/api/v1/users/search?pageSize=500&businessUnitId=" + merchantId)
                .data();
        assertThat(ofMerchant.get("totalElements").asLong()).as("merchant includes its branch").isEqualTo(18);
        assertThat(ofMerchant.get("content").findValuesAsText("businessUnitName")).contains("Olaya Branch");

        JsonNode ofBranch = http.get(partnerKey, "/api/v1/users/search?pageSize=500&businessUnitId=" + branchId)
                .data();
        assertThat(ofBranch.get("content").findValuesAsText("businessUnitId")).hasSize(5).containsOnly(branchId);

        JsonNode terminals = http.get(partnerKey, "/api/v1/users/search?pageSize=500&userType=TERMINAL").data();
        assertThat(terminals.get("content").findValuesAsText("userType")).isNotEmpty().containsOnly("TERMINAL");

        JsonNode inactive = http.get(partnerKey, "/api/v1/users/search?pageSize=500&active=false").data();
        assertThat(inactive.get("content")).isNotEmpty();
        inactive.get("content").forEach(user -> assertThat(user.get("active").asBoolean()).isFalse());

        JsonNode inactiveMerchants = http.get(partnerKey, "/api/v1/merchant/search?active=false").data();
        assertThat(inactiveMerchants.get("content").findValuesAsText("name")).containsExactly("Makkah Dates Company");
        JsonNode mine = http.get(partnerKey, "/api/v1/merchant/search?partnerId="
                + sandbox.persona("partner").orElseThrow().businessUnitId()).data();
        assertThat(mine.get("totalElements").asLong()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sortBy=password", "pageSize=0", "pageSize=501", "pageSize=ten", "pageNumber=-1",
            "sortDirection=UP", "userType=KING", "active=maybe", "businessUnitId=not-a-uuid"})
    void badSearchParametersAre400(String query) {
        Answer answer = http.get(partnerKey, "/api/v1/users/search?" + query);
        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("BAD_REQUEST");
        assertThat(answer.data().isNull()).isTrue();
        assertThat(answer.body().get("message").asText()).isNotBlank();
    }

    @Test
    void malformedIdsAndBodiesAre400() {
        for (String id : List.of("123", "not-a-uuid", "1-2-3-4-5", UUID.randomUUID() + "x")) {
            Answer answer = http.get(merchantKey, "/api/v1/sdk-token/" + id);
            assertThat(answer.status()).as(id).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("BAD_REQUEST");
        }
        for (String body : List.of("{bad json", "[]", "", "\"text\"")) {
            Answer answer = http.post(merchantKey, "/api/v1/api-tokens", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("BAD_REQUEST");
            assertThat(answer.data().isNull()).isTrue();
        }
        Answer malformedStatus = http.put(merchantKey, "/api/v1/api-tokens/" + UUID.randomUUID() + "/status",
                "{bad");
        assertThat(malformedStatus.status()).isEqualTo(400);
        assertThat(malformedStatus.errorCode()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void unknownPathsAre404AndWrongMethodsAre405() {
        for (String path : List.of("/api/v1/nope", "/api/v2/me", "/api/v1/sdk-token", "/", "/api/v1/me/extra")) {
            Answer answer = http.get(merchantKey, path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.errorCode()).isEqualTo("NO_SUCH_ENDPOINT");
            assertThat(answer.data().isNull()).isTrue();
        }
        Answer delete = http.method(merchantKey, "DELETE", "/api/v1/sdk-token/" + UUID.randomUUID());
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(delete.headers().firstValue("Allow").orElseThrow()).contains("GET", "POST", "PUT");
        assertThat(http.post(merchantKey, "/api/v1/me", "{}").status()).isEqualTo(405);
        assertThat(http.method(merchantKey, "PATCH", "/api/v1/api-tokens").status()).isEqualTo(405);
    }

    @Test
    void missingOrUnknownKeysAre401WithoutData() {
        for (String key : new String[] {null, "", "edfa_unknown", merchantKey + "x"}) {
            Answer answer = http.get(key, "/api/v1/me");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.errorCode()).isEqualTo("UNAUTHORIZED");
            assertThat(answer.data().isNull()).isTrue();
        }
    }

    @Test
    void everyAnswerIsTheJsonEnvelope() {
        Answer ok = http.get(merchantKey, "/api/v1/me");
        assertThat(ok.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(fieldNames(ok.body())).containsExactlyInAnyOrder("code", "message", "errorCode", "data");
        assertThat(ok.body().get("code").asInt()).isEqualTo(200);
        assertThat(ok.body().get("message").asText()).isEqualTo("Success");
        assertThat(ok.body().get("errorCode").isNull()).isTrue();

        Answer error = http.get(null, "/api/v1/me");
        assertThat(error.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(fieldNames(error.body())).containsExactlyInAnyOrder("code", "message", "errorCode", "data");
        assertThat(error.body().get("code").asInt()).isEqualTo(401);

        JsonNode user = http.get(merchantKey, "/api/v1/users/search?pageSize=1").data().get("content").get(0);
        assertThat(fieldNames(user)).containsExactlyInAnyOrder("id", "username", "email", "firstName", "lastName",
                "phoneNumber", "userType", "businessUnitId", "businessUnitName", "active");
        JsonNode merchant = http.get(merchantKey, "/api/v1/merchant/search").data().get("content").get(0);
        assertThat(fieldNames(merchant)).containsExactlyInAnyOrder("id", "name", "nameAR", "emailAddress", "active",
                "partnerId");
        JsonNode partner = http.get(partnerKey, "/api/v1/partner/search").data().get("content").get(0);
        assertThat(fieldNames(partner)).containsExactlyInAnyOrder("id", "name", "nameAR", "emailAddress", "active");
        JsonNode page = http.get(partnerKey, "/api/v1/partner/search").data();
        assertThat(fieldNames(page)).containsExactlyInAnyOrder("content", "totalElements", "totalPages", "number",
                "size", "numberOfElements", "first", "last", "empty");
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
