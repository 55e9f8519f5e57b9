package com.edfapay.tokenmanager.ui.session;

import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.common.Messages;
import org.jspecify.annotations.Nullable;

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

    /** A type the server did not name ({@code null}) sees what {@link UserType#UNKNOWN} sees. */
    public static boolean seesApiTokens(@Nullable UserType type) {
        return type == UserType.PARTNER || type == UserType.MERCHANT || type == UserType.SUPER_ADMIN;
    }

    public static boolean seesSdkTokens(@Nullable UserType type) {
        return type != null && type != UserType.UNKNOWN;
    }

    public static SdkScope sdkScope(@Nullable UserType type) {
        if (type == null) {
            return SdkScope.SELF;
        }
        return switch (type) {
            case SUPER_ADMIN, PARTNER -> SdkScope.PARTNER_MERCHANTS;
            case MERCHANT, BRANCH -> SdkScope.OWN_BUSINESS_UNIT;
            default -> SdkScope.SELF;
        };
    }

    /** The user type in the user's language; a type the server did not name reads as "Unknown". */
    public static String typeLabel(Messages messages, @Nullable UserType type) {
        return messages.get("userType." + (type == null ? UserType.UNKNOWN : type).name());
    }
}
