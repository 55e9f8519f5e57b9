package com.edfapay.tokenmanager.api;

public record UserSummary(String id, String username, String email, String firstName, String lastName,
                          String phoneNumber, UserType userType, String businessUnitId, String businessUnitName,
                          Boolean active) {

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
