package com.edfapay.tokenmanager.scan;

/** What a finding is, measured against the tokens the signed-in scope owns. */
public enum Classification {
    /** A token of your scope that still works: disable or replace it now. */
    YOURS_ACTIVE,
    /** A token of your scope that no longer works (disabled, expired, or an SDK token since replaced is not found). */
    YOURS_INACTIVE,
    /** The shape of an EdfaPay token, but none of the tokens this sign-in can see. */
    NOT_IN_SCOPE,
    /** This sign-in cannot list tokens of this kind (role, or a server without the operation): not checked. */
    UNVERIFIED
}
