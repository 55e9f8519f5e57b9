package com.edfapay.tokenmanager.sandbox.http;

import java.util.Set;

/** EdfaPay's fixed user type enum and the groups the routes allow. */
public final class UserTypes {

    public static final Set<String> ALL =
            Set.of("SUPER_ADMIN", "PARTNER", "MERCHANT", "BRANCH", "TERMINAL", "SDK_USER", "USER");
    public static final Set<String> ADMINS = Set.of("PARTNER", "MERCHANT", "BRANCH");
    public static final Set<String> PARTNER_OR_MERCHANT = Set.of("PARTNER", "MERCHANT");
    public static final Set<String> PARTNER_ONLY = Set.of("PARTNER");

    private UserTypes() {
    }
}
