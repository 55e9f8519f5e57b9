package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.SecretScrubber;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes text safe for stderr, the log and the activity log: the client's {@link SecretScrubber} (one per run, since
 * the client's own forgets its secrets when the connection closes, before the failure is reported) learns the API key
 * in use, every generated secret and every SDK token this run saw; anything shaped like an EdfaPay API key is masked
 * as well.
 */
final class Redactor {

    private static final Pattern API_KEY_SHAPE = Pattern.compile("edfa_[A-Za-z0-9]{40}");
    private static final int MAX_LENGTH = 2000;

    private final SecretScrubber scrubber = new SecretScrubber();

    /** The API key or a generated secret: masked whole and in pieces. */
    void remember(@Nullable String secret) {
        scrubber.remember(secret);
    }

    /** An SDK token: masked whole. */
    void rememberToken(@Nullable String token) {
        scrubber.rememberToken(token);
    }

    String apply(@Nullable String text) {
        String clean = scrubber.clean(text, MAX_LENGTH);
        return clean == null ? "" : API_KEY_SHAPE.matcher(clean).replaceAll("edfa_****");
    }
}
