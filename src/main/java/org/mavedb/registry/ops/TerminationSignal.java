package org.mavedb.registry.ops;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import sun.misc.Signal;

/**
 * SIGTERM is how Kubernetes (and systemd) ask the service to stop. New API requests are refused
 * from that moment ({@link AdmissionControl#drain()}), Quarkus's graceful shutdown lets the ones in
 * flight finish (within quarkus.shutdown.timeout), and as this is a requested, normal shutdown the
 * process exits 0 rather than the JVM's default 143.
 */
@ApplicationScoped
public class TerminationSignal {

    private final AdmissionControl admission;

    public TerminationSignal(AdmissionControl admission) {
        this.admission = admission;
    }

    void exitCleanlyOnSigterm(@Observes StartupEvent started) {
        Signal.handle(new Signal("TERM"), signal -> {
            admission.drain();
            Quarkus.asyncExit(0);
        });
    }
}
