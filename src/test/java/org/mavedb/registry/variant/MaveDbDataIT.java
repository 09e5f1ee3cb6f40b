package org.mavedb.registry.variant;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** MaveDB's files against the packaged application: the JVM jar, or the native binary with -Dnative. */
@QuarkusIntegrationTest
class MaveDbDataIT extends MaveDbDataTest {
}
