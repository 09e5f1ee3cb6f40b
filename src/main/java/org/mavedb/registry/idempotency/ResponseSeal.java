package org.mavedb.registry.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts recorded response bodies (AES-256-GCM) under a key derived from the caller and their
 * idempotency key. A replay needs the key the client sent, so the table alone does not give away
 * what responses held: notably the API key of {@code POST /users}, shown once and otherwise
 * stored only hashed. A bean, so its random source is seeded at run time (also in a native image).
 */
@ApplicationScoped
public class ResponseSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    byte[] seal(byte[] body, long userId, String idempotencyKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, body, nonce, userId, idempotencyKey);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    byte[] open(byte[] stored, long userId, String idempotencyKey) {
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return crypt(Cipher.DECRYPT_MODE, sealed, nonce, userId, idempotencyKey);
    }

    private static byte[] crypt(int mode, byte[] input, byte[] nonce, long userId, String idempotencyKey) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256")
                    .digest(("mave-registry idempotency\n" + userId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " a recorded response", e);
        }
    }
}
