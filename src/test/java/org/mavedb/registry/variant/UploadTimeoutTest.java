package org.mavedb.registry.variant;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;
import org.mavedb.registry.support.HeldUpload;

/**
 * A large upload whose body arrives slower than {@code registry.variants.upload-timeout} is
 * cancelled by PostgreSQL (the COPY's statement timeout): a 503 problem, nothing stored, and the
 * transaction manager's own timeout never cuts in first with a 500. A small one is read whole
 * before its transaction starts, so however slowly it arrives, it neither holds a connection
 * meanwhile nor runs into that timeout.
 */
@QuarkusTest
@TestProfile(UploadTimeoutTest.TwoSecondUploads.class)
class UploadTimeoutTest {

    public static class TwoSecondUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.variants.upload-timeout", "2s");
        }
    }

    @Test
    void anUploadSlowerThanItsTimeoutIs503AndStoresNothing() throws Exception {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        Api.uploadCsv(key, draft, Api.SMALL_CSV).statusCode(200);
        try (HeldUpload upload = HeldUpload.start(key, draft, Api.distinctCsvRows(100))) {
            Thread.sleep(3000);
            assertEquals("HTTP/1.1 503", upload.finish());
        }
        as(key).get("/api/v1/score-sets/{urn}", draft).then().body("numVariants", equalTo(2));
        Api.uploadCsv(key, draft, HeldUpload.largeCsv()).statusCode(200);
    }

    @Test
    void aSmallUploadIsReadBeforeItsTransactionStarts() throws Exception {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        try (HeldUpload upload = HeldUpload.startSmall(key, draft, Api.distinctCsvRows(100))) {
            Thread.sleep(3000);
            assertEquals("HTTP/1.1 200", upload.finish());
        }
        as(key).get("/api/v1/score-sets/{urn}", draft).then().body("numVariants", equalTo(100));
    }
}
