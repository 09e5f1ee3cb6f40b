package org.mavedb.registry.query;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code offset} query parameters of paged GET endpoints ({@code @BeanParam}). */
public class PageQuery {

    @QueryParam("limit")
    @Parameter(name = "limit", description = "Page size",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
    String limit;

    @QueryParam("offset")
    @Parameter(name = "offset", description = "Number of items to skip",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String offset;

    public int limit() {
        return Paging.limit(limit);
    }

    public int offset() {
        return Paging.offset(offset);
    }
}
