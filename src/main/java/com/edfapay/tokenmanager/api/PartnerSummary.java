package com.edfapay.tokenmanager.api;

public record PartnerSummary(String id, String name, String nameAR, String emailAddress, Boolean active) {
}
