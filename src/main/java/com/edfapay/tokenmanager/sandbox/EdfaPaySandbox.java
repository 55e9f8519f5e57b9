package com.edfapay.tokenmanager.sandbox;

import com.edfapay.tokenmanager.sandbox.auth.Authenticator;
import com.edfapay.tokenmanager.sandbox.auth.Caller;
import com.edfapay.tokenmanager.sandbox.auth.Secrets;
import com.edfapay.tokenmanager.sandbox.http.ApiTokensApi;
import com.edfapay.tokenmanager.sandbox.http.FaultInjector;
import com.edfapay.tokenmanager.sandbox.http.Json;
import com.edfapay.tokenmanager.sandbox.http.MeApi;
import com.edfapay.tokenmanager.sandbox.http.Router;
import com.edfapay.tokenmanager.sandbox.http.SandboxServer;
import com.edfapay.tokenmanager.sandbox.http.SdkTokenApi;
import com.edfapay.tokenmanager.sandbox.http.SearchApis;
import com.edfapay.tokenmanager.sandbox.seed.PersonaKeys;
import com.edfapay.tokenmanager.sandbox.seed.Seeder;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyRepository;
import com.edfapay.tokenmanager.sandbox.store.BusinessUnitRepository;
import com.edfapay.tokenmanager.sandbox.store.Database;
import com.edfapay.tokenmanager.sandbox.store.Migrations;
import com.edfapay.tokenmanager.sandbox.store.SdkTokenRepository;
import com.edfapay.tokenmanager.sandbox.store.SqlFilter;
import com.edfapay.tokenmanager.sandbox.store.UserRepository;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded EdfaPay sandbox: a real HTTP server on 127.0.0.1 implementing docs/api-contract.md over an H2
 * database, seeded with demo data and one API key per persona. Start it, hand {@link #baseUrl()} and a persona's key
 * to a client, and close it when done.
 */
public final class EdfaPaySandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EdfaPaySandbox.class);

    private final Database database;
    private final SandboxServer server;
    private final FaultInjector faults;
    private final List<Persona> personas;

    private EdfaPaySandbox(Database database, SandboxServer server, FaultInjector faults, List<Persona> personas) {
        this.database = database;
        this.server = server;
        this.faults = faults;
        this.personas = personas;
    }

    /** Opens (and if empty seeds) the database, re-issues the persona keys and starts listening. */
    public static EdfaPaySandbox start(SandboxOptions options) throws IOException {
        return start(options, Clock.systemUTC());
    }

    /** As {@link #start(SandboxOptions)} with the clock that decides token expiry and timestamps (for tests). */
    public static EdfaPaySandbox start(SandboxOptions options, Clock clock) throws IOException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
        Database database = Database.open(options.dataFile());
        try {
            Secrets secrets = new Secrets();
            Migrations.apply(database);
            boolean seeded = new Seeder(options.randomSeed(), secrets, clock.instant().truncatedTo(ChronoUnit.SECONDS))
                    .seedIfEmpty(database, options.merchants(), options.usersPerMerchant());
            List<PersonaKeys.IssuedKey> keys = PersonaKeys.reissue(database, secrets,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS));
            UserRepository users = new UserRepository(database);
            warmCounts(users, keys);
            List<Persona> personas = keys.stream()
                    .map(key -> new Persona(key.persona(), key.user().userType(), key.apiKey(),
                            key.user().id().toString(), key.user().businessUnitId().toString(),
                            key.user().businessUnitName()))
                    .toList();
            FaultInjector faults = new FaultInjector(new FaultInjector.Settings(options.latency(), options.failRate(),
                    options.throttleRate(), options.dropRate()), options.randomSeed());
            SandboxServer server = SandboxServer.start(options.port(), router(database, users, secrets, clock),
                    new Authenticator(new ApiKeyRepository(database), users, clock), faults,
                    Json.newMapper());
            LOG.info("EdfaPay sandbox listening on http://127.0.0.1:{} ({} database{})", server.port(),
                    options.inMemoryDatabase() ? "in-memory" : "file", seeded ? ", freshly seeded" : "");
            return new EdfaPaySandbox(database, server, faults, personas);
        } catch (SQLException e) {
            database.close();
            throw new IOException("The sandbox database could not be prepared: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Counts each partner persona's whole scope once, before the server listens: a running EdfaPay answers its first
     * page as fast as the next (the count is what H2 is slow at, see {@link UserRepository#count}).
     */
    private static void warmCounts(UserRepository users, List<PersonaKeys.IssuedKey> keys) throws SQLException {
        for (PersonaKeys.IssuedKey key : keys) {
            if (key.user().userType().equals("PARTNER")) {
                // Only the scope is used: restrictUsers reads the user, never the key's id.
                users.count(new Caller(new UUID(0L, 0L), key.user()).restrictUsers(new SqlFilter()));
            }
        }
    }

    private static Router router(Database database, UserRepository users, Secrets secrets, Clock clock) {
        BusinessUnitRepository units = new BusinessUnitRepository(database);
        Router router = new Router();
        new SdkTokenApi(users, new SdkTokenRepository(database), secrets, clock).register(router);
        new SearchApis(users, units).register(router);
        new MeApi().register(router);
        new ApiTokensApi(new ApiKeyRepository(database), units, users, secrets, clock).register(router);
        return router;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.port();
    }

    /** The personas in the order partner, merchant, branch, user, terminal; their keys work until close. */
    public List<Persona> personas() {
        return personas;
    }

    public Optional<Persona> persona(String name) {
        return personas.stream().filter(persona -> persona.name().equals(name)).findFirst();
    }

    /** Changes the injected latency and fault rates of the running sandbox. */
    public void reconfigureFaults(Duration latency, double failRate, double throttleRate, double dropRate) {
        // Validated through the options record so the rules stay in one place.
        SandboxOptions checked = SandboxOptions.inMemory().withLatency(latency).withFailRate(failRate)
                .withThrottleRate(throttleRate).withDropRate(dropRate);
        faults.update(new FaultInjector.Settings(checked.latency(), failRate, throttleRate, dropRate));
    }

    /** The JDBC URL of the database; tests in this package use it to add data the seed lacks. */
    String jdbcUrl() {
        return database.url();
    }

    Database database() {
        return database;
    }

    @Override
    public void close() {
        int port = server.port();
        server.close();
        database.close();
        LOG.info("EdfaPay sandbox on port {} stopped", port);
    }
}
