package com.edfapay.tokenmanager.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Generates SDK tokens and API secrets from {@link SecureRandom} and hashes secrets for storage. */
public final class Secrets {

    public static final String API_SECRET_PREFIX = "edfa_";
    /** Prefix shown to users: {@code edfa_} plus the first 4 random characters. */
    public static final int DISPLAY_PREFIX_LENGTH = 9;

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int API_SECRET_RANDOM_CHARS = 40;
    private static final int SDK_TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** 64 uppercase hex characters. */
    public String newSdkToken() {
        byte[] bytes = new byte[SDK_TOKEN_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** {@code edfa_} followed by 40 base62 characters. */
    public String newApiSecret() {
        StringBuilder secret = new StringBuilder(API_SECRET_PREFIX);
        for (int i = 0; i < API_SECRET_RANDOM_CHARS; i++) {
            secret.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return secret.toString();
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes: the only form in which API secrets are stored. */
    public static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, secret.length()));
    }

    public static String last4(String secret) {
        return secret.substring(Math.max(0, secret.length() - 4));
    }
}
