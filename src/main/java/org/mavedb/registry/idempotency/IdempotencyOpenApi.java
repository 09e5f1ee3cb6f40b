package org.mavedb.registry.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents idempotency once: the {@code Idempotency-Key} header parameter component that every
 * {@link Idempotent} operation references ({@code @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)}),
 * and on those operations the 409 and 422 answers it can produce.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApi implements OASFilter {

    public static final String KEY_PARAMETER = "IdempotencyKey";
    private static final String KEY_REF = "#/components/parameters/" + KEY_PARAMETER;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(KEY_PARAMETER, OASFactory.createParameter()
                .name(IdempotencyInterceptor.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes the request safe to retry. The first request with a key runs; a retry with the same "
                        + "key, method, path and body replays its 2xx response (same status, body, `Location`, `ETag`) "
                        + "with `Idempotent-Replayed: true` and changes nothing. A different request under the same key "
                        + "is a 422; a retry while the first is still running waits for it (409 with `Retry-After` after "
                        + "a bounded wait). Keys belong to the caller, are kept for `registry.idempotency.retention` "
                        + "(default one day), and only successful outcomes are recorded.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]+$")));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .filter(IdempotencyOpenApi::takesKey)
                .forEach(IdempotencyOpenApi::describeOutcomes));
    }

    private static boolean takesKey(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> KEY_REF.equals(p.getRef()));
    }

    private static void describeOutcomes(Operation operation) {
        String conflict = operation.getResponses().hasAPIResponse("409")
                ? operation.getResponses().getAPIResponse("409").getDescription() + "; or a" : "A";
        operation.getResponses().addAPIResponse("409", problem(conflict
                + " request with the same `Idempotency-Key` is still running after the bounded wait (see `Retry-After`)"));
        operation.getResponses().addAPIResponse("422", problem(
                "The `Idempotency-Key` was already used by this caller for a different request"));
        operation.getResponses().getAPIResponse(firstSuccess(operation)).addHeader("Idempotent-Replayed",
                OASFactory.createHeader().description("`true` when this is the replay of an earlier response")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))));
    }

    private static String firstSuccess(Operation operation) {
        return operation.getResponses().getAPIResponses().keySet().stream().filter(code -> code.startsWith("2"))
                .findFirst().orElseThrow();
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
