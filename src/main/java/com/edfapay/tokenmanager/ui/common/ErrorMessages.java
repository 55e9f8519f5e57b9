package com.edfapay.tokenmanager.ui.common;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Details;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Words every client failure in the user's language. The client only types its errors ({@link Reason}, the
 * {@link EdfaPayException.Operation} and parameters); each reason has one message {@code error.<REASON>} in
 * {@code messages.properties} and {@code messages_ar.properties}, with these arguments:
 * {@code {0}} the operation ({@code error.op.<OPERATION>}), {@code {1}} the HTTP status, {@code {2}} what the
 * server said (already scrubbed by the client; empty when it said nothing), {@code {3}} the detail (an odd
 * character, a byte limit, a field, a state), {@code {4}} how long to wait, {@code {5}} the underlying failure
 * (switch outcomes only).
 */
public final class ErrorMessages {

    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof EdfaPayException api) {
            return describe(api);
        }
        return messages.get("error.unexpected");
    }

    public String describe(EdfaPayException failure) {
        Details d = failure.details();
        String text = base(d);
        if (d.switchOutcome() == null) {
            return text;
        }
        String state = d.activeNow() == null ? "" : stateWord(d.activeNow());
        return messages.get("error.switch." + d.switchOutcome().name(), "", "", "", state, "", text);
    }

    private String base(Details d) {
        String operation = messages.get("error.op." + d.operation().name());
        String status = d.httpStatus() == 0 ? "" : String.valueOf(d.httpStatus());
        String detail = d.detail() == null ? "" : d.detail();
        if (d.reason() == Reason.STATE_DIFFERS && d.activeNow() != null) {
            detail = stateWord(d.activeNow());
        }
        String key = "error." + d.reason().name();
        String wait = "";
        if (d.reason() == Reason.RATE_LIMITED && d.retryAfter() != null && !d.retryAfter().isZero()) {
            key = "error.RATE_LIMITED.after";
            wait = duration(d.retryAfter());
        }
        return messages.get(key, operation, status, serverSaid(d), detail, wait, "");
    }

    /** What the server said, for the reasons whose message quotes it. */
    private String serverSaid(Details d) {
        String said = d.serverMessage();
        String code = d.errorCode();
        if (said == null || said.isBlank()) {
            return code == null || code.isBlank() || d.reason() != Reason.REFUSED ? ""
                    : messages.get("error.serverCode", code);
        }
        String trimmed = said.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return code == null || code.isBlank() ? messages.get("error.serverSaid", trimmed)
                : messages.get("error.serverSaidCode", trimmed, code);
    }

    private String stateWord(boolean active) {
        return messages.get(active ? "error.state.enabled" : "error.state.disabled");
    }

    /** A wait in the largest unit that reads naturally: seconds up to 90, minutes up to 90, hours up to 48, days. */
    String duration(Duration d) {
        long s = Math.max(1, d.toSeconds());
        if (s <= 90) {
            return messages.get("error.duration.seconds", s);
        }
        long m = (s + 59) / 60;
        if (m <= 90) {
            return messages.get("error.duration.minutes", m);
        }
        long h = (s + 3599) / 3600;
        if (h <= 48) {
            return messages.get("error.duration.hours", h);
        }
        return messages.get("error.duration.days", (s + 86_399) / 86_400);
    }

    /** True when the failure means the connection's key no longer works, so the user must reconnect. */
    public static boolean isKeyRejected(Throwable failure) {
        return unwrap(failure) instanceof EdfaPayException.Unauthorized;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
