package com.edfapay.tokenmanager.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * The result of one row of a bulk run.
 *
 * @param id       the user id or API token id of the row
 * @param outcome  what happened (docs/cli.md lists every value)
 * @param token    the token's state after the row (masked unless revealed), or null
 * @param status   "active"/"disabled"/"none" for the table
 * @param masked   the token as the table shows it
 * @param failure  why the row failed, or null
 */
record RowResult(String id, Outcome outcome, @Nullable ObjectNode token, String status, String masked,
                 @Nullable Failure failure) {

    /** Every outcome a row can have; the JSON {@code outcome} is the constant's name. */
    enum Outcome {
        READ(Kind.UNCHANGED),
        GENERATED(Kind.CHANGED),
        REPLACED(Kind.CHANGED),
        CHANGED(Kind.CHANGED),
        CHANGED_ANSWER_LOST(Kind.CHANGED),
        ALREADY_IN_STATE(Kind.UNCHANGED),
        ALREADY_HAS_TOKEN(Kind.UNCHANGED),
        WOULD_GENERATE(Kind.WOULD_CHANGE),
        WOULD_REPLACE(Kind.WOULD_CHANGE),
        WOULD_CHANGE(Kind.WOULD_CHANGE),
        FAILED(Kind.FAILED);

        enum Kind { CHANGED, UNCHANGED, WOULD_CHANGE, FAILED }

        private final Kind kind;

        Outcome(Kind kind) {
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }

    static RowResult failed(String id, Failure failure) {
        return new RowResult(id, Outcome.FAILED, null, "-", "-", failure);
    }

    boolean ok() {
        return failure == null;
    }
}
