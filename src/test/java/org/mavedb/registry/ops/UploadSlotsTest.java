package org.mavedb.registry.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * Upload slots are counted, can neither be held by anyone who asks nor leak: large uploads beyond
 * the count are shed at once while the others carry on and small ones still pass; an anonymous
 * chunked upload past every limit (to a made-up urn) takes none, a keyed one past the limit gives
 * its slot back, and afterwards an ordinary upload still succeeds.
 */
@QuarkusTest
@TestProfile(UploadSlotsTest.TwoUploads.class)
class UploadSlotsTest {

    public static class TwoUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.variants.max-concurrent-uploads", "2");
        }
    }

    /** Past the test profile's upload limit (16 MiB). */
    private static final long PAST_THE_LIMIT = 17L * 1024 * 1024;

    @Inject
    AdmissionControl admission;

    @Test
    void uploadsBeyondTheCountAreShedAtOnceAndTheOthersFinish() throws Exception {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        List<String> drafts = List.of(Api.newScoreSet(key, experiment), Api.newScoreSet(key, experiment));
        String shed = Api.newScoreSet(key, experiment);
        String small = Api.newScoreSet(key, experiment);
        String rows = Api.distinctCsvRows(100);
        List<Socket> slow = new ArrayList<>();
        try {
            for (String draft : drafts) {
                slow.add(partialUpload(key, draft, rows));
            }
            for (int i = 0; i < 50 && admission.uploadsInFlight() < 2; i++) {
                Thread.sleep(100);
            }
            Api.uploadCsv(key, shed, LARGE_CSV).statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            Api.uploadCsv(key, small, Api.SMALL_CSV).statusCode(200); // small uploads take no slot
            for (Socket socket : slow) {
                socket.getOutputStream().write("\n".repeat(REST).getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.UTF_8);
                assertEquals("HTTP/1.1 200", status, "a held upload finishes once its body arrives");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        for (String draft : drafts) {
            as(key).get("/api/v1/score-sets/{urn}", draft).then().body("numVariants", equalTo(100));
        }
        for (int i = 0; i < 50 && admission.uploadsInFlight() != 0; i++) {
            Thread.sleep(100);
        }
        Api.uploadCsv(key, shed, LARGE_CSV).statusCode(200);
    }

    /** Blank lines that end the held uploads' bodies: enough to make them uploads that take a slot. */
    private static final int REST = (int) AdmissionControl.SMALL_UPLOAD_BYTES + 1;

    /** Two variants, and blank lines that make it too large to pass without a slot. */
    private static final String LARGE_CSV = Api.SMALL_CSV + "\n".repeat(REST);

    /** An upload whose body is sent up to its last {@link #REST} bytes: it waits for them. */
    private static Socket partialUpload(String key, String draft, String rows) throws Exception {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.getOutputStream().write(("POST /api/v1/score-sets/" + draft + "/scores HTTP/1.1\r\nHost: localhost\r\n"
                + "X-API-Key: " + key + "\r\nContent-Type: text/csv\r\nContent-Length: " + (rows.length() + REST)
                + "\r\n\r\n" + rows)
                .getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    void oversizedChunkedUploadsGiveTheirSlotsBack() throws Exception {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        int anonymous = statusOf(() -> given().contentType("text/csv").body(endless(PAST_THE_LIMIT))
                .post("/api/v1/score-sets/{urn}/variants", "tmp:" + UUID.randomUUID()).statusCode());
        assertNotEquals(500, anonymous);
        int keyed = statusOf(() -> given().header("X-API-Key", key).contentType("text/csv").body(endless(PAST_THE_LIMIT))
                .post("/api/v1/score-sets/{urn}/variants", draft).statusCode());
        assertNotEquals(500, keyed);
        assertNotEquals(200, keyed);
        for (int i = 0; i < 50 && admission.uploadsInFlight() != 0; i++) {
            Thread.sleep(100); // end handlers run once the connection is disposed
        }
        assertEquals(0, admission.uploadsInFlight(), "slots still held by finished uploads");
        Api.uploadCsv(key, draft, Api.SMALL_CSV).statusCode(200);
    }

    /** The status, or 0 when the service answered early and closed the connection while the body was still being sent. */
    private static int statusOf(java.util.function.IntSupplier request) {
        try {
            return request.getAsInt();
        } catch (Exception e) { // REST Assured rethrows the socket's IOException unwrapped or wrapped
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.io.IOException) {
                    return 0;
                }
            }
            throw e;
        }
    }

    /** A CSV body of the given size, sent chunked (no Content-Length) because its length is not known up front. */
    private static InputStream endless(long size) {
        byte[] row = "c.1A>G,1.0\n".getBytes();
        return new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent >= size ? -1 : row[(int) (sent++ % row.length)];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - sent);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = row[(int) (sent++ % row.length)];
                }
                return n;
            }
        };
    }
}
