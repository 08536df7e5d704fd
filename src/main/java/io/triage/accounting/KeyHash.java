package io.triage.accounting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * API keys and the admin token are stored as SHA-256 hashes, never in clear; a presented key is
 * hashed and compared in constant time. (API keys are long random strings, so an unsalted fast
 * hash is enough: there is no dictionary to try.)
 */
public final class KeyHash {

    private KeyHash() {
    }

    /** The lower-case hex SHA-256 of the key's UTF-8 bytes (what {@code bin/hash-key} prints). */
    public static String of(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** True when {@code key} hashes to {@code sha256Hex}, compared in constant time. */
    public static boolean matches(String key, String sha256Hex) {
        return MessageDigest.isEqual(of(key).getBytes(StandardCharsets.US_ASCII),
                sha256Hex.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
