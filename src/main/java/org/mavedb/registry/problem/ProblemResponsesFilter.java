package org.mavedb.registry.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every documented error response the problem+json body it really has, and every operation
 * the errors any request of its kind can meet (400, 406, 413, 414, 415, 431, 500, 503 with
 * {@code Retry-After}), so resources only state which errors they answer and why. Runs when the document
 * is built, so the service does not parse and filter its OpenAPI document at every start.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", stringSchema("Path of the offending field, for example `title` or `targetGenes[0].name`"))
                .addProperty("message", stringSchema("What is wrong with it")));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail; every error response has this shape.")
                .addProperty("type", stringSchema("URI identifying the problem type"))
                .addProperty("title", stringSchema("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", stringSchema("Explanation specific to this occurrence"))
                .addProperty("errors", OASFactory.createSchema()
                        .type(java.util.List.of(Schema.SchemaType.ARRAY))
                        .description("For validation problems: one entry per offending field")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(java.util.List.of("type", "title", "status")));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item ->
                item.getOperations().values().forEach(ProblemResponsesFilter::describeErrors));
    }

    /**
     * The errors an operation can give besides those its resource states: what the HTTP layer,
     * admission control and the request checks answer for any request of its kind.
     */
    private static void describeErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "400", "Malformed request: a path or query parameter, a header or the body breaks the rules");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "The body is larger than its limit (also when sent chunked)");
            addIfAbsent(responses, "415", "The body has no `Content-Type`, or one this operation does not take");
        }
        addIfAbsent(responses, "406", "`Accept` names no media type this operation returns "
                + "(a client that accepts `application/problem+json` never gets this)");
        addIfAbsent(responses, "414", "The request line is longer than 8,192 characters");
        addIfAbsent(responses, "431", "The request headers are larger than 20 KiB in all");
        addIfAbsent(responses, "500", "Unexpected server failure");
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("Overloaded or the database is unavailable; nothing was changed. Retry after `Retry-After` seconds")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                entry.getValue().setContent(problemContent());
            }
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).description(description);
    }
}
