package org.mavedb.registry.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Deletes expired idempotency records in bounded batches, so no single statement holds many rows
 * or runs long. Several instances may purge at once: rows being deleted elsewhere are skipped.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyRepository records;
    private final IdempotencyConfig config;

    public IdempotencyPurge(IdempotencyRepository records, IdempotencyConfig config) {
        this.records = records;
        this.config = config;
    }

    @Scheduled(every = "${registry.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purgeExpired();
    }

    /** Deletes every expired record, batch by batch; returns how many. */
    public int purgeExpired() {
        int total = 0;
        int deleted;
        do {
            deleted = records.purgeExpired(config.purgeBatchSize());
            total += deleted;
        } while (deleted == config.purgeBatchSize());
        if (total > 0) {
            LOG.infof("Purged %d expired idempotency records", total);
        }
        return total;
    }
}
