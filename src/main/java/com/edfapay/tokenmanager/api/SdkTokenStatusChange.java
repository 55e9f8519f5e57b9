package com.edfapay.tokenmanager.api;

/** Result of {@link EdfaPayApi#setSdkTokenActive(String, boolean)}; {@code token} is the state after the call. */
public record SdkTokenStatusChange(SdkToken token, Outcome outcome) {

    public enum Outcome {
        /** The token was already in the requested state; nothing was sent. */
        ALREADY_IN_STATE,
        /** The switch was sent and its answer confirmed the requested state. */
        CHANGED,
        /** The switch's answer was lost, but a re-read shows the requested state. */
        CHANGED_ANSWER_LOST
    }
}
