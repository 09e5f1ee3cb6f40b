package org.mavedb.registry.dataset;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as PostgreSQL stores it, so a value returned on write equals the value read back later. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
