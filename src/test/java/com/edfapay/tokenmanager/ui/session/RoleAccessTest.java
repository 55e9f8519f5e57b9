package com.edfapay.tokenmanager.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.common.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The role table of docs/architecture.md, including a user type the server did not name. */
class RoleAccessTest {

    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private final Messages arabic = Messages.forLocale(Locale.forLanguageTag("ar"));

    @Test
    void partnersAndMerchantsSeeApiTokensOthersDoNot() {
        assertThat(RoleAccess.seesApiTokens(UserType.PARTNER)).isTrue();
        assertThat(RoleAccess.seesApiTokens(UserType.MERCHANT)).isTrue();
        assertThat(RoleAccess.seesApiTokens(UserType.BRANCH)).isFalse();
        assertThat(RoleAccess.seesApiTokens(UserType.TERMINAL)).isFalse();
        assertThat(RoleAccess.seesApiTokens(null)).isFalse();
    }

    @Test
    void sdkScopeFollowsTheRole() {
        assertThat(RoleAccess.sdkScope(UserType.PARTNER)).isEqualTo(RoleAccess.SdkScope.PARTNER_MERCHANTS);
        assertThat(RoleAccess.sdkScope(UserType.BRANCH)).isEqualTo(RoleAccess.SdkScope.OWN_BUSINESS_UNIT);
        assertThat(RoleAccess.sdkScope(UserType.USER)).isEqualTo(RoleAccess.SdkScope.SELF);
    }

    @Test
    void anUnnamedUserTypeNeitherCrashesNorWidensAccess() {
        assertThat(RoleAccess.sdkScope(null)).isEqualTo(RoleAccess.SdkScope.SELF);
        assertThat(RoleAccess.seesSdkTokens(null)).isFalse();
        assertThat(RoleAccess.seesSdkTokens(UserType.UNKNOWN)).isFalse();
        assertThat(RoleAccess.typeLabel(english, null)).isEqualTo("Unknown");
        assertThat(RoleAccess.typeLabel(arabic, null)).isEqualTo(RoleAccess.typeLabel(arabic, UserType.UNKNOWN))
                .isNotEqualTo("Unknown");
        assertThat(RoleAccess.typeLabel(english, UserType.SDK_USER)).isEqualTo("SDK user");
    }
}
