package com.edfapay.tokenmanager.wording;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Details;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Words the client's typed failures in the user's language, for the window and the command line alike. The client
 * writes no user-facing sentence (docs/decisions/0050-typed-errors-worded-by-the-ui.md); each front end keeps its
 * own sentences in its own bundle (the window says "connect again", the command line names a flag), and this class
 * decides which sentence and which arguments, once (docs/decisions/0057-one-failure-wording-for-both-front-ends.md).
 *
 * <p>Keys, under the front end's prefixes ({@link Keys}): {@code <reason><REASON>} for each {@link Reason} (and
 * {@code <reason>RATE_LIMITED.after} when the server said how long to wait), {@code <reason>switch.<OUTCOME>},
 * {@code <reason>serverSaid}, {@code <reason>serverSaidCode}, {@code <reason>serverCode},
 * {@code <reason>state.enabled|disabled}, {@code <operation><OPERATION>} and
 * {@code <duration>seconds|minutes|hours|days}. A reason's message gets these arguments: {@code {0}} the operation,
 * {@code {1}} the HTTP status, {@code {2}} what the server said (already scrubbed by the client; empty when it
 * said nothing), {@code {3}} the detail (an odd character, a byte limit, a field, a state), {@code {4}} how long
 * to wait, {@code {5}} the underlying failure (switch outcomes only).
 */
public final class FailureWording {

    /** A front end's message lookup: the pattern of {@code key}, formatted with {@code args} in its locale. */
    @FunctionalInterface
    public interface Bundle {
        String get(String key, @Nullable Object... args);
    }

    /** Where a front end keeps the sentences: the prefixes of its reason, operation and duration keys. */
    public record Keys(String reason, String operation, String duration) {
    }

    private final Bundle bundle;
    private final Keys keys;

    public FailureWording(Bundle bundle, Keys keys) {
        this.bundle = bundle;
        this.keys = keys;
    }

    public String describe(EdfaPayException failure) {
        Details d = failure.details();
        String text = base(d);
        if (d.switchOutcome() == null) {
            return text;
        }
        String state = d.activeNow() == null ? "" : stateWord(d.activeNow());
        return bundle.get(keys.reason() + "switch." + d.switchOutcome().name(), "", "", "", state, "", text);
    }

    private String base(Details d) {
        String operation = bundle.get(keys.operation() + d.operation().name());
        String status = d.httpStatus() == 0 ? "" : String.valueOf(d.httpStatus());
        String detail = d.detail() == null ? "" : d.detail();
        if (d.reason() == Reason.STATE_DIFFERS && d.activeNow() != null) {
            detail = stateWord(d.activeNow());
        }
        String key = keys.reason() + d.reason().name();
        String wait = "";
        if (d.reason() == Reason.RATE_LIMITED && d.retryAfter() != null && !d.retryAfter().isZero()) {
            key = keys.reason() + "RATE_LIMITED.after";
            wait = duration(d.retryAfter());
        }
        return bundle.get(key, operation, status, serverSaid(d), detail, wait, "");
    }

    /** What the server said, or its error code for a refusal without text; empty for the other reasons' silence. */
    private String serverSaid(Details d) {
        String said = d.serverMessage();
        String code = d.errorCode();
        if (said == null || said.isBlank()) {
            return code == null || code.isBlank() || d.reason() != Reason.REFUSED ? ""
                    : bundle.get(keys.reason() + "serverCode", code);
        }
        String trimmed = said.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return code == null || code.isBlank() ? bundle.get(keys.reason() + "serverSaid", trimmed)
                : bundle.get(keys.reason() + "serverSaidCode", trimmed, code);
    }

    private String stateWord(boolean active) {
        return bundle.get(keys.reason() + (active ? "state.enabled" : "state.disabled"));
    }

    /** A wait in the largest unit that reads naturally: seconds up to 90, minutes up to 90, hours up to 48, days. */
    public String duration(Duration d) {
        long s = Math.max(1, d.toSeconds());
        if (s <= 90) {
            return bundle.get(keys.duration() + "seconds", s);
        }
        long m = (s + 59) / 60;
        if (m <= 90) {
            return bundle.get(keys.duration() + "minutes", m);
        }
        long h = (s + 3599) / 3600;
        if (h <= 48) {
            return bundle.get(keys.duration() + "hours", h);
        }
        return bundle.get(keys.duration() + "days", (s + 86_399) / 86_400);
    }
}
