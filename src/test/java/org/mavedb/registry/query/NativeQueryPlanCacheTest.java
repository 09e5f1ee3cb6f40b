package org.mavedb.registry.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.anonymous;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * Repeated requests reuse the cached plans of their native queries. Hibernate 7.2 finds no cached
 * plan for a native query typed with a basic class (Long.class, Integer.class): each execution added
 * another copy of the same plan, until the cache was full of copies that every later lookup of that
 * SQL compared against; a quarter of the service's time on a variant search (bench/profile).
 */
@QuarkusTest
class NativeQueryPlanCacheTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    private long cachedPlans() {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    /** The discovery lists (count and page), a keyed POST (its claim) and the event log (its lock). */
    private void requests(String key, String experiment) {
        anonymous().body(Map.of("text", "plan cache")).post("/api/v1/score-sets/search").then().statusCode(200);
        anonymous().get("/api/v1/score-sets/recently-published").then().statusCode(200);
        anonymous().get("/api/v1/experiments/{urn}/score-sets", experiment).then().statusCode(200);
        anonymous().body(Map.of("text", "BRCA")).post("/api/v1/target-genes/search").then().statusCode(200);
        anonymous().body(Map.of("hgvs", "c.1A>G")).post("/api/v1/variants/search").then().statusCode(200);
        as(key).body(Map.of()).post("/api/v1/me/score-sets/search").then().statusCode(200);
        as(key).header("Idempotency-Key", UUID.randomUUID().toString()).body(Api.experimentBody("Plan cache"))
                .post("/api/v1/experiments").then().statusCode(201);
        as(ADMIN_KEY).queryParam("after", 0).queryParam("limit", 1).get("/api/v1/events").then().statusCode(200);
    }

    @Test
    void repeatedRequestsAddNoQueryPlans() {
        String key = Api.newUser();
        String scoreSet = Api.publishedScoreSet(key);
        String experiment = anonymous().get("/api/v1/score-sets/{urn}", scoreSet).then().statusCode(200)
                .extract().path("experimentUrn");
        requests(key, experiment);
        long plans = cachedPlans();
        for (int i = 0; i < 5; i++) {
            requests(key, experiment);
        }
        assertEquals(plans, cachedPlans(), "query plans cached after five more rounds of the same requests");
    }
}
