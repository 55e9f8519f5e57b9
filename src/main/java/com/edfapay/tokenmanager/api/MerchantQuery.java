package com.edfapay.tokenmanager.api;

import java.util.Objects;

/** Criteria of {@code GET /api/v1/merchant/search}; null criteria are omitted. */
public record MerchantQuery(PageRequest page, String text, String partnerId, Boolean active) {

    public MerchantQuery {
        Objects.requireNonNull(page, "page");
    }

    public static MerchantQuery all(PageRequest p) {
        return new MerchantQuery(p, null, null, null);
    }

    public MerchantQuery withPage(PageRequest p) {
        return new MerchantQuery(p, text, partnerId, active);
    }

    public MerchantQuery withText(String t) {
        return new MerchantQuery(page, t, partnerId, active);
    }

    public MerchantQuery withPartnerId(String id) {
        return new MerchantQuery(page, text, id, active);
    }

    public MerchantQuery withActive(Boolean a) {
        return new MerchantQuery(page, text, partnerId, a);
    }
}
