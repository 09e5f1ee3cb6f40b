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

    /**
     * Key of the transaction-scoped advisory lock that orders appends (an arbitrary constant that no
     * other lock of this database uses: "mave" in ASCII).
     */
    static final long APPEND_LOCK = 0x6d617665L;

    /**
     * Appends the event as the transaction's last write. Ids come from an identity column when the
     * row is inserted, not when it commits: two transactions could commit their events out of id
     * order, and a consumer that had already read the higher id would never see the lower one
     * (API.md §4: polling with the last id seen must miss nothing). So appends hold an advisory lock
     * from the insert until commit, and events commit in id order. The transaction's pending changes
     * are flushed first, so their row locks and triggers are taken before the lock, never while
     * holding it: a transaction waiting for the lock never holds what the lock's holder still needs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventType type, String resourceUrn, String actor, Map<String, Object> payload) {
        flush();
        getSession().createNativeQuery("select 1 from pg_advisory_xact_lock(:key)", Integer.class)
                .setParameter("key", APPEND_LOCK).getSingleResult();
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
