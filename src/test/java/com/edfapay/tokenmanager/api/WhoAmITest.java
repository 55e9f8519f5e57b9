package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** whoAmI: /me when offered; otherwise probing partner, merchant and user search in that order. */
class WhoAmITest extends ApiTestSupport {

    private static final MockResponse NOT_FOUND = json(404, error(404, "No such path", "NO_SUCH_ENDPOINT"));
    private static final MockResponse FORBIDDEN = json(403, error(403, "Not allowed", "FORBIDDEN"));

    /** Answers by path; records the order of paths asked. */
    private final class ByPath extends Dispatcher {
        final Map<String, MockResponse> answers;
        final List<String> asked = new ArrayList<>();

        ByPath(Map<String, MockResponse> answers) {
            this.answers = answers;
        }

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String path = r.getUrl().encodedPath();
            synchronized (asked) {
                asked.add(path);
            }
            return answers.getOrDefault(path, NOT_FOUND);
        }
    }

    private ByPath install(Map<String, MockResponse> answers) {
        ByPath d = new ByPath(answers);
        server.setDispatcher(d);
        return d;
    }

    @Test
    void usesMeWhenOffered() {
        ByPath d = install(Map.of("/api/v1/me", ok("{\"userId\":\"u1\",\"userType\":\"BRANCH\",\"businessUnitId\":"
                + "\"b1\",\"businessUnitName\":\"Olaya\",\"partnerId\":\"p1\"}")));
        Identity id = client.whoAmI();
        assertThat(id).isEqualTo(new Identity("u1", UserType.BRANCH, "b1", "Olaya", "p1", false));
        assertThat(d.asked).containsExactly("/api/v1/me");
    }

    @Test
    void meWithoutAUserTypeGivesUnknownNeverNull() {
        install(Map.of("/api/v1/me", ok("{\"userId\":\"u1\",\"businessUnitId\":\"b1\"}")));
        assertThat(client.whoAmI().userType()).isEqualTo(UserType.UNKNOWN);
    }

    @Test
    void probesPartnerFirst() {
        ByPath d = install(Map.of("/api/v1/partner/search", ok(pageJson(
                "[{\"id\":\"p1\",\"name\":\"Acme Partner\",\"nameAR\":null,\"emailAddress\":\"a@x.sa\",\"active\":true}]",
                1, 1, 0, 1, true))));
        Identity id = client.whoAmI();
        assertThat(id).isEqualTo(new Identity(null, UserType.PARTNER, "p1", "Acme Partner", "p1", true));
        assertThat(d.asked).containsExactly("/api/v1/me", "/api/v1/partner/search");
    }

    @Test
    void probesMerchantWhenPartnerSearchIsForbidden() {
        ByPath d = install(Map.of(
                "/api/v1/partner/search", FORBIDDEN,
                "/api/v1/merchant/search", ok(pageJson("[{\"id\":\"m1\",\"name\":\"Shop\",\"partnerId\":\"p1\"}]",
                        1, 1, 0, 1, true))));
        Identity id = client.whoAmI();
        assertThat(id).isEqualTo(new Identity(null, UserType.MERCHANT, "m1", "Shop", "p1", true));
        assertThat(d.asked).containsExactly("/api/v1/me", "/api/v1/partner/search", "/api/v1/merchant/search");
    }

    @Test
    void probesUsersWhenMerchantSearchIsRefused() {
        ByPath d = install(Map.of(
                "/api/v1/partner/search", FORBIDDEN,
                "/api/v1/merchant/search", json(400, error(400, "Access denied", "ACCESS_DENIED")),
                "/api/v1/users/search", ok(pageJson("[{\"id\":\"u9\",\"username\":\"t1\",\"businessUnitId\":\"b1\","
                        + "\"businessUnitName\":\"Olaya\"}]", 1, 1, 0, 1, true))));
        Identity id = client.whoAmI();
        assertThat(id).isEqualTo(new Identity(null, UserType.BRANCH, "b1", "Olaya", null, true));
        assertThat(d.asked).containsExactly("/api/v1/me", "/api/v1/partner/search", "/api/v1/merchant/search",
                "/api/v1/users/search");
    }

    @Test
    void branchWithNoUsersHasNoBusinessUnit() {
        install(Map.of(
                "/api/v1/partner/search", FORBIDDEN,
                "/api/v1/merchant/search", FORBIDDEN,
                "/api/v1/users/search", ok(pageJson("[]", 0, 0, 0, 1, true))));
        assertThat(client.whoAmI()).isEqualTo(new Identity(null, UserType.BRANCH, null, null, null, true));
    }

    @Test
    void nothingReadableMeansSelf() {
        ByPath d = install(Map.of(
                "/api/v1/partner/search", FORBIDDEN,
                "/api/v1/merchant/search", FORBIDDEN,
                "/api/v1/users/search", FORBIDDEN));
        Identity id = client.whoAmI();
        assertThat(id).isEqualTo(new Identity(null, UserType.SELF, null, null, null, true));
        assertThat(d.asked).hasSize(4);
    }

    @Test
    void realFailureDuringProbingIsThrown() {
        install(Map.of(
                "/api/v1/partner/search", FORBIDDEN,
                "/api/v1/merchant/search", json(500, error(500, "Boom", null))));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.whoAmI()))
                .isInstanceOf(EdfaPayException.ServerError.class);
    }

    @Test
    void unauthorizedOnMeIsThrown() {
        ByPath d = install(Map.of("/api/v1/me", json(401, error(401, "bad key", "UNAUTHORIZED"))));
        assertThat(catchThrowableOfType(EdfaPayException.class, () -> client.whoAmI()))
                .isInstanceOf(EdfaPayException.Unauthorized.class);
        assertThat(d.asked).containsExactly("/api/v1/me");
    }
}
