package org.mavedb.registry.variant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI type of a value in a variant's {@code data}: an empty or {@code NA} cell is null. */
@Schema(name = "NullableNumber", type = SchemaType.NUMBER, format = "double", nullable = true,
        description = "A number, or null for a missing value")
interface NullableNumber {
}
