package org.mavedb.registry.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Where a constraint violation sits, written as a client wrote the JSON: {@code targetGenes[0].name}, {@code keywords[2]}. */
final class FieldPaths {

    /** The name given to a violation of a whole request body ({@code @NotNull} on the body parameter). */
    static final String BODY = "body";

    private FieldPaths() {
    }

    /**
     * Leaves out the method and parameter nodes of method validation ({@code create.body.title})
     * and the {@code <list element>} nodes of container elements.
     */
    static String of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }
}
