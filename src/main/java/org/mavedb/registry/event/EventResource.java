package org.mavedb.registry.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.security.Roles;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    private final EventLog events;

    public EventResource(EventLog events) {
        this.events = events;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "List outbox events in order (admin only)",
            description = "Returns the events with an id greater than `after`, oldest first. Page through by passing the last id seen: "
                    + "a read waits (for at most a commit) until every event with a lower id than those it returns has "
                    + "committed or rolled back, so a consumer that polls with the last id it has seen receives every "
                    + "committed event exactly once, also while other requests write concurrently and commit out of id "
                    + "order. Ids may have gaps (a transaction that rolled back after taking one).")
    @APIResponse(responseCode = "200", description = "The events")
    @APIResponse(responseCode = "400", description = "`after` or `limit` out of range")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @RolesAllowed(Roles.ADMIN)
    public EventView.Page list(
            @Parameter(description = "Return only events with a greater id", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", defaultValue = "0"))
            @QueryParam("after") @DefaultValue("0") String after,
            @Parameter(description = "Maximum number of events", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") @DefaultValue("100") String limit) {
        long afterId = Paging.nonNegativeLong("after", after);
        int size = Paging.limit(limit);
        return new EventView.Page(events.after(afterId, size).stream().map(EventView::of).toList());
    }
}
