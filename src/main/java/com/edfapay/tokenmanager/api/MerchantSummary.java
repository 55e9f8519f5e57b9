package com.edfapay.tokenmanager.api;

public record MerchantSummary(String id, String name, String nameAR, String emailAddress, Boolean active,
                              String partnerId) {
}
