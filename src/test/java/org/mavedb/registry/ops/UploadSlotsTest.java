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
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;
import org.mavedb.registry.support.HeldUpload;

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
        List<HeldUpload> slow = new ArrayList<>();
        try {
            for (String draft : drafts) {
                slow.add(HeldUpload.start(key, draft, rows));
            }
            for (int i = 0; i < 50 && admission.uploadsInFlight() < 2; i++) {
                Thread.sleep(100);
            }
            Api.uploadCsv(key, shed, HeldUpload.largeCsv()).statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            Api.uploadCsv(key, small, Api.SMALL_CSV).statusCode(200); // small uploads take no slot
            for (HeldUpload upload : slow) {
                assertEquals("HTTP/1.1 200", upload.finish(), "a held upload finishes once its body arrives");
            }
        } finally {
            for (HeldUpload upload : slow) {
                upload.close();
            }
        }
        for (String draft : drafts) {
            as(key).get("/api/v1/score-sets/{urn}", draft).then().body("numVariants", equalTo(100));
        }
        for (int i = 0; i < 50 && admission.uploadsInFlight() != 0; i++) {
            Thread.sleep(100);
        }
        Api.uploadCsv(key, shed, HeldUpload.largeCsv()).statusCode(200);
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
