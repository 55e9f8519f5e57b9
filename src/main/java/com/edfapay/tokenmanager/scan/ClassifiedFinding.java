package com.edfapay.tokenmanager.scan;

import org.jspecify.annotations.Nullable;

/**
 * A finding with its classification and, when it is a token of the scope, whose: for an API token the token's id
 * and name, for an SDK token the user's id and name.
 */
public record ClassifiedFinding(Finding finding, Classification classification, @Nullable Owner owner) {

    public record Owner(String id, String name, @Nullable String businessUnitId) {
    }

    /** Yours and still working: the findings to act on. */
    public boolean exposedActive() {
        return classification == Classification.YOURS_ACTIVE;
    }
}
