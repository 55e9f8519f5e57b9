package com.edfapay.tokenmanager.ui.session;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.Strings;
import com.edfapay.tokenmanager.desktop.Environment;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in connection: the client, who the key belongs to, and enough of the key to recognise it in a token
 * list (its visible prefix and last four characters), never the key itself. {@code profileId} is the saved
 * profile the key came from (null for the local sandbox or an unsaved form), {@code activity} writes the
 * activity log for this session, and {@code end} is how any screen ends it.
 */
public record Session(String profileName, Environment environment, String baseUrl, EdfaPayApi api,
                      Identity identity, KeyFingerprint key, @Nullable String profileId, SessionActivity activity,
                      SessionEnd end) {

    public Session {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(end, "end");
    }

    /** A session that records nowhere and whose end does nothing beyond closing nothing; for tests and tools. */
    public Session(String profileName, Environment environment, String baseUrl, EdfaPayApi api, Identity identity,
                   KeyFingerprint key) {
        this(profileName, environment, baseUrl, api, identity, key, null, SessionActivity.discarding(),
                SessionEnd.NONE);
    }

    public Session withProfileId(@Nullable String id) {
        return new Session(profileName, environment, baseUrl, api, identity, key, id, activity, end);
    }

    /** The same connection wired to the app: its activity log and the way to end it. */
    public Session wiredTo(SessionActivity newActivity, SessionEnd newEnd) {
        return new Session(profileName, environment, baseUrl, api, identity, key, profileId, newActivity, newEnd);
    }

    /** The parts of a key that token lists show anyway, used to warn before disabling one's own key. */
    public record KeyFingerprint(String prefix, String last4, KeyVerifier verifier) {

        public KeyFingerprint(String prefix, String last4) {
            this(prefix, last4, KeyVerifier.of(""));
        }

        public static KeyFingerprint of(String key) {
            String trimmed = key == null ? "" : key.trim();
            String prefix = trimmed.length() > 12 ? trimmed.substring(0, 9) : "";
            String last4 = trimmed.length() > 8 ? Strings.last4(trimmed) : "";
            return new KeyFingerprint(prefix, last4, KeyVerifier.of(trimmed));
        }

        /** True if {@code candidate} is the key this session signed in with (constant-time comparison). */
        public boolean isKey(String candidate) {
            return verifier.matches(candidate);
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
