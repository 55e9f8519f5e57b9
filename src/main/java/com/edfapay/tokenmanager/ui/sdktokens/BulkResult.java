package com.edfapay.tokenmanager.ui.sdktokens;

/** The outcome of a bulk action for one row, as listed to the user afterwards. */
public record BulkResult(String name, Outcome outcome, String detail) {

    public enum Outcome { DONE, FAILED, SKIPPED, CANCELLED }
}
