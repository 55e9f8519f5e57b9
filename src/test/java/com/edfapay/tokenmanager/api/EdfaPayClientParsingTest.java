package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lenient parsing of answers. */
class EdfaPayClientParsingTest extends ApiTestSupport {

    @Test
    void sdkTokenUnderTokenKey() {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        SdkToken t = client.getSdkToken(USER_ID);
        assertThat(t).isEqualTo(new SdkToken(USER_ID, SDK_TOKEN, "bu-1", UserType.TERMINAL, "term-1", "TRSM1",
                "dev-1", true));
        assertThat(t.hasToken()).isTrue();
        assertThat(t.last4()).isEqualTo("ABCD");
    }

    @Test
    void sdkTokenUnderSdkTokenKeyWithUnknownFields() {
        server.enqueue(ok("{\"userId\":\"" + USER_ID + "\",\"sdkToken\":\"" + SDK_TOKEN + "\",\"active\":false,"
                + "\"brandNewField\":{\"x\":[1,2]},\"userType\":\"SOMETHING_NEW\"}"));
        SdkToken t = client.getSdkToken(USER_ID);
        assertThat(t.token()).isEqualTo(SDK_TOKEN);
        assertThat(t.active()).isFalse();
        assertThat(t.userType()).isEqualTo(UserType.UNKNOWN);
        assertThat(t.businessUnitId()).isNull();
        assertThat(t.terminalId()).isNull();
        assertThat(t.trsm()).isNull();
        assertThat(t.deviceId()).isNull();
    }

    @Test
    void userWithoutTokenHasNoToken() {
        server.enqueue(ok(sdkJson(null, false)));
        SdkToken t = client.getSdkToken(USER_ID);
        assertThat(t.hasToken()).isFalse();
        assertThat(t.last4()).isEmpty();

        server.enqueue(ok(sdkJson("  ", false)));
        assertThat(client.getSdkToken(USER_ID).hasToken()).as("a blank token is no token").isFalse();
    }

    @Test
    void absentUserIdFallsBackToTheRequestedOne() {
        server.enqueue(ok("{\"token\":\"" + SDK_TOKEN + "\",\"active\":true}"));
        assertThat(client.getSdkToken(USER_ID).userId()).isEqualTo(USER_ID);
    }

    @Test
    void userPageIsParsed() {
        server.enqueue(ok(pageJson("[{\"id\":\"u1\",\"username\":\"jdoe\",\"email\":\"j@x.sa\",\"firstName\":\"John\","
                + "\"lastName\":\"Doe\",\"phoneNumber\":\"+966500000000\",\"userType\":\"SDK_USER\","
                + "\"businessUnitId\":\"b1\",\"businessUnitName\":\"Branch 1\",\"active\":true,\"extra\":1},"
                + "{\"id\":\"u2\",\"username\":\"solo\"}]", 42, 21, 3, 2, false)));
        Page<UserSummary> page = client.searchUsers(UserQuery.all(new PageRequest(3, 2, null, null)));
        assertThat(page.totalElements()).isEqualTo(42);
        assertThat(page.totalPages()).isEqualTo(21);
        assertThat(page.number()).isEqualTo(3);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.last()).isFalse();
        assertThat(page.content()).hasSize(2);
        UserSummary u1 = page.content().get(0);
        assertThat(u1).isEqualTo(new UserSummary("u1", "jdoe", "j@x.sa", "John", "Doe", "+966500000000",
                UserType.SDK_USER, "b1", "Branch 1", true));
        assertThat(u1.displayName()).isEqualTo("John Doe");
        UserSummary u2 = page.content().get(1);
        assertThat(u2.email()).isNull();
        assertThat(u2.active()).isNull();
        assertThat(u2.userType()).isNull();
        assertThat(u2.displayName()).isEqualTo("solo");
    }

    @Test
    void minimalPageGetsSensibleDefaults() {
        server.enqueue(ok("{\"content\":[{\"id\":\"p1\",\"name\":\"Acme\",\"nameAR\":\"أكمي\"}]}"));
        Page<PartnerSummary> page = client.searchPartners(PageRequest.first(10), null);
        assertThat(page.content()).containsExactly(new PartnerSummary("p1", "Acme", "أكمي", null, null));
        assertThat(page.totalElements()).isEqualTo(1);
        assertThat(page.totalPages()).isEqualTo(1);
        assertThat(page.last()).isTrue();
    }

    @Test
    void merchantPageIsParsed() {
        server.enqueue(ok(pageJson("[{\"id\":\"m1\",\"name\":\"Shop\",\"nameAR\":\"متجر\",\"emailAddress\":\"s@x.sa\","
                + "\"active\":false,\"partnerId\":\"p1\"}]", 1, 1, 0, 20, true)));
        Page<MerchantSummary> page = client.searchMerchants(MerchantQuery.all(PageRequest.first(20)));
        assertThat(page.content()).containsExactly(new MerchantSummary("m1", "Shop", "متجر", "s@x.sa", false, "p1"));
        assertThat(page.last()).isTrue();
    }

    @Test
    void apiTokensAreParsedWithInstants() {
        server.enqueue(ok("[" + EdfaPayClientRequestsTest.apiTokenJson(false, ",\"unknown\":true") + "]"));
        List<ApiToken> tokens = client.listApiTokens(null);
        assertThat(tokens).containsExactly(new ApiToken("tok-1", "POS backend", "edfa_0123", "6789", false,
                Instant.parse("2026-11-30T10:15:30Z"), "clerk", null, Instant.parse("2027-01-31T00:00:00Z"), "m-1",
                "Leaked in a ticket", null));
    }

    @Test
    void generatedApiTokenCarriesSecret() {
        String secret = "edfa_0123456789abcdefghijABCDEFGHIJ01234WXYZ";
        server.enqueue(ok(EdfaPayClientRequestsTest.apiTokenJson(true, ",\"secret\":\"" + secret + "\"")));
        GeneratedApiToken g = client.generateApiToken(new NewApiToken("m-1", "POS", null, null));
        assertThat(g.secret().reveal()).isEqualTo(secret);
        assertThat(g.secret().last4()).isEqualTo("WXYZ");
        assertThat(g.secret().length()).isEqualTo(secret.length());
        assertThat(g.token().id()).isEqualTo("tok-1");
        assertThat(g.toString()).doesNotContain(secret);
    }

    @Test
    void generatedApiTokenWithoutSecretIsMalformed() {
        server.enqueue(ok(EdfaPayClientRequestsTest.apiTokenJson(true, "")));
        assertThatThrownBy(() -> client.generateApiToken(new NewApiToken("m-1", "POS", null, null)))
                .isInstanceOf(EdfaPayException.MalformedResponse.class);
    }

    @Test
    void badTimestampIsMalformed() {
        server.enqueue(ok("[{\"id\":\"t\",\"createdAt\":\"yesterday\"}]"));
        assertThatThrownBy(() -> client.listApiTokens(null)).isInstanceOf(EdfaPayException.MalformedResponse.class);
    }

    @Test
    void missingDataIsMalformed() {
        server.enqueue(ok("null"));
        assertThatThrownBy(() -> client.getSdkToken(USER_ID)).isInstanceOf(EdfaPayException.MalformedResponse.class);
        server.enqueue(ok("\"text\""));
        assertThatThrownBy(() -> client.searchUsers(UserQuery.all(PageRequest.first(5))))
                .isInstanceOf(EdfaPayException.MalformedResponse.class);
    }

    @Test
    void meIsParsed() {
        server.enqueue(ok("{\"userId\":\"u1\",\"userType\":\"partner\",\"businessUnitId\":\"p1\","
                + "\"businessUnitName\":\"Acme\",\"partnerId\":\"p1\",\"more\":1}"));
        assertThat(client.whoAmI()).isEqualTo(new Identity("u1", UserType.PARTNER, "p1", "Acme", "p1", false));
    }
}
