package com.edfapay.tokenmanager.sandbox;

import static com.edfapay.tokenmanager.sandbox.SandboxHttp.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * users/search over a scope large enough to be read through the username index: the first pages by skipping from
 * the start, pages in the second half backwards from the end, and pages deeper than {@code SKIP_AT_MOST} from both
 * ends by id from the search's ordered ids. Every page, forwards and backwards, is the right slice of the whole
 * sorted scope.
 */
class LargeScopePagingTest {

    private static EdfaPaySandbox sandbox;
    private static SandboxHttp http;
    private static String partnerKey;

    @BeforeAll
    static void start() throws Exception {
        sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory().withMerchants(30).withUsersPerMerchant(50));
        http = new SandboxHttp(sandbox);
        partnerKey = key(sandbox, "partner");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASC", "DESC"})
    void everyPageIsItsSliceOfTheSortedScope(String direction) {
        JsonNode first = http.get(partnerKey, "/api/v1/users/search?pageSize=7&sortDirection=" + direction).data();
        long total = first.get("totalElements").asLong();
        assertThat(total).as("large enough for the indexed read").isGreaterThan(1500);
        int pages = first.get("totalPages").asInt();

        List<String> usernames = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            JsonNode data = http.get(partnerKey, "/api/v1/users/search?pageSize=7&sortDirection=" + direction
                    + "&pageNumber=" + page).data();
            assertThat(data.get("totalElements").asLong()).isEqualTo(total);
            List<String> content = data.get("content").findValuesAsText("username");
            assertThat(content).as("page %d of %d", page, pages)
                    .hasSize((int) Math.min(7, total - page * 7L));
            usernames.addAll(content);
        }
        Comparator<String> order = Comparator.comparing(name -> name.toLowerCase(Locale.ROOT));
        assertThat(usernames).hasSize((int) total).doesNotHaveDuplicates()
                .isSortedAccordingTo(direction.equals("ASC") ? order : order.reversed());
        assertThat(http.get(partnerKey, "/api/v1/users/search?pageSize=7&sortDirection=" + direction
                + "&pageNumber=" + pages).data().get("content")).as("past the end").isEmpty();
    }

    /** Totals are counted once per scope and criteria: each filter keeps its own, asked in any order. */
    @Test
    void eachScopeAndCriterionHasItsOwnTotal() {
        long scope = total(partnerKey, "");
        long sum = 0;
        for (String type : List.of("SUPER_ADMIN", "PARTNER", "MERCHANT", "BRANCH", "TERMINAL", "SDK_USER", "USER")) {
            long ofType = total(partnerKey, "&userType=" + type);
            assertThat(ofType).as(type).isLessThan(scope);
            assertThat(http.get(partnerKey, "/api/v1/users/search?pageSize=100&userType=" + type).data()
                    .get("content").findValuesAsText("userType")).as(type).allMatch(type::equals);
            sum += ofType;
        }
        assertThat(sum).as("the types add up to the scope").isEqualTo(scope);
        assertThat(total(partnerKey, "")).as("asked again").isEqualTo(scope);
        long merchantScope = total(key(sandbox, "merchant"), "");
        assertThat(merchantScope).isPositive().isLessThan(scope);
        assertThat(total(partnerKey, "&text=zzzz-no-such-user")).isZero();
    }

    private static long total(String key, String criteria) {
        return http.get(key, "/api/v1/users/search?pageSize=1" + criteria).data().get("totalElements").asLong();
    }
}
