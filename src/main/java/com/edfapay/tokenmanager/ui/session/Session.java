package com.edfapay.tokenmanager.ui.session;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.desktop.Environment;
import java.util.Objects;

/**
 * A signed-in connection: the client, who the key belongs to, and enough of the key to recognise it in a token
 * list (its visible prefix and last four characters), never the key itself.
 */
public record Session(String profileName, Environment environment, String baseUrl, EdfaPayApi api,
                      Identity identity, KeyFingerprint key) {

    public Session {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(identity, "identity");
    }

    /** The parts of a key that token lists show anyway, used to warn before disabling one's own key. */
    public record KeyFingerprint(String prefix, String last4) {

        public static KeyFingerprint of(String key) {
            String trimmed = key == null ? "" : key.trim();
            String prefix = trimmed.length() > 12 ? trimmed.substring(0, 9) : "";
            String last4 = trimmed.length() > 8 ? trimmed.substring(trimmed.length() - 4) : "";
            return new KeyFingerprint(prefix, last4);
        }

        public boolean matches(String otherPrefix, String otherLast4) {
            return !last4.isEmpty() && last4.equals(otherLast4) && prefix.equals(otherPrefix);
        }
    }

    @Override
    public String toString() {
        return "Session[" + profileName + ", " + environment + ", " + identity.userType() + "]";
    }
}
