package org.mavedb.registry.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * API.md §4: a consumer that polls {@code GET /events?after=<last id seen>} while other requests
 * write receives every committed event exactly once. Sixteen writers race (creates, uploads, PATCHes,
 * publishes: transactions of different lengths, so they commit out of the order they took ids in)
 * while one consumer polls without pause; afterwards what it saw must equal the whole log.
 */
@QuarkusTest
class EventConsumerRaceTest {

    private static final int WRITERS = 16;
    private static final int ROUNDS = 3;
    private static final int WRITES_PER_WRITER = 12;

    @Test
    void aPollingConsumerMissesNoEventWhileSixteenWritersCommitOutOfOrder() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            keys.add(Api.newUser());
        }
        for (int round = 0; round < ROUNDS; round++) {
            long start = Api.lastEventId();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            try {
                AtomicBoolean writing = new AtomicBoolean(true);
                Future<List<Long>> consumer = pool.submit(() -> consume(start, writing));
                List<Future<?>> writers = new ArrayList<>();
                for (String key : keys) {
                    writers.add(pool.submit(() -> write(key)));
                }
                for (Future<?> writer : writers) {
                    writer.get(120, TimeUnit.SECONDS);
                }
                writing.set(false);
                List<Long> seen = consumer.get(60, TimeUnit.SECONDS);
                List<Long> log = allIdsAfter(start);
                assertTrue(log.size() >= WRITERS * WRITES_PER_WRITER, "the writers appended " + log.size() + " events");
                assertEquals(log, seen, "round " + round + ": the consumer saw every committed event once, in order");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** A mix of writes whose transactions differ in length: an upload holds its transaction longest. */
    private static Void write(String key) {
        String experiment = Api.newExperiment(key);
        for (int i = 0; i < WRITES_PER_WRITER; i += 3) {
            String draft = Api.newScoreSet(key, experiment);
            Api.uploadCsv(key, draft, Api.SMALL_CSV).statusCode(200);
            as(key).contentType("application/merge-patch+json").body(Map.of("title", "t" + i))
                    .patch("/api/v1/score-sets/{urn}", draft).then().statusCode(200);
        }
        return null;
    }

    /** Polls with the last id seen until the writers are done, then once more. */
    private static List<Long> consume(long start, AtomicBoolean writing) {
        List<Long> seen = new ArrayList<>();
        long last = start;
        boolean finalPoll = false;
        while (true) {
            boolean stillWriting = writing.get();
            List<Long> page = idsAfter(last);
            seen.addAll(page);
            if (!page.isEmpty()) {
                last = page.get(page.size() - 1);
            }
            if (!stillWriting && page.isEmpty()) {
                if (finalPoll) {
                    return seen;
                }
                finalPoll = true;
            }
        }
    }

    private static List<Long> allIdsAfter(long start) {
        List<Long> all = new ArrayList<>();
        for (List<Long> page = idsAfter(start); !page.isEmpty(); page = idsAfter(all.get(all.size() - 1))) {
            all.addAll(page);
        }
        return all;
    }

    private static List<Long> idsAfter(long after) {
        List<Number> ids = as(ADMIN_KEY).queryParam("after", after).queryParam("limit", 1000).get("/api/v1/events")
                .then().statusCode(200).extract().path("events.id");
        return ids.stream().map(Number::longValue).toList();
    }
}
