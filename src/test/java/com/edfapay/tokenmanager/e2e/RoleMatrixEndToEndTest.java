package com.edfapay.tokenmanager.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.Persona;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each role may do, over the wire: allowed operations answer data; operations a user type may not use are
 * Forbidden; targets outside the caller's scope are NotFound (or Forbidden), never data, and never changed.
 */
class RoleMatrixEndToEndTest {

    private static EdfaPaySandbox sandbox;
    private static Map<String, EdfaPayClient> clients;
    /** A USER of a merchant other than the merchant persona's, and a TERMINAL of that merchant. */
    private static UserSummary foreignUser;
    private static UserSummary foreignTerminal;
    private static MerchantSummary foreignMerchant;
    /** A user directly under the merchant persona's merchant (not in the branch), not a persona. */
    private static UserSummary merchantLevelUser;
    /** A user of the branch, not the branch persona. */
    private static UserSummary branchUser;

    @BeforeAll
    static void startSandbox() {
        sandbox = E2e.start();
        clients = Map.of("partner", E2e.client(sandbox, "partner"), "merchant", E2e.client(sandbox, "merchant"),
                "branch", E2e.client(sandbox, "branch"), "user", E2e.client(sandbox, "user"),
                "terminal", E2e.client(sandbox, "terminal"));
        Persona merchant = E2e.persona(sandbox, "merchant");
        Persona branch = E2e.persona(sandbox, "branch");
        List<String> personaUsers = sandbox.personas().stream().map(Persona::userId).toList();
        EdfaPayClient partner = c("partner");
        foreignMerchant = partner.searchMerchants(MerchantQuery.all(PageRequest.first(50))).content().stream()
                .filter(m -> !m.id().equals(merchant.businessUnitId())).findFirst().orElseThrow();
        List<UserSummary> foreign = E2e.allUsers(partner,
                UserQuery.all(PageRequest.first(100)).withBusinessUnitId(foreignMerchant.id()));
        foreignUser = withToken(partner, foreign, UserType.USER);
        foreignTerminal = withToken(partner, foreign, UserType.TERMINAL);
        merchantLevelUser = withToken(partner, E2e.allUsers(partner).stream()
                .filter(u -> u.businessUnitId().equals(merchant.businessUnitId()))
                .filter(u -> !personaUsers.contains(u.id())).toList(), UserType.USER);
        branchUser = withToken(partner, E2e.allUsers(partner).stream()
                .filter(u -> u.businessUnitId().equals(branch.businessUnitId()))
                .filter(u -> !personaUsers.contains(u.id())).toList(), null);
    }

    private static UserSummary withToken(EdfaPayClient partner, List<UserSummary> users, UserType type) {
        return users.stream().filter(u -> type == null || u.userType() == type)
                .filter(u -> E2e.remember(partner.getSdkToken(u.id())).hasToken()).findFirst().orElseThrow();
    }

    @AfterAll
    static void stopSandbox() {
        clients.values().forEach(EdfaPayClient::close);
        sandbox.close();
    }

    private static EdfaPayClient c(String persona) {
        return clients.get(persona);
    }

    private static void assertHiddenOrForbidden(EdfaPayException e) {
        assertThat(e).isInstanceOfAny(EdfaPayException.NotFound.class, EdfaPayException.Forbidden.class);
        assertThat(e.httpStatus()).isIn(403, 404);
    }

    private static SdkToken truth(String userId) {
        return c("partner").getSdkToken(userId);
    }

    // ---------------------------------------------------------------------------- sdk-token GET per role

    @Test
    void thePartnerReadsEveryMerchantsUsers() {
        assertThat(c("partner").getSdkToken(foreignUser.id()).hasToken()).isTrue();
        assertThat(c("partner").getSdkToken(merchantLevelUser.id()).hasToken()).isTrue();
        assertThat(c("partner").getSdkToken(branchUser.id()).hasToken()).isTrue();
    }

    @Test
    void aMerchantReadsItsOwnAndItsBranchsUsers() {
        SdkToken own = E2e.remember(c("merchant").getSdkToken(merchantLevelUser.id()));
        assertThat(own).isEqualTo(truth(merchantLevelUser.id()));
        SdkToken viaBranch = E2e.remember(c("merchant").getSdkToken(branchUser.id()));
        assertThat(viaBranch).isEqualTo(truth(branchUser.id()));
    }

    @Test
    void aMerchantCannotReadAnotherMerchantsUser() {
        assertHiddenOrForbidden(E2e.failure(() -> c("merchant").getSdkToken(foreignUser.id())));
        assertHiddenOrForbidden(E2e.failure(() -> c("merchant").getSdkToken(foreignTerminal.id())));
    }

    @Test
    void aMerchantCannotReplaceOrSwitchAnotherMerchantsToken() {
        SdkToken before = truth(foreignTerminal.id());
        assertHiddenOrForbidden(E2e.failure(() -> c("merchant").generateSdkToken(foreignTerminal.id())));
        assertHiddenOrForbidden(E2e.failure(() -> c("merchant").setSdkTokenActive(foreignTerminal.id(),
                !before.active())));
        assertThat(truth(foreignTerminal.id())).as("the foreign token is untouched").isEqualTo(before);
    }

    @Test
    void aBranchReadsItsOwnUsersButNotTheMerchantLevelOnes() {
        assertThat(c("branch").getSdkToken(branchUser.id())).isEqualTo(truth(branchUser.id()));
        SdkToken before = truth(merchantLevelUser.id());
        assertHiddenOrForbidden(E2e.failure(() -> c("branch").getSdkToken(merchantLevelUser.id())));
        assertHiddenOrForbidden(E2e.failure(() -> c("branch").generateSdkToken(merchantLevelUser.id())));
        assertHiddenOrForbidden(E2e.failure(() -> c("branch").getSdkToken(foreignUser.id())));
        assertThat(truth(merchantLevelUser.id())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "terminal"})
    void aUserOrTerminalSeesOnlyItself(String name) {
        Persona self = E2e.persona(sandbox, name);
        SdkToken own = E2e.remember(c(name).getSdkToken(self.userId()));
        assertThat(own.userId()).isEqualTo(self.userId());
        assertThat(own.userType()).isEqualTo(UserType.valueOf(self.userType()));
        assertThat(own).isEqualTo(truth(self.userId()));

        String colleague = name.equals("user") ? E2e.persona(sandbox, "terminal").userId()
                : E2e.persona(sandbox, "user").userId();
        for (String other : List.of(colleague, merchantLevelUser.id(), branchUser.id(), foreignUser.id(),
                E2e.persona(sandbox, "merchant").userId())) {
            SdkToken before = truth(other);
            assertHiddenOrForbidden(E2e.failure(() -> c(name).getSdkToken(other)));
            assertHiddenOrForbidden(E2e.failure(() -> c(name).generateSdkToken(other)));
            assertThat(truth(other)).isEqualTo(before);
        }
    }

    @Test
    void aTerminalMayReplaceItsOwnToken() {
        Persona self = E2e.persona(sandbox, "terminal");
        SdkToken before = E2e.remember(c("terminal").getSdkToken(self.userId()));
        SdkToken after = E2e.remember(c("terminal").generateSdkToken(self.userId()));
        assertThat(after.token()).isNotEqualTo(before.token());
        assertThat(truth(self.userId()).token()).isEqualTo(after.token());
    }

    // ------------------------------------------------------------------------------------------ searches

    @ParameterizedTest
    @ValueSource(strings = {"user", "terminal"})
    void usersSearchIsForbiddenForUsersAndTerminals(String name) {
        EdfaPayException e = E2e.failure(() -> c(name).searchUsers(UserQuery.all(PageRequest.first(10))));
        assertThat(e).isInstanceOf(EdfaPayException.Forbidden.class);
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.errorCode()).isEqualTo("FORBIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"branch", "user", "terminal"})
    void merchantSearchIsOnlyForPartnersAndMerchants(String name) {
        assertThat(E2e.failure(() -> c(name).searchMerchants(MerchantQuery.all(PageRequest.first(10)))))
                .isInstanceOf(EdfaPayException.Forbidden.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"merchant", "branch", "user", "terminal"})
    void partnerSearchIsOnlyForPartners(String name) {
        assertThat(E2e.failure(() -> c(name).searchPartners(PageRequest.first(10), null)))
                .isInstanceOf(EdfaPayException.Forbidden.class);
    }

    @Test
    void aBusinessUnitOutsideScopeGivesAnEmptyPage() {
        var page = c("merchant").searchUsers(UserQuery.all(PageRequest.first(50))
                .withBusinessUnitId(foreignMerchant.id()));
        assertThat(page.content()).isEmpty();
        assertThat(page.totalElements()).isZero();

        // The merchant above the branch is outside the branch's scope too (contract: empty page, no data).
        var branchPage = c("branch").searchUsers(UserQuery.all(PageRequest.first(50))
                .withBusinessUnitId(E2e.persona(sandbox, "merchant").businessUnitId()));
        assertThat(branchPage.content()).isEmpty();
    }

    @Test
    void aMerchantsSearchTextDoesNotReachOtherMerchants() {
        var page = c("merchant").searchUsers(UserQuery.all(PageRequest.first(50)).withText(foreignUser.username()));
        assertThat(page.content()).isEmpty();
        assertThat(c("merchant").searchMerchants(MerchantQuery.all(PageRequest.first(50))
                .withText(foreignMerchant.name())).content()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------- api tokens

    @ParameterizedTest
    @ValueSource(strings = {"branch", "user", "terminal"})
    void apiTokensAreForbiddenBelowMerchant(String name) {
        String merchantId = E2e.persona(sandbox, "merchant").businessUnitId();
        assertThat(E2e.failure(() -> c(name).listApiTokens(null))).isInstanceOf(EdfaPayException.Forbidden.class);
        assertThat(E2e.failure(() -> c(name).listApiTokens(merchantId)))
                .isInstanceOf(EdfaPayException.Forbidden.class);
        assertThat(E2e.failure(() -> c(name).generateApiToken(new NewApiToken(merchantId, "by " + name, null,
                null)))).isInstanceOf(EdfaPayException.Forbidden.class);
        String someToken = c("merchant").listApiTokens(null).get(0).id();
        assertThat(E2e.failure(() -> c(name).setApiTokenActive(someToken, false, "no")))
                .isInstanceOf(EdfaPayException.Forbidden.class);
        assertThat(c("merchant").listApiTokens(null)).filteredOn(t -> t.id().equals(someToken))
                .singleElement().satisfies(t -> assertThat(t.active()).isTrue());
    }

    @Test
    void aMerchantCannotTouchAnotherMerchantsApiTokens() {
        String foreignTokenName = "foreign-" + System.nanoTime();
        var foreignToken = c("partner").generateApiToken(new NewApiToken(foreignMerchant.id(), foreignTokenName,
                null, null));
        E2e.remember(foreignToken.secret().reveal());

        EdfaPayException list = E2e.failure(() -> c("merchant").listApiTokens(foreignMerchant.id()));
        // The server has the endpoint and says NOT_FOUND: out of scope, not "not offered".
        assertThat(list).isInstanceOfAny(EdfaPayException.NotFound.class, EdfaPayException.Forbidden.class);
        assertThat(list.httpStatus()).isIn(403, 404);

        EdfaPayException generate = E2e.failure(() -> c("merchant").generateApiToken(
                new NewApiToken(foreignMerchant.id(), "intruder", null, null)));
        assertThat(generate).isInstanceOfAny(EdfaPayException.NotFound.class, EdfaPayException.Forbidden.class);
        assertThat(generate.httpStatus()).isIn(403, 404);

        assertHiddenOrForbidden(E2e.failure(() -> c("merchant").setApiTokenActive(foreignToken.token().id(),
                false, "not mine")));

        assertThat(c("merchant").listApiTokens(null)).extracting(t -> t.businessUnitId())
                .containsOnly(E2e.persona(sandbox, "merchant").businessUnitId());
        var foreignTokens = c("partner").listApiTokens(foreignMerchant.id());
        assertThat(foreignTokens).extracting(t -> t.name()).doesNotContain("intruder");
        assertThat(foreignTokens).filteredOn(t -> t.id().equals(foreignToken.token().id())).singleElement()
                .satisfies(t -> assertThat(t.active()).isTrue());
    }
}
