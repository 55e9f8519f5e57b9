package com.edfapay.tokenmanager.ui;

/** A fake client that counts how often it was closed, like EdfaPayClient closing its connection pool. */
public class ClosingApi extends FakeEdfaPayApi implements AutoCloseable {

    public int closed;

    public ClosingApi() {
        super(FakeEdfaPayApi.merchant().identity);
    }

    @Override
    public void close() {
        closed++;
    }
}
