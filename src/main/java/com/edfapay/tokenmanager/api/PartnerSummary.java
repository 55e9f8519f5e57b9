package com.edfapay.tokenmanager.api;

import org.jspecify.annotations.Nullable;

public record PartnerSummary(String id, String name, @Nullable String nameAR, @Nullable String emailAddress,
                             @Nullable Boolean active) {
}
