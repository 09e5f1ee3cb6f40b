package org.mavedb.registry.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * The upload budget can neither be held by anyone who asks nor leak: an anonymous chunked upload
 * past every limit (to a made-up urn) takes none, a keyed one past the limit gives its share back,
 * and afterwards an ordinary upload still succeeds.
 */
@QuarkusTest
class UploadBudgetTest {

    private static final long PAST_THE_CEILING = 21L * 1024 * 1024;

    @Inject
    AdmissionControl admission;

    @Test
    void oversizedChunkedUploadsLeaveTheBudgetAsItWas() throws Exception {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        int anonymous = statusOf(() -> given().contentType("text/csv").body(endless(PAST_THE_CEILING))
                .post("/api/v1/score-sets/{urn}/variants", "tmp:" + UUID.randomUUID()).statusCode());
        assertNotEquals(500, anonymous);
        int keyed = statusOf(() -> given().header("X-API-Key", key).contentType("text/csv").body(endless(PAST_THE_CEILING))
                .post("/api/v1/score-sets/{urn}/variants", draft).statusCode());
        assertNotEquals(500, keyed);
        assertNotEquals(200, keyed);
        for (int i = 0; i < 50 && admission.uploadBytesInFlight() != 0; i++) {
            Thread.sleep(100); // end handlers run once the connection is disposed
        }
        assertEquals(0, admission.uploadBytesInFlight(), "bytes still held by finished uploads");
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
