package com.edfapay.tokenmanager.api.sweep;

/** The state of one user's SDK token as a sweep found it. */
public enum SweepStatus {
    ACTIVE,
    DISABLED,
    NO_TOKEN,
    /** The token could not be read (after the polite retries); see {@link SweepResult#failure()}. */
    FAILED
}
