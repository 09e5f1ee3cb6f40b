package org.mavedb.registry.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "One domain event from the outbox")
public record EventView(
        long id,
        @Schema(description = "What happened. Today one of `user.created`, `experiment.created`, `experiment.updated`, "
                + "`score_set.created`, `score_set.updated`, `score_set.deleted`, `score_set.variants_uploaded`, "
                + "`score_set.published`; new types may be added, so consumers skip types they do not know.",
                example = "score_set.published")
        String type,
        @Schema(description = "The urn (or, for users, the username) the resource has after the change")
        String resourceUrn,
        Instant occurredAt,
        @Schema(description = "Username of the caller who made the change") String actor,
        @Schema(description = "What changed, by event type (free-form)", additionalProperties = Schema.True.class)
        Map<String, Object> payload) {

    static EventView of(Event event) {
        return new EventView(event.id, event.type, event.resourceUrn, event.occurredAt, event.actor, event.payload);
    }

    @Schema(name = "EventPage")
    public record Page(List<EventView> events) {}
}
