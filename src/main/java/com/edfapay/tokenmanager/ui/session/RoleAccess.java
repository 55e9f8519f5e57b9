package com.edfapay.tokenmanager.ui.session;

import com.edfapay.tokenmanager.api.UserType;

/**
 * What each user type may see (the role table of {@code docs/architecture.md}; roles found without {@code /me} are
 * described in {@code docs/decisions/0003-role-probing-without-me.md}). The server enforces it; the UI mirrors it.
 */
public final class RoleAccess {

    /** Whose SDK tokens a role manages. */
    public enum SdkScope {
        /** Every merchant under the partner, chosen with the merchant picker. */
        PARTNER_MERCHANTS,
        /** The users and terminals of the caller's own merchant or branch. */
        OWN_BUSINESS_UNIT,
        /** Only the caller's own token. */
        SELF
    }

    private RoleAccess() {
    }

    public static boolean seesApiTokens(UserType type) {
        return type == UserType.PARTNER || type == UserType.MERCHANT || type == UserType.SUPER_ADMIN;
    }

    public static boolean seesSdkTokens(UserType type) {
        return type != UserType.UNKNOWN;
    }

    public static SdkScope sdkScope(UserType type) {
        return switch (type) {
            case SUPER_ADMIN, PARTNER -> SdkScope.PARTNER_MERCHANTS;
            case MERCHANT, BRANCH -> SdkScope.OWN_BUSINESS_UNIT;
            default -> SdkScope.SELF;
        };
    }
}
