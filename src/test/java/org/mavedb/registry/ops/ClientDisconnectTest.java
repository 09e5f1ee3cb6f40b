package org.mavedb.registry.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * A client that disconnects in the middle of its upload, small or large: nothing is stored,
 * nothing is held (the upload slot and the database connection are free again, the next upload
 * succeeds), and the service does not log it as an error (it is the client's doing, not a failure
 * of ours).
 */
@QuarkusTest
class ClientDisconnectTest {

    @Inject
    AdmissionControl admission;

    @Test
    void aClientThatDisconnectsMidUploadLeavesNothingStoredNothingHeldAndNoErrorLogged() throws Exception {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        long events = Api.lastEventId();
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // a small upload is read before the endpoint runs, a large one while it copies rows
            for (long declared : new long[] {1_000_000, 3_000_000, 1_000_000, 3_000_000}) {
                try (Socket socket = new Socket("localhost", RestAssured.port)) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/v1/score-sets/" + draft + "/variants HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key
                            + "\r\nContent-Type: text/csv\r\nContent-Length: " + declared + "\r\n\r\nhgvs_nt,score\n"
                            + "c.1A>G,1.0\n".repeat(2000)).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(300); // the service is reading the body
                }
            }
            for (int i = 0; i < 50 && admission.uploadsInFlight() != 0; i++) {
                Thread.sleep(100);
            }
        } finally {
            root.removeHandler(capture);
        }
        assertEquals(0, admission.uploadsInFlight(), "upload slots held by disconnected uploads");
        assertEquals(events, Api.lastEventId(), "a disconnected upload changed something");
        as(key).get("/api/v1/score-sets/{urn}", draft).then().statusCode(200).body("numVariants", org.hamcrest.Matchers.equalTo(0));
        Api.uploadCsv(key, draft, Api.SMALL_CSV).statusCode(200);
        assertTrue(warnings.isEmpty(), "logged at WARN or above: " + warnings.stream().map(LogRecord::getMessage).toList());
    }
}
