package org.mavedb.registry.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes the generated document say what generated clients depend on, beyond what the annotations
 * express (issue 17):
 * <ul>
 *   <li>Every property of a schema the service sends is {@code required}: responses always carry
 *       every field, {@code null} where it has no value ({@code nullable} on the record component).
 *       A schema that declares its own {@code required} list keeps it.</li>
 *   <li>{@code Instant} and other scalar components are inlined, and a {@code $ref} never has siblings
 *       (OpenAPI 3.0 ignores them, and generators then type the field as "any").</li>
 *   <li>A 201 carries {@code Location}.</li>
 *   <li>Public operations take the API key optionally ({@code security: [{}, {ApiKey: []}]}):
 *       with it the caller's own drafts are visible. Operations that need it list it alone
 *       (Quarkus adds that for {@code @Authenticated} and {@code @RolesAllowed}).</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    static final String API_KEY_SCHEME = "ApiKey";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        schemas.values().forEach(schema -> tidy(schema, schemas));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            offerApiKey(operation);
            locateCreated(operation);
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> tidy(parameter.getSchema(), schemas));
            }
        }));
        sentSchemas(openAPI).forEach(name -> requireEveryProperty(schemas.get(name)));
        schemas.keySet().stream().filter(name -> isScalarAlias(schemas.get(name))).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void offerApiKey(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(API_KEY_SCHEME))));
        }
    }

    private static void locateCreated(Operation operation) {
        APIResponse created = operation.getResponses().getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", OASFactory.createHeader().required(true)
                    .description("Path of the created resource (repeated by an idempotent replay)")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
    }

    /** Rewrites a schema and everything inside it into the forms generators read correctly. */
    private static void tidy(Schema schema, Map<String, Schema> components) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> properties.put(name, tidied(property, components)));
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            schema.setItems(tidied(schema.getItems(), components));
        }
        Schema values = schema.getAdditionalPropertiesSchema();
        if (values != null) {
            boolean anything = values.getType() == null && values.getRef() == null && values.getProperties() == null;
            // A free-form map as `additionalProperties: {}` (or none) makes the Python generator warn that the
            // value type is undefined; a described schema of any type says the same without the warning.
            schema.setAdditionalPropertiesSchema(anything
                    ? OASFactory.createSchema().description("Any JSON value")
                    : tidied(values, components));
        }
    }

    private static Schema tidied(Schema schema, Map<String, Schema> components) {
        String ref = singleReference(schema);
        if (ref == null) {
            tidy(schema, components);
            return schema;
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        String description = schema.getDescription();
        Schema target = components.get(ref.substring(SCHEMAS.length()));
        if (isScalarAlias(target)) {
            // Inline, as generators unalias it anyway; typescript-fetch would drop its nullability in a map value.
            List<Schema.SchemaType> types = new ArrayList<>(target.getType());
            if (nullable && !types.contains(Schema.SchemaType.NULL)) {
                types.add(Schema.SchemaType.NULL);
            }
            return OASFactory.createSchema().type(types).format(target.getFormat())
                    .description(description != null ? description : target.getDescription());
        }
        if (nullable && target != null && !target.getType().contains(Schema.SchemaType.NULL)) {
            // OpenAPI 3.0 cannot make a $ref nullable where it is used; the referenced schema says it instead.
            // ({nullable, allOf: [$ref]} is no way out: validators still apply the member to the null.)
            List<Schema.SchemaType> types = new ArrayList<>(target.getType());
            types.add(Schema.SchemaType.NULL);
            target.setType(types);
        }
        return OASFactory.createSchema().ref(ref);
    }

    /**
     * The one schema this schema stands for: a plain reference, one wrapped in {@code allOf}, or the
     * model's form of a nullable reference, {@code anyOf: [reference, {type: null}]}.
     */
    private static String singleReference(Schema schema) {
        if (schema.getRef() != null) {
            return schema.getRef();
        }
        if (schema.getProperties() != null) {
            return null;
        }
        List<Schema> members = schema.getAllOf() != null ? schema.getAllOf() : schema.getAnyOf();
        if (members == null) {
            return null;
        }
        List<Schema> referring = members.stream().filter(member -> !List.of(Schema.SchemaType.NULL).equals(member.getType())).toList();
        return referring.size() == 1 ? referring.get(0).getRef() : null;
    }

    /** A component that only names a number, string or boolean (with no enum): clearer inline. */
    private static boolean isScalarAlias(Schema schema) {
        return schema != null && schema.getEnumeration() == null && schema.getType() != null
                && schema.getType().stream().allMatch(type -> type == Schema.SchemaType.NUMBER
                        || type == Schema.SchemaType.STRING || type == Schema.SchemaType.BOOLEAN
                        || type == Schema.SchemaType.NULL);
    }

    /** Component schemas reachable from any response body. */
    private static Set<String> sentSchemas(OpenAPI openAPI) {
        Deque<Schema> pending = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().values().stream()
                        .map(APIResponse::getContent)
                        .filter(content -> content != null && content.getMediaTypes() != null)
                        .flatMap(content -> content.getMediaTypes().values().stream())
                        .map(MediaType::getSchema)
                        .forEach(schema -> {
                            if (schema != null) {
                                pending.add(schema);
                            }
                        })));
        Set<String> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null) {
                String name = ref.substring(SCHEMAS.length());
                Schema target = openAPI.getComponents().getSchemas().get(name);
                if (reached.add(name) && target != null) {
                    pending.add(target);
                }
                continue;
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getAllOf() != null) {
                pending.addAll(schema.getAllOf());
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
        }
        return reached;
    }

    private static void requireEveryProperty(Schema schema) {
        if (schema != null && schema.getProperties() != null && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }
}
