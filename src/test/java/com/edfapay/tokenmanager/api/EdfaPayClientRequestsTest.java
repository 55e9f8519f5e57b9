package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every operation sends the exact method, path, query, headers and body of the wire contract. */
class EdfaPayClientRequestsTest extends ApiTestSupport {

    private static final String EMPTY_PAGE = pageJson("[]", 0, 0, 0, 20, true);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whoAmIGetsMe() throws Exception {
        server.enqueue(ok("{\"userId\":\"u1\",\"userType\":\"MERCHANT\",\"businessUnitId\":\"m1\","
                + "\"businessUnitName\":\"Shop\",\"partnerId\":\"p1\"}"));
        client.whoAmI();
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v1/me");
        assertStandardHeaders(r);
    }

    @Test
    void searchUsersSendsFlatQueryParameters() throws Exception {
        server.enqueue(ok(EMPTY_PAGE));
        client.searchUsers(new UserQuery(new PageRequest(2, 50, "lastName", SortDirection.DESC), "ali",
                "bu-9", UserType.TERMINAL, true));
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v1/users/search");
        assertThat(r.getUrl().queryParameter("pageNumber")).isEqualTo("2");
        assertThat(r.getUrl().queryParameter("pageSize")).isEqualTo("50");
        assertThat(r.getUrl().queryParameter("sortBy")).isEqualTo("lastName");
        assertThat(r.getUrl().queryParameter("sortDirection")).isEqualTo("DESC");
        assertThat(r.getUrl().queryParameter("text")).isEqualTo("ali");
        assertThat(r.getUrl().queryParameter("businessUnitId")).isEqualTo("bu-9");
        assertThat(r.getUrl().queryParameter("userType")).isEqualTo("TERMINAL");
        assertThat(r.getUrl().queryParameter("active")).isEqualTo("true");
        assertThat(r.getUrl().querySize()).isEqualTo(8);
        assertStandardHeaders(r);
    }

    @Test
    void searchUsersOmitsNullParameters() throws Exception {
        server.enqueue(ok(EMPTY_PAGE));
        client.searchUsers(UserQuery.all(PageRequest.first(20)));
        RecordedRequest r = take();
        assertThat(r.getTarget()).isEqualTo("/api/v1/users/search?pageNumber=0&pageSize=20");
    }

    @Test
    void searchMerchants() throws Exception {
        server.enqueue(ok(EMPTY_PAGE));
        client.searchMerchants(MerchantQuery.all(PageRequest.first(10).next()).withText("café & co")
                .withPartnerId("p-1").withActive(false));
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v1/merchant/search");
        assertThat(r.getUrl().queryParameter("pageNumber")).isEqualTo("1");
        assertThat(r.getUrl().queryParameter("pageSize")).isEqualTo("10");
        assertThat(r.getUrl().queryParameter("text")).isEqualTo("café & co");
        assertThat(r.getUrl().queryParameter("partnerId")).isEqualTo("p-1");
        assertThat(r.getUrl().queryParameter("active")).isEqualTo("false");
        assertThat(r.getUrl().queryParameter("sortBy")).isNull();
        assertThat(r.getUrl().querySize()).isEqualTo(5);
        assertStandardHeaders(r);
    }

    @Test
    void searchPartners() throws Exception {
        server.enqueue(ok(EMPTY_PAGE));
        client.searchPartners(new PageRequest(0, 5, "name", SortDirection.ASC), "acme");
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget())
                .isEqualTo("/api/v1/partner/search?pageNumber=0&pageSize=5&sortBy=name&sortDirection=ASC&text=acme");
        assertStandardHeaders(r);
    }

    @Test
    void getSdkToken() throws Exception {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        client.getSdkToken(USER_ID);
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v1/sdk-token/" + USER_ID);
        assertStandardHeaders(r);
        assertThat(r.getBodySize()).isZero();
    }

    @Test
    void generateSdkTokenPostsWithoutBody() throws Exception {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        client.generateSdkToken(USER_ID);
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v1/sdk-token/" + USER_ID);
        assertStandardHeaders(r);
        assertThat(r.getBodySize()).isZero();
        assertThat(r.getBody() == null || r.getBody().size() == 0).isTrue();
    }

    @Test
    void switchSdkTokenPutsWithoutBody() throws Exception {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        server.enqueue(ok(sdkJson(SDK_TOKEN, false)));
        client.setSdkTokenActive(USER_ID, false);
        RecordedRequest get = take();
        assertThat(get.getMethod()).isEqualTo("GET");
        RecordedRequest put = take();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getTarget()).isEqualTo("/api/v1/sdk-token/" + USER_ID);
        assertStandardHeaders(put);
        assertThat(put.getBodySize()).isZero();
    }

    @Test
    void pathSegmentsAreEncodedAndSeparatorsRefused() throws Exception {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        client.getSdkToken("\u00e4-1");
        assertThat(take().getTarget()).isEqualTo("/api/v1/sdk-token/%C3%A4-1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.getSdkToken("a/b?c"))
                .isInstanceOf(EdfaPayException.InvalidInput.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void listApiTokensWithAndWithoutBusinessUnit() throws Exception {
        server.enqueue(ok("[]"));
        server.enqueue(ok("[]"));
        client.listApiTokens(null);
        client.listApiTokens("m-1");
        RecordedRequest all = take();
        assertThat(all.getMethod()).isEqualTo("GET");
        assertThat(all.getTarget()).isEqualTo("/api/v1/api-tokens");
        assertStandardHeaders(all);
        RecordedRequest one = take();
        assertThat(one.getTarget()).isEqualTo("/api/v1/api-tokens?businessUnitId=m-1");
        assertStandardHeaders(one);
    }

    @Test
    void generateApiTokenPostsJson() throws Exception {
        server.enqueue(ok(apiTokenJson(true, ",\"secret\":\"edfa_0123456789abcdefghijABCDEFGHIJ0123456789\"")));
        client.generateApiToken(new NewApiToken("m-1", "  POS backend ", Instant.parse("2027-01-31T00:00:00Z"),
                "old-1"));
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v1/api-tokens");
        assertStandardHeaders(r);
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = json.readTree(r.getBody().utf8());
        assertThat(body.get("businessUnitId").asText()).isEqualTo("m-1");
        assertThat(body.get("name").asText()).isEqualTo("POS backend");
        assertThat(body.get("expiresAt").asText()).isEqualTo("2027-01-31T00:00:00Z");
        assertThat(body.get("replacesTokenId").asText()).isEqualTo("old-1");
        assertThat(body.size()).isEqualTo(4);
    }

    @Test
    void generateApiTokenOmitsOptionalFields() throws Exception {
        server.enqueue(ok(apiTokenJson(true, ",\"secret\":\"edfa_0123456789abcdefghijABCDEFGHIJ0123456789\"")));
        client.generateApiToken(new NewApiToken("m-1", "POS", null, null));
        JsonNode body = json.readTree(take().getBody().utf8());
        assertThat(body.size()).isEqualTo(2);
        assertThat(body.has("expiresAt")).isFalse();
    }

    @Test
    void setApiTokenActivePutsExplicitState() throws Exception {
        server.enqueue(ok(apiTokenJson(false, "")));
        client.setApiTokenActive("tok-1", false, "Leaked in a ticket");
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("PUT");
        assertThat(r.getTarget()).isEqualTo("/api/v1/api-tokens/tok-1/status");
        assertStandardHeaders(r);
        JsonNode body = json.readTree(r.getBody().utf8());
        assertThat(body.get("active").asBoolean()).isFalse();
        assertThat(body.get("active").isBoolean()).isTrue();
        assertThat(body.get("reason").asText()).isEqualTo("Leaked in a ticket");
    }

    @Test
    void enablingSendsNoReasonWhenNoneGiven() throws Exception {
        server.enqueue(ok(apiTokenJson(true, "")));
        client.setApiTokenActive("tok-1", true, null);
        JsonNode body = json.readTree(take().getBody().utf8());
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.has("reason")).isFalse();
    }

    @Test
    void baseUrlWithTrailingSlashOrApiPrefixIsNormalised() throws Exception {
        replaceClient(config().withBaseUrl(baseUrl() + "/api/v1/"));
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        client.getSdkToken(USER_ID);
        assertThat(take().getTarget()).isEqualTo("/api/v1/sdk-token/" + USER_ID);
    }

    @Test
    void pastedKeyWithSurroundingWhitespaceIsSentStripped() throws Exception {
        replaceClient(config().withApiKey("  " + API_KEY + "\n"));
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        client.getSdkToken(USER_ID);
        assertStandardHeaders(take());
    }

    static String apiTokenJson(boolean active, String extra) {
        return "{\"id\":\"tok-1\",\"name\":\"POS backend\",\"prefix\":\"edfa_0123\",\"last4\":\"6789\","
                + "\"active\":" + active + ",\"createdAt\":\"2026-11-30T10:15:30Z\",\"createdBy\":\"clerk\","
                + "\"lastUsedAt\":null,\"expiresAt\":\"2027-01-31T00:00:00Z\",\"businessUnitId\":\"m-1\","
                + "\"disabledReason\":" + (active ? "null" : "\"Leaked in a ticket\"") + ",\"replacedById\":null"
                + extra + "}";
    }
}
