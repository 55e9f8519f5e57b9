package com.edfapay.tokenmanager.ui;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Details;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;

/** Typed client failures for view-model tests, as the real client builds them. */
public final class Failures {

    private Failures() {
    }

    public static EdfaPayException fail(Reason reason, Operation operation) {
        return EdfaPayException.of(reason, operation);
    }

    /** A failure that came with an answer in EdfaPay's envelope. */
    public static EdfaPayException fail(Reason reason, Operation operation, int httpStatus, String errorCode,
                                        String serverMessage) {
        return EdfaPayException.of(Details.of(reason, operation).withHttp(httpStatus, errorCode, serverMessage,
                true));
    }
}
