package com.edfapay.tokenmanager.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.SdkTokenStatusChange.Outcome;
import com.edfapay.tokenmanager.api.SdkTokenStatusChange;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SDK tokens end to end: read, generate/replace, toggle-safe status switch. Every mutating test works on its own
 * user, handed out in {@link #startSandbox()}, so the tests do not depend on their order.
 */
class SdkTokensEndToEndTest {

    private static final String HEX64 = "[0-9A-F]{64}";

    private static EdfaPaySandbox sandbox;
    private static EdfaPayClient partner;
    private static EdfaPayClient merchant;

    private static final Deque<String> WITHOUT_TOKEN = new ArrayDeque<>();
    private static final Deque<String> ACTIVE = new ArrayDeque<>();
    private static final Deque<String> INACTIVE = new ArrayDeque<>();

    @BeforeAll
    static void startSandbox() {
        sandbox = E2e.start();
        partner = E2e.client(sandbox, "partner");
        merchant = E2e.client(sandbox, "merchant");
        // Hand out users of a merchant that is not the merchant persona's, found via search + get.
        String own = E2e.persona(sandbox, "merchant").businessUnitId();
        MerchantSummary other = partner.searchMerchants(MerchantQuery.all(PageRequest.first(50))).content().stream()
                .filter(m -> !m.id().equals(own)).findFirst().orElseThrow();
        List<UserSummary> users = E2e.allUsers(partner,
                UserQuery.all(PageRequest.first(100)).withBusinessUnitId(other.id()));
        for (UserSummary u : users) {
            if (u.userType() == UserType.MERCHANT) {
                continue;
            }
            SdkToken t = E2e.remember(partner.getSdkToken(u.id()));
            (t.hasToken() ? (t.active() ? ACTIVE : INACTIVE) : WITHOUT_TOKEN).add(u.id());
        }
        assertThat(WITHOUT_TOKEN).as("users without a token in the seed").hasSizeGreaterThanOrEqualTo(3);
        assertThat(ACTIVE).as("users with an active token").hasSizeGreaterThanOrEqualTo(4);
        assertThat(INACTIVE).as("users with a disabled token").hasSizeGreaterThanOrEqualTo(2);
    }

    @AfterAll
    static void stopSandbox() {
        partner.close();
        merchant.close();
        sandbox.close();
    }

    private static synchronized String take(Deque<String> pool) {
        return pool.removeFirst();
    }

    @Test
    void aUserWithoutATokenReadsAsNoToken() {
        String userId = take(WITHOUT_TOKEN);
        SdkToken t = partner.getSdkToken(userId);
        assertThat(t.userId()).isEqualTo(userId);
        assertThat(t.token()).isNull();
        assertThat(t.hasToken()).isFalse();
        assertThat(t.active()).isFalse();
        assertThat(t.businessUnitId()).isNotBlank();
        assertThat(t.userType()).isNotNull();
    }

    @Test
    void getCarriesTheTokenAndTheUsersData() {
        String userId = take(ACTIVE);
        SdkToken t = E2e.remember(partner.getSdkToken(userId));
        assertThat(t.userId()).isEqualTo(userId);
        assertThat(t.hasToken()).isTrue();
        assertThat(t.token()).matches(HEX64);
        assertThat(t.active()).isTrue();
        assertThat(t.toString()).doesNotContain(t.token()).contains(t.last4());
        if (t.userType() == UserType.TERMINAL) {
            assertThat(t.trsm()).isNotBlank();
            assertThat(t.deviceId()).isNotBlank();
            assertThat(t.terminalId()).isNotBlank();
        }
        assertThat(partner.getSdkToken(userId)).as("reading twice changes nothing").isEqualTo(t);
    }

    @Test
    void generateGivesAFreshActiveHexTokenToAUserWithoutOne() {
        String userId = take(WITHOUT_TOKEN);
        SdkToken generated = E2e.remember(partner.generateSdkToken(userId));
        assertThat(generated.token()).matches(HEX64);
        assertThat(generated.active()).isTrue();
        assertThat(partner.getSdkToken(userId)).isEqualTo(generated);
    }

    @Test
    void generateReplacesTheOldToken() {
        String userId = take(INACTIVE);
        SdkToken before = E2e.remember(partner.getSdkToken(userId));
        assertThat(before.active()).isFalse();

        SdkToken replaced = E2e.remember(partner.generateSdkToken(userId));

        assertThat(replaced.token()).matches(HEX64).isNotEqualTo(before.token());
        assertThat(replaced.active()).as("a new token is active, even if the old one was disabled").isTrue();
        SdkToken reread = partner.getSdkToken(userId);
        assertThat(reread.token()).isEqualTo(replaced.token());

        SdkToken again = E2e.remember(partner.generateSdkToken(userId));
        assertThat(again.token()).isNotEqualTo(replaced.token()).isNotEqualTo(before.token());
    }

    @Test
    void aMerchantGeneratesForItsOwnBranchsUser() {
        String branchId = E2e.persona(sandbox, "branch").businessUnitId();
        UserSummary branchUser = E2e.allUsers(merchant, UserQuery.all(PageRequest.first(100))
                        .withBusinessUnitId(branchId).withUserType(UserType.TERMINAL)).get(0);
        SdkToken before = E2e.remember(merchant.getSdkToken(branchUser.id()));
        SdkToken after = E2e.remember(merchant.generateSdkToken(branchUser.id()));
        assertThat(after.token()).matches(HEX64).isNotEqualTo(before.token());
        assertThat(after.businessUnitId()).isEqualTo(branchId);
    }

    @Test
    void switchingToTheCurrentStateIsAlreadyInStateAndChangesNothing() {
        String activeUser = take(ACTIVE);
        SdkToken before = partner.getSdkToken(activeUser);
        SdkTokenStatusChange change = partner.setSdkTokenActive(activeUser, true);
        assertThat(change.outcome()).isEqualTo(Outcome.ALREADY_IN_STATE);
        assertThat(change.token().active()).isTrue();
        assertThat(partner.getSdkToken(activeUser)).isEqualTo(before);

        String inactiveUser = take(INACTIVE);
        SdkToken beforeInactive = partner.getSdkToken(inactiveUser);
        SdkTokenStatusChange noChange = partner.setSdkTokenActive(inactiveUser, false);
        assertThat(noChange.outcome()).isEqualTo(Outcome.ALREADY_IN_STATE);
        assertThat(partner.getSdkToken(inactiveUser)).isEqualTo(beforeInactive);
    }

    @Test
    void disableThenEnableChangesTheStateBothWaysAndKeepsTheToken() {
        String userId = take(ACTIVE);
        SdkToken before = E2e.remember(partner.getSdkToken(userId));

        SdkTokenStatusChange off = partner.setSdkTokenActive(userId, false);
        assertThat(off.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(off.token().active()).isFalse();
        assertThat(partner.getSdkToken(userId).active()).isFalse();

        SdkTokenStatusChange on = partner.setSdkTokenActive(userId, true);
        assertThat(on.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(on.token().active()).isTrue();
        SdkToken after = partner.getSdkToken(userId);
        assertThat(after.active()).isTrue();
        assertThat(after.token()).as("a status switch never replaces the token").isEqualTo(before.token());
    }

    @Test
    void switchingATokenlessUserIsRefusedWithoutChange() {
        String userId = take(WITHOUT_TOKEN);
        EdfaPayException e = E2e.failure(() -> partner.setSdkTokenActive(userId, true));
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.errorCode()).isEqualTo("SDK_TOKEN_NOT_FOUND");
        assertThat(partner.getSdkToken(userId).hasToken()).isFalse();
    }

    @Test
    void anUnknownUserIsNotFound() {
        EdfaPayException e = E2e.failure(() -> partner.getSdkToken("00000000-0000-4000-8000-000000000000"));
        assertThat(e).isInstanceOf(EdfaPayException.NotFound.class);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aMalformedUserIdIsRejected() {
        EdfaPayException e = E2e.failure(() -> partner.getSdkToken("not-a-uuid"));
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.errorCode()).isEqualTo("BAD_REQUEST");
    }
}
