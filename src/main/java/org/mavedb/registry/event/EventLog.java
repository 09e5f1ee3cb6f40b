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
     * Key of the transaction-scoped advisory lock that orders appends and reads (an arbitrary
     * constant that no other lock of this database uses: "mave" in ASCII).
     */
    static final long APPEND_LOCK = 0x6d617665L;

    /**
     * Appends the event as the transaction's last write. An id comes from the identity column when
     * the row is inserted, not when it commits, so transactions commit their events out of id order;
     * a consumer that had read a higher id would never see a lower one committed later (API.md §4:
     * polling with the last id seen must miss nothing). So an append holds the append lock in shared
     * mode from before its insert until commit: appends never wait for each other, but a reader
     * ({@link #after}) that takes the lock exclusively waits until every append in flight has
     * committed or rolled back, and then sees a gap-free prefix of the log. The transaction's pending
     * changes are flushed first, so its row locks and triggers are taken before the lock, never while
     * holding it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventType type, String resourceUrn, String actor, Map<String, Object> payload) {
        flush();
        lock("pg_advisory_xact_lock_shared");
        Event event = new Event();
        event.type = type.wireName();
        event.resourceUrn = resourceUrn;
        event.actor = actor;
        event.occurredAt = Instant.now(); // stored to the microsecond; events are only ever read back from the table
        event.payload = payload;
        persist(event);
    }

    /**
     * Up to {@code limit} events with an id greater than {@code afterId}, in id order. Taking the
     * append lock exclusively first waits for the appends in flight (for at most their commit) and
     * holds new ones back for the length of this read: every id below the highest one returned then
     * belongs to a transaction that has ended, so none can appear later behind the consumer's cursor.
     */
    @Transactional
    public List<Event> after(long afterId, int limit) {
        lock("pg_advisory_xact_lock");
        return find("id > ?1", Sort.by("id"), afterId).page(Page.ofSize(limit)).list();
    }

    private void lock(String function) {
        // Untyped: a native query typed Integer.class gets no cached plan in Hibernate 7.2 (see query.Pager).
        getSession().createNativeQuery("select 1 from " + function + "(:key)")
                .setParameter("key", APPEND_LOCK).getSingleResult();
    }
}
