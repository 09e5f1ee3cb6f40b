package org.mavedb.registry.event;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outbox. {@link #append} joins the caller's transaction, so an event exists exactly when
 * the change it describes was committed.
 */
@ApplicationScoped
public class EventLog implements PanacheRepository<Event> {

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventType type, String resourceUrn, String actor, Map<String, Object> payload) {
        Event event = new Event();
        event.type = type.wireName();
        event.resourceUrn = resourceUrn;
        event.actor = actor;
        event.occurredAt = Instant.now(); // stored to the microsecond; events are only ever read back from the table
        event.payload = payload;
        persist(event);
    }

    public List<Event> after(long afterId, int limit) {
        return find("id > ?1", Sort.by("id"), afterId).page(Page.ofSize(limit)).list();
    }
}
