package com.edfapay.tokenmanager.cli;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Removes every secret this run knows (the API key in use, secrets and SDK tokens it has seen) and anything shaped
 * like an EdfaPay API key from text that reaches stderr, the log or the activity log.
 */
final class Redactor {

    private static final Pattern API_KEY_SHAPE = Pattern.compile("edfa_[A-Za-z0-9]{40}");
    private static final int SHORTEST_SECRET = 8;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    void remember(String secret) {
        if (secret != null && secret.strip().length() >= SHORTEST_SECRET) {
            known.add(secret.strip());
        }
    }

    String apply(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String secret : known) {
            out = out.replace(secret, "****");
        }
        return API_KEY_SHAPE.matcher(out).replaceAll("edfa_****");
    }
}
