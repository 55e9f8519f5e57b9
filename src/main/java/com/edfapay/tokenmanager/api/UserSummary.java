package com.edfapay.tokenmanager.api;

import org.jspecify.annotations.Nullable;

public record UserSummary(String id, @Nullable String username, @Nullable String email,
                          @Nullable String firstName, @Nullable String lastName, @Nullable String phoneNumber,
                          @Nullable UserType userType, @Nullable String businessUnitId,
                          @Nullable String businessUnitName, @Nullable Boolean active) {

    /** "First Last" when either name is present, else the username (else the id). */
    public String displayName() {
        String first = firstName == null ? "" : firstName.trim();
        String last = lastName == null ? "" : lastName.trim();
        String full = (first + " " + last).trim();
        if (!full.isEmpty()) {
            return full;
        }
        if (username != null && !username.isBlank()) {
            return username;
        }
        return id;
    }
}
