package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Details;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import java.time.Duration;

/**
 * Words the client's typed failures from the command line's own bundle, in English or Arabic. The client writes no
 * user-facing sentence (its {@code getMessage()} is a log diagnostic such as {@code KEY_REJECTED during WHO_AM_I});
 * each {@link Reason} has one message {@code reason.<REASON>} in {@code cli/messages*.properties}, with the arguments
 * the window's {@code ErrorMessages} uses: {@code {0}} the operation ({@code operation.<OPERATION>}), {@code {1}} the
 * HTTP status, {@code {2}} what the server said, {@code {3}} the detail, {@code {4}} how long to wait, {@code {5}} the
 * underlying failure (switch outcomes only). The sentences are the command line's (no "connect again", "refresh" or
 * "paste"), which is why it does not share the window's bundle.
 */
final class ClientErrorWording {

    private final CliMessages messages;

    ClientErrorWording(CliMessages messages) {
        this.messages = messages;
    }

    String describe(EdfaPayException failure) {
        Details d = failure.details();
        String text = base(d);
        if (d.switchOutcome() == null) {
            return text;
        }
        String state = d.activeNow() == null ? "" : stateWord(d.activeNow());
        return messages.get("reason.switch." + d.switchOutcome().name(), "", "", "", state, "", text);
    }

    private String base(Details d) {
        String operation = messages.get("operation." + d.operation().name());
        String status = d.httpStatus() == 0 ? "" : String.valueOf(d.httpStatus());
        String detail = d.detail() == null ? "" : d.detail();
        if (d.reason() == Reason.STATE_DIFFERS && d.activeNow() != null) {
            detail = stateWord(d.activeNow());
        }
        String key = "reason." + d.reason().name();
        String wait = "";
        if (d.reason() == Reason.RATE_LIMITED && d.retryAfter() != null && !d.retryAfter().isZero()) {
            key = "reason.RATE_LIMITED.after";
            wait = duration(d.retryAfter());
        }
        return messages.get(key, operation, status, serverSaid(d), detail, wait, "");
    }

    /** What the server said (already scrubbed by the client), or its error code for a refusal without text. */
    private String serverSaid(Details d) {
        String said = d.serverMessage();
        String code = d.errorCode();
        if (said == null || said.isBlank()) {
            return code == null || code.isBlank() || d.reason() != Reason.REFUSED ? ""
                    : messages.get("reason.serverCode", code);
        }
        String trimmed = said.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return code == null || code.isBlank() ? messages.get("reason.serverSaid", trimmed)
                : messages.get("reason.serverSaidCode", trimmed, code);
    }

    private String stateWord(boolean active) {
        return messages.get(active ? "reason.state.enabled" : "reason.state.disabled");
    }

    /** A wait in the largest unit that reads naturally: seconds up to 90, minutes up to 90, hours up to 48, days. */
    String duration(Duration d) {
        long s = Math.max(1, d.toSeconds());
        if (s <= 90) {
            return messages.get("duration.seconds", s);
        }
        long m = (s + 59) / 60;
        if (m <= 90) {
            return messages.get("duration.minutes", m);
        }
        long h = (s + 3599) / 3600;
        if (h <= 48) {
            return messages.get("duration.hours", h);
        }
        return messages.get("duration.days", (s + 86_399) / 86_400);
    }
}
