package com.edfapay.tokenmanager.sandbox.store;

/** The business unit already has an API token with that name (case-insensitive). */
public final class ApiKeyNameTakenException extends Exception {

    private static final long serialVersionUID = 1L;

    public ApiKeyNameTakenException(String name) {
        super("An API token named '" + name + "' already exists for this business unit.");
    }
}
