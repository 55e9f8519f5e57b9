package com.edfapay.tokenmanager.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Criteria of {@code GET /api/v1/merchant/search}; null criteria are omitted. */
public record MerchantQuery(PageRequest page, @Nullable String text, @Nullable String partnerId, @Nullable Boolean active) {

    public MerchantQuery {
        Objects.requireNonNull(page, "page");
    }

    public static MerchantQuery all(PageRequest p) {
        return new MerchantQuery(p, null, null, null);
    }

    public MerchantQuery withPage(PageRequest p) {
        return new MerchantQuery(p, text, partnerId, active);
    }

    public MerchantQuery withText(@Nullable String t) {
        return new MerchantQuery(page, t, partnerId, active);
    }

    public MerchantQuery withPartnerId(@Nullable String id) {
        return new MerchantQuery(page, text, id, active);
    }

    public MerchantQuery withActive(@Nullable Boolean a) {
        return new MerchantQuery(page, text, partnerId, a);
    }
}
