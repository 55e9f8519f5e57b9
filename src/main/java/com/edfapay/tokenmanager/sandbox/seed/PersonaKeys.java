package com.edfapay.tokenmanager.sandbox.seed;

import com.edfapay.tokenmanager.sandbox.auth.Secrets;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyRepository;
import com.edfapay.tokenmanager.sandbox.store.ApiKeyRow;
import com.edfapay.tokenmanager.sandbox.store.Database;
import com.edfapay.tokenmanager.sandbox.store.MetaRepository;
import com.edfapay.tokenmanager.sandbox.store.UserRow;
import com.edfapay.tokenmanager.sandbox.store.UserRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Issues one API key per persona at every start. Old persona keys are deleted first, so a key printed by an earlier
 * run stops working, and only hashes are stored: no plaintext key ever reaches the disk.
 */
public final class PersonaKeys {

    /** Persona names in the order the sandbox presents them. */
    public static final List<String> NAMES = List.of("partner", "merchant", "branch", "user", "terminal");
    /** Partner and merchant persona keys are API tokens of their business unit; the others are per-user keys. */
    private static final List<String> LISTED = List.of("partner", "merchant");
    static final String LISTED_NAME = "Sandbox persona key";
    static final String CREATED_BY = "sandbox";

    /** A freshly issued persona key; {@code apiKey} exists only in memory. */
    public record IssuedKey(String persona, String apiKey, UserRow user) {
    }

    private PersonaKeys() {
    }

    static void rememberPersonaUsers(Connection connection, Seeder.SeededPartner demo) throws SQLException {
        UUID[] users = {demo.partnerUserId(), demo.merchantAdminId(), demo.branchUserId(), demo.userId(),
                demo.terminalId()};
        for (int i = 0; i < NAMES.size(); i++) {
            MetaRepository.put(connection, metaKey(NAMES.get(i)), users[i].toString());
        }
    }

    private static String metaKey(String persona) {
        return "persona." + persona;
    }

    /** Deletes every persona key and issues new ones, all in one transaction. */
    public static List<IssuedKey> reissue(Database database, Secrets secrets, Instant now) throws SQLException {
        return database.inTransaction(connection -> {
            ApiKeyRepository.deletePersonaKeys(connection);
            List<IssuedKey> issued = new ArrayList<>();
            for (String persona : NAMES) {
                UserRow user = UserRepository.find(connection, personaUserId(connection, persona))
                        .orElseThrow(() -> new SQLException("Seeded persona user is missing: " + persona));
                String secret = secrets.newApiSecret();
                boolean listed = LISTED.contains(persona);
                String name = listed ? LISTED_NAME : LISTED_NAME + " (" + persona + ")";
                ApiKeyRow key = new ApiKeyRow(UUID.randomUUID(), user.businessUnitId(), user.id(), name,
                        Secrets.displayPrefix(secret), Secrets.last4(secret), true, now, CREATED_BY, null, null, null,
                        null, true, listed);
                ApiKeyRepository.insert(connection, key, Secrets.sha256(secret));
                issued.add(new IssuedKey(persona, secret, user));
            }
            return issued;
        });
    }

    private static UUID personaUserId(Connection connection, String persona) throws SQLException {
        return UUID.fromString(MetaRepository.get(connection, metaKey(persona))
                .orElseThrow(() -> new SQLException("The database has no persona user for " + persona)));
    }
}
