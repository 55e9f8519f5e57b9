package com.edfapay.tokenmanager.sandbox.store;

import java.util.UUID;

/**
 * A partner, merchant or branch. {@code partnerId} is the partner on top of the tree (a partner's own id);
 * {@code parentId} is the merchant of a branch or the partner of a merchant.
 */
public record BusinessUnitRow(UUID id, String type, String name, String nameAr, String email, boolean active,
                              UUID parentId, UUID partnerId) {

    public static final String PARTNER = "PARTNER";
    public static final String MERCHANT = "MERCHANT";
    public static final String BRANCH = "BRANCH";
}
