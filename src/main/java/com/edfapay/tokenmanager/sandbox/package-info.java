/**
 * The embedded EdfaPay sandbox: a real HTTP server on 127.0.0.1 that implements {@code docs/api-contract.md}
 * (EdfaPay's SDK token and search endpoints plus this project's {@code /me} and API token endpoints) over an H2
 * database, with seed data, per-persona API keys, role rules and injectable faults.
 *
 * <p>Embed it with {@link com.edfapay.tokenmanager.sandbox.EdfaPaySandbox#start(SandboxOptions)}; run it alone with
 * {@link com.edfapay.tokenmanager.sandbox.SandboxMain}. It must not depend on the client's {@code api} package,
 * nor on {@code ui}, {@code app}, {@code desktop} or JavaFX: both sides meet only on the wire.
 *
 * <p>Sub-packages: {@code http} (server, routing, fault injection, endpoint handlers), {@code auth} (API key
 * authentication, caller scope, secret generation and hashing), {@code store} (H2 schema migrations and
 * repositories), {@code seed} (demo data and persona keys).
 */
package com.edfapay.tokenmanager.sandbox;
