package org.mavedb.registry.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same request" under one idempotency key: method, decoded path and
 * body. The body is the resource method's entity parameter (the one that is not a path or header
 * value): raw bytes as sent (a streamed body: the hash of its bytes, {@link StreamedBody}), JSON in
 * a canonical form (object keys sorted), so a retry that re-serialises the same JSON is still the
 * same request.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(String method, String rawPath, Object[] parameters, ObjectMapper canonicalJson) {
        MessageDigest sha256 = sha256();
        sha256.update((method + "\n" + decoded(rawPath) + "\n").getBytes(StandardCharsets.UTF_8));
        for (Object parameter : parameters) {
            if (parameter != null && !(parameter instanceof String) && !(parameter instanceof MediaType)) {
                sha256.update(bodyBytes(parameter, canonicalJson));
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A copy of the application's mapper that writes JSON objects with sorted keys. */
    static ObjectMapper canonical(ObjectMapper json) {
        return json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    private static byte[] bodyBytes(Object body, ObjectMapper canonicalJson) {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof StreamedBody streamed) {
            return streamed.digest();
        }
        try {
            Object value = body instanceof JsonNode node ? canonicalJson.treeToValue(node, Object.class) : body;
            return canonicalJson.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint a request body of type " + body.getClass().getName(), e);
        }
    }

    private static String decoded(String rawPath) {
        try {
            return URI.create(rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
