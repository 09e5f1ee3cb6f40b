package org.mavedb.registry.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "registry.idempotency")
public interface IdempotencyConfig {

    /** How long a recorded outcome is replayed; afterwards the key may be reused. */
    @WithDefault("P1D")
    Duration retention();

    /** When true, the state-changing POSTs reject requests without an {@code Idempotency-Key} (400). */
    @WithDefault("false")
    boolean required();

    /**
     * How long a duplicate waits for the first request with its key to finish before it gives up
     * with 409 and {@code Retry-After}.
     */
    @WithDefault("PT10S")
    Duration maxWait();

    /** How often expired records are purged (read by {@link IdempotencyPurge}'s schedule). */
    @WithDefault("1h")
    String purgeEvery();

    /** Expired records are deleted in batches of this many rows. */
    @WithDefault("1000")
    int purgeBatchSize();
}
