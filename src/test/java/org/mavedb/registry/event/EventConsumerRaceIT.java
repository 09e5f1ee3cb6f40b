package org.mavedb.registry.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same assertions against the packaged application: the JVM jar, or the native binary with -Dnative. */
@QuarkusIntegrationTest
class EventConsumerRaceIT extends EventConsumerRaceTest {
}
