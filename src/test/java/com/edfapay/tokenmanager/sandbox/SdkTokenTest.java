package com.edfapay.tokenmanager.sandbox;

import static com.edfapay.tokenmanager.sandbox.SandboxHttp.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.sandbox.SandboxHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generate-or-replace, toggle and read semantics of {@code /api/v1/sdk-token/{userId}}. */
class SdkTokenTest {

    private static final String TOKEN_FORMAT = "^[0-9A-F]{64}$";

    private static EdfaPaySandbox sandbox;
    private static SandboxHttp http;
    private static String merchantKey;

    @BeforeAll
    static void start() throws Exception {
        sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory());
        http = new SandboxHttp(sandbox);
        merchantKey = key(sandbox, "merchant");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void getAnswersTheTokenWithTheTerminalsDeviceData() {
        Persona terminal = sandbox.persona("terminal").orElseThrow();
        JsonNode data = http.get(merchantKey, "/api/v1/sdk-token/" + terminal.userId()).data();
        assertThat(SearchAndProtocolTest.fieldNames(data)).containsExactlyInAnyOrder("userId", "token",
                "businessUnitId", "userType", "terminalId", "trsm", "deviceId", "active");
        assertThat(data.get("userId").asText()).isEqualTo(terminal.userId());
        assertThat(data.get("businessUnitId").asText()).isEqualTo(terminal.businessUnitId());
        assertThat(data.get("userType").asText()).isEqualTo("TERMINAL");
        assertThat(data.get("token").asText()).matches(TOKEN_FORMAT);
        assertThat(data.get("terminalId").asText()).matches("[0-9a-f-]{36}");
        assertThat(data.get("trsm").asText()).matches("\\d{8,16}");
        assertThat(data.get("deviceId").asText()).startsWith("SM-A556E-");
    }

    @Test
    void postReplacesTheTokenAndTheOldValueIsGone() {
        String path = "/api/v1/sdk-token/" + sandbox.persona("user").orElseThrow().userId();
        String old = http.get(merchantKey, path).data().get("token").asText();

        Answer replaced = http.post(merchantKey, path, null);
        String fresh = replaced.data().get("token").asText();
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(fresh).matches(TOKEN_FORMAT).isNotEqualTo(old);
        assertThat(replaced.data().get("active").asBoolean()).isTrue();

        JsonNode after = http.get(merchantKey, path).data();
        assertThat(after.get("token").asText()).isEqualTo(fresh);
        assertThat(after.toString()).doesNotContain(old);
        String again = http.post(merchantKey, path, null).data().get("token").asText();
        assertThat(again).isNotEqualTo(fresh).isNotEqualTo(old);
    }

    @Test
    void putTogglesAndAnswersTheStateAfterTheToggle() {
        String path = "/api/v1/sdk-token/" + sandbox.persona("terminal").orElseThrow().userId();
        http.post(merchantKey, path, null);
        String token = http.get(merchantKey, path).data().get("token").asText();

        Answer off = http.put(merchantKey, path, null);
        assertThat(off.data().get("active").asBoolean()).isFalse();
        assertThat(off.data().get("token").asText()).as("a toggle keeps the token").isEqualTo(token);
        assertThat(http.get(merchantKey, path).data().get("active").asBoolean()).isFalse();

        Answer on = http.put(merchantKey, path, null);
        assertThat(on.data().get("active").asBoolean()).isTrue();
        assertThat(http.get(merchantKey, path).data().get("active").asBoolean()).isTrue();

        Answer replacedWhileDisabled = http.put(merchantKey, path, null);
        assertThat(replacedWhileDisabled.data().get("active").asBoolean()).isFalse();
        assertThat(http.post(merchantKey, path, null).data().get("active").asBoolean())
                .as("a replacement is active").isTrue();
    }

    @Test
    void aUserWithoutTokenReadsAsNullInactiveAndCannotBeToggled() {
        String userId = userWithoutToken();
        String path = "/api/v1/sdk-token/" + userId;

        Answer get = http.get(merchantKey, path);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.data().get("token").isNull()).isTrue();
        assertThat(get.data().get("active").asBoolean()).isFalse();

        Answer put = http.put(merchantKey, path, null);
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.errorCode()).isEqualTo("SDK_TOKEN_NOT_FOUND");
        assertThat(put.data().isNull()).isTrue();

        Answer generated = http.post(merchantKey, path, null);
        assertThat(generated.data().get("token").asText()).matches(TOKEN_FORMAT);
        assertThat(http.put(merchantKey, path, null).data().get("active").asBoolean()).isFalse();
    }

    @Test
    void aUserManagesItsOwnToken() {
        Persona user = sandbox.persona("user").orElseThrow();
        String path = "/api/v1/sdk-token/" + user.userId();
        String token = http.post(user.apiKey(), path, null).data().get("token").asText();
        assertThat(http.get(user.apiKey(), path).data().get("token").asText()).isEqualTo(token);
        assertThat(http.put(user.apiKey(), path, null).data().get("active").asBoolean()).isFalse();
        assertThat(http.put(user.apiKey(), path, null).data().get("active").asBoolean()).isTrue();
    }

    @Test
    void concurrentTogglesAreEachApplied() throws Exception {
        String path = "/api/v1/sdk-token/" + sandbox.persona("branch").orElseThrow().userId();
        http.post(merchantKey, path, null);
        List<CompletableFuture<HttpResponse<String>>> toggles = new ArrayList<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 10; i++) {
            toggles.add(client.sendAsync(
                    http.request(merchantKey, path).PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> toggle : toggles) {
            assertThat(toggle.get().statusCode()).isEqualTo(200);
        }
        assertThat(http.get(merchantKey, path).data().get("active").asBoolean())
                .as("an even number of toggles ends where it started").isTrue();
    }

    private static String userWithoutToken() {
        for (JsonNode user : http.get(merchantKey, "/api/v1/users/search?pageSize=500").data().get("content")) {
            String id = user.get("id").asText();
            if (http.get(merchantKey, "/api/v1/sdk-token/" + id).data().get("token").isNull()) {
                return id;
            }
        }
        throw new AssertionError("The seed has no user without an SDK token");
    }
}
