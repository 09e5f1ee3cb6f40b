package org.mavedb.registry.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The contract check is on for every test, and it does fail an exchange the document contradicts:
 * a real response from the service, altered on its way to the test as a service bug would alter
 * it, must not get through.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyTestsExchangesAreChecked() {
        assertTrue(RestAssured.filters().stream().anyMatch(OpenApiContract.class::isInstance),
                "support.OpenApiContract is registered for every test class");
    }

    @Test
    void aResponseThatContradictsTheDocumentFailsTheTest() {
        String user = Api.newUser();
        String experiment = Api.newExperiment(user);
        // A filter after the contract check (lower precedence runs closer to the wire) drops a required field.
        Filter dropsUrn = (request, response, context) -> {
            Response real = context.next(request, response);
            return new ResponseBuilder().clone(real).setBody(real.asString().replaceFirst("\"urn\":\"[^\"]*\",", "")).build();
        };
        AssertionError failure = assertThrows(AssertionError.class, () -> given().filter(dropsUrn)
                .header("X-API-Key", user).get("/api/v1/experiments/{urn}", experiment));
        assertTrue(failure.getMessage().contains("urn"), failure.getMessage());
        given().header("X-API-Key", user).get("/api/v1/experiments/{urn}", experiment).then().statusCode(200);
    }
}
