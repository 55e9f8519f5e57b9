package com.edfapay.tokenmanager.sandbox;

import com.edfapay.tokenmanager.sandbox.seed.PersonaKeys;
import java.util.List;
import java.util.Objects;

/**
 * A ready-made sign-in of the sandbox: the API key of one seeded user. Keys are re-issued at every start and exist
 * only in memory, so a persona is valid for the lifetime of the running sandbox.
 *
 * @param name             partner, merchant, branch, user or terminal
 * @param userType         EdfaPay user type of the persona's user
 * @param apiKey           the plaintext API key (send as {@code X-API-KEY})
 * @param userId           the persona's user id
 * @param businessUnitId   the persona's business unit id
 * @param businessUnitName the persona's business unit name
 */
public record Persona(String name, String userType, String apiKey, String userId, String businessUnitId,
                      String businessUnitName) {

    /** The persona names every sandbox offers, in {@link EdfaPaySandbox#personas()} order. */
    public static final List<String> NAMES = PersonaKeys.NAMES;

    public Persona {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(userType, "userType");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /** Never shows the key beyond its last 4 characters. */
    @Override
    public String toString() {
        return "Persona[name=" + name + ", userType=" + userType + ", apiKey=" + mask(apiKey) + ", userId=" + userId
                + ", businessUnitId=" + businessUnitId + ", businessUnitName=" + businessUnitName + "]";
    }

    static String mask(String secret) {
        if (secret == null) {
            return "null";
        }
        return secret.length() <= 4 ? "****" : "****" + secret.substring(secret.length() - 4);
    }
}
