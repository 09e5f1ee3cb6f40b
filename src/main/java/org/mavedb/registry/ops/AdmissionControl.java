package org.mavedb.registry.ops;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.problem.RoutingProblems;

/**
 * Decides on the event loop, before any body is read or a worker thread is taken, whether an API
 * request is admitted: a declared body larger than its limit is a 413 (JSON bodies and variant
 * uploads have their own limits), and beyond {@code registry.http.max-in-flight} concurrent API
 * requests the service sheds load with 503 + Retry-After instead of queueing without bound.
 * Variant uploads stream into the database and each holds a connection for as long as its body
 * takes to arrive, so at most {@code registry.variants.max-concurrent-uploads} large ones run at
 * once; one more is shed too (503 + Retry-After at once), so that uploads never take the pool from
 * everyone else. An HTTP/1.1 upload that declares at most {@link #SMALL_UPLOAD_BYTES} is read whole
 * here (Quarkus REST then hands the endpoint that buffer), so before its transaction starts, and
 * takes no slot: a burst of small uploads is served like any other burst of writes, and a slow
 * client holds no database connection. A slot is taken after authentication (an anonymous upload
 * is a 401 before its body is read).
 * Health, metrics and OpenAPI ({@code /q/*}) are never shed. Once the service is asked to stop
 * ({@link #drain()}), it admits no new API request (503 + Retry-After, so clients go elsewhere) and
 * reports itself not ready, while the requests already in flight finish.
 */
@ApplicationScoped
public class AdmissionControl {

    /** After Quarkus' authentication handlers, before the REST layer (Quarkus' default route order is 10,000). */
    private static final int UPLOAD_SLOT_ORDER = 1000;
    /** The operations that take a MaveDB file: uploadVariants, uploadScoresCsv, uploadCountsCsv. */
    private static final Pattern VARIANT_UPLOAD = Pattern.compile("/api/v1/score-sets/[^/]+/(variants|scores|counts)/?");

    private static final Logger LOG = Logger.getLogger(AdmissionControl.class);

    /** Uploads up to this size (declared by Content-Length) are read whole first and take no upload slot. */
    public static final long SMALL_UPLOAD_BYTES = 1 << 20;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger uploadsInFlight = new AtomicInteger();
    private final int maxConcurrentUploads;
    private volatile boolean draining;
    private final int maxInFlight;
    private final long maxJsonBytes;
    private final long maxUploadBytes;
    private final RoutingProblems problems;

    public AdmissionControl(@ConfigProperty(name = "registry.http.max-in-flight") int maxInFlight,
            @ConfigProperty(name = "registry.http.max-json-bytes") long maxJsonBytes,
            @ConfigProperty(name = "registry.variants.max-upload-bytes") long maxUploadBytes,
            @ConfigProperty(name = "registry.variants.max-concurrent-uploads") int maxConcurrentUploads,
            RoutingProblems problems) {
        this.maxConcurrentUploads = maxConcurrentUploads;
        this.maxInFlight = maxInFlight;
        this.maxJsonBytes = maxJsonBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::admit);
        router.route("/api/*").order(UPLOAD_SLOT_ORDER).handler(this::takeUploadSlot);
    }

    /** Stops admitting API requests; those in flight carry on. */
    public void drain() {
        draining = true;
    }

    /** Readiness: UP while admitting requests, with how many are in flight. */
    @Produces
    @Readiness
    HealthCheck admitting() {
        return () -> HealthCheckResponse.named("admission").status(!draining).withData("inFlight", inFlight.get()).build();
    }

    private void admit(RoutingContext context) {
        if (draining) {
            problems.send(context, new ProblemException(503, "shutting-down", "Service Unavailable",
                    "This instance is shutting down; retry, another instance will answer", null,
                    java.util.Map.of("Retry-After", "1")), true);
            return;
        }
        boolean upload = VARIANT_UPLOAD.matcher(context.normalizedPath()).matches()
                && context.request().method() == HttpMethod.POST;
        long limit = upload ? maxUploadBytes : maxJsonBytes;
        long declared = declaredLength(context);
        if (declared > limit) {
            problems.send(context, ProblemException.payloadTooLarge("The request body is larger than the limit of " + limit
                    + " bytes for this endpoint"), true);
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            problems.send(context, new ProblemException(503, "overloaded", "Service Unavailable",
                    "The service is handling as many requests as it allows (" + maxInFlight + "); retry after a moment",
                    null, java.util.Map.of("Retry-After", "1")), false);
            return;
        }
        context.addEndHandler(done -> inFlight.decrementAndGet());
        context.next();
    }

    /**
     * Takes an upload slot until the response ends or the connection closes, given back exactly once
     * on every path. Runs after authentication: an anonymous upload takes no slot, since it is
     * answered 401 before its body is read; otherwise anyone could hold the slots with made-up urns.
     */
    private void takeUploadSlot(RoutingContext context) {
        if (context.user() == null || context.request().method() != HttpMethod.POST
                || !VARIANT_UPLOAD.matcher(context.normalizedPath()).matches()) {
            context.next();
            return;
        }
        if (isSmall(context)) {
            readWhole(context);
            return;
        }
        if (uploadsInFlight.incrementAndGet() > maxConcurrentUploads) {
            uploadsInFlight.decrementAndGet();
            problems.send(context, new ProblemException(503, "overloaded", "Service Unavailable",
                    "As many variant uploads as this instance allows (" + maxConcurrentUploads + ") are in progress; "
                            + "retry after a moment", null, java.util.Map.of("Retry-After", "2")), true);
            return;
        }
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable release = () -> {
            if (held.compareAndSet(true, false)) {
                uploadsInFlight.decrementAndGet();
            }
        };
        context.addEndHandler(done -> release.run());
        // A body past the HTTP layer's ceiling is answered (413) and its connection closed by Vert.x
        // itself, where the end handlers above are not called.
        context.request().connection().closeHandler(closed -> release.run());
        context.next();
    }

    /**
     * Reads a small upload's body into memory and then hands on the request: Quarkus REST gives the
     * endpoint a body the routing context already holds, so the upload's transaction starts only
     * once the body is complete. A client that goes away meanwhile leaves nothing to do.
     */
    private void readWhole(RoutingContext context) {
        context.request().body().onComplete(read -> {
            if (read.succeeded()) {
                context.setBody(read.result());
                context.next();
            } else {
                LOG.debugf("Client closed the connection before its upload arrived: %s", read.cause());
                problems.send(context, ProblemException.badRequest("The connection was closed before the request was read"),
                        true);
            }
        });
        context.request().resume(); // authentication may have paused it
    }

    /** The largest JSON body ({@code registry.http.max-json-bytes}). */
    long maxJsonBytes() {
        return maxJsonBytes;
    }

    /** The largest variant upload ({@code registry.variants.max-upload-bytes}). */
    long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** The variant uploads in progress. */
    int uploadsInFlight() {
        return uploadsInFlight.get();
    }

    /**
     * A small upload that can be read whole before Quarkus REST sees it. Not over HTTP/2: Quarkus
     * REST pauses every request it starts on, and Vert.x refuses to pause an HTTP/2 stream whose body
     * has ended, so such uploads stream and take a slot like large ones.
     */
    private static boolean isSmall(RoutingContext context) {
        long declared = declaredLength(context);
        return declared >= 0 && declared <= SMALL_UPLOAD_BYTES && context.request().version() != HttpVersion.HTTP_2;
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec rejects a malformed length itself
        }
    }
}
