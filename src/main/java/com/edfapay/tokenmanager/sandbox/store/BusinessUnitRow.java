package com.edfapay.tokenmanager.sandbox.store;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner, merchant or branch. {@code partnerId} is the partner on top of the tree (a partner's own id);
 * {@code parentId} is the merchant of a branch or the partner of a merchant.
 */
public record BusinessUnitRow(UUID id, String type, String name, @Nullable String nameAr, @Nullable String email,
                              boolean active, @Nullable UUID parentId, @Nullable UUID partnerId) {

    public static final String PARTNER = "PARTNER";
    public static final String MERCHANT = "MERCHANT";
    public static final String BRANCH = "BRANCH";
}
