package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Items the server sends without the id the client needs to act on them: a list names the missing field instead of
 * making rows that fail later; an action's answer falls back on the id it was asked about; a generated token's
 * one-time secret is delivered whatever the rest of the answer lacks.
 */
class MissingIdsTest extends ApiTestSupport {

    private EdfaPayException failure(Runnable call) {
        return catchThrowableOfType(EdfaPayException.class, call::run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"username\":\"no.id\"}", "{\"id\":null,\"username\":\"null.id\"}",
        "{\"id\":\"  \",\"username\":\"blank.id\"}"})
    void aUserWithoutAnIdMakesThePageMalformed(String user) {
        server.enqueue(ok("{\"content\":[{\"id\":\"u1\"}," + user + "],\"totalElements\":2}"));
        EdfaPayException e = failure(() -> client.searchUsers(UserQuery.all(PageRequest.first(10))));
        assertThat(e).isInstanceOf(EdfaPayException.MalformedResponse.class);
        assertThat(e.reason()).isEqualTo(Reason.FIELD_MISSING);
        assertThat(e.details().detail()).isEqualTo("id");
    }

    @Test
    void aMerchantOrPartnerWithoutAnIdIsMalformedToo() {
        server.enqueue(ok("{\"content\":[{\"name\":\"Nameless\"}],\"totalElements\":1}"));
        assertThat(failure(() -> client.searchMerchants(MerchantQuery.all(PageRequest.first(10)))).reason())
                .isEqualTo(Reason.FIELD_MISSING);
        server.enqueue(ok("{\"content\":[{\"name\":\"Nameless\"}],\"totalElements\":1}"));
        assertThat(failure(() -> client.searchPartners(PageRequest.first(10), null)).reason())
                .isEqualTo(Reason.FIELD_MISSING);
    }

    @Test
    void anApiTokenListWithATokenWithoutAnIdIsMalformed() {
        server.enqueue(ok("[{\"id\":\"t1\",\"name\":\"ci\",\"prefix\":\"edfa_\",\"last4\":\"abcd\",\"active\":true},"
                + "{\"name\":\"orphan\",\"prefix\":\"edfa_\",\"last4\":\"wxyz\",\"active\":true}]"));
        EdfaPayException e = failure(() -> client.listApiTokens("m-1"));
        assertThat(e.reason()).isEqualTo(Reason.FIELD_MISSING);
    }

    @Test
    void aStatusAnswerWithoutAnIdIsTheTokenThatWasAskedAbout() {
        server.enqueue(ok("{\"name\":\"ci\",\"prefix\":\"edfa_\",\"last4\":\"abcd\",\"active\":false}"));
        ApiToken token = client.setApiTokenActive("t-42", false, "rotated");
        assertThat(token.id()).isEqualTo("t-42");
        assertThat(token.active()).isFalse();
    }

    @Test
    void aGeneratedTokenWithoutAnIdStillDeliversItsSecret() {
        String secret = "edfa_" + "Zz09Yy18Xx".repeat(4);
        server.enqueue(ok("{\"name\":\"deploy\",\"prefix\":\"edfa_\",\"last4\":\"" + secret.substring(secret.length() - 4)
                + "\",\"active\":true,\"secret\":\"" + secret + "\"}"));
        GeneratedApiToken generated = client.generateApiToken(new NewApiToken("m-1", "deploy", null, null));
        assertThat(generated.token().id()).as("no id to act on, but the secret is not thrown away").isEmpty();
        assertThat(generated.secret().reveal()).isEqualTo(secret);
    }
}
