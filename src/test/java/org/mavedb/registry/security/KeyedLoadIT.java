package org.mavedb.registry.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same assertions against the packaged application: the JVM jar, or the native binary with -Dnative. */
@QuarkusIntegrationTest
class KeyedLoadIT extends KeyedLoadTest {
}
