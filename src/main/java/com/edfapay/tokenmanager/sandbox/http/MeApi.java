package com.edfapay.tokenmanager.sandbox.http;

/** {@code GET /api/v1/me}: who the key belongs to (a project endpoint; real EdfaPay answers 404). */
public final class MeApi {

    public void register(Router router) {
        router.add("GET", "/api/v1/me", UserTypes.ALL, request -> Views.Me.of(request.caller().user()));
    }
}
