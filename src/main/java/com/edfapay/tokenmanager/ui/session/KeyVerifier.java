package com.edfapay.tokenmanager.ui.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Recognises the key a session signed in with, for unlocking, without keeping the key: a random salt and the
 * SHA-256 of salt and key, compared in constant time ({@link MessageDigest#isEqual}).
 */
public final class KeyVerifier {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt = new byte[16];
    private final byte[] digest;

    private KeyVerifier(String key) {
        RANDOM.nextBytes(salt);
        digest = digest(salt, key.trim());
    }

    public static KeyVerifier of(String key) {
        return new KeyVerifier(key == null ? "" : key);
    }

    public boolean matches(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(digest, digest(salt, candidate.trim()));
    }

    private static byte[] digest(byte[] salt, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "KeyVerifier[salted SHA-256]";
    }
}
