package com.edfapay.tokenmanager.ui.common;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.wording.FailureWording;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Words every failure for the window, in the user's language: the client's typed errors ({@link Reason}, the
 * {@link EdfaPayException.Operation} and parameters) through the {@link FailureWording} the command line shares,
 * with the window's sentences: {@code error.<REASON>}, {@code error.op.<OPERATION>} and
 * {@code error.duration.<unit>} in {@code messages.properties} and {@code messages_ar.properties}. Anything else
 * is "unexpected", never its own text.
 */
public final class ErrorMessages {

    private final Messages messages;
    private final FailureWording wording;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
        this.wording = new FailureWording(messages::get, new FailureWording.Keys("error.", "error.op.", "error.duration."));
    }

    public String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof EdfaPayException api) {
            return describe(api);
        }
        return messages.get("error.unexpected");
    }

    public String describe(EdfaPayException failure) {
        return wording.describe(failure);
    }

    /** A wait in the largest unit that reads naturally (seconds, minutes, hours, days). */
    String duration(Duration d) {
        return wording.duration(d);
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
