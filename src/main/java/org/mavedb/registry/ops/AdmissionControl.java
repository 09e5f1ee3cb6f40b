package org.mavedb.registry.ops;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.problem.RoutingProblems;

/**
 * Decides on the event loop, before any body is read or a worker thread is taken, whether an API
 * request is admitted: a declared body larger than its limit is a 413 (JSON bodies and variant
 * uploads have their own limits), and beyond {@code registry.http.max-in-flight} concurrent API
 * requests the service sheds load with 503 + Retry-After instead of queueing without bound.
 * Variant uploads are parsed in memory, so they also share a byte budget
 * ({@code registry.variants.upload-budget-bytes}, by default one maximum-size upload): an upload
 * that would take the uploads in flight past it is shed too, rather than exhausting the heap. The
 * budget is taken after authentication (an anonymous upload is a 401 before its body is read).
 * Health, metrics and OpenAPI ({@code /q/*}) are never shed. Once the service is asked to stop
 * ({@link #drain()}), it admits no new API request (503 + Retry-After, so clients go elsewhere) and
 * reports itself not ready, while the requests already in flight finish.
 */
@ApplicationScoped
public class AdmissionControl {

    /** After Quarkus' authentication handlers, before the REST layer (Quarkus' default route order is 10,000). */
    private static final int UPLOAD_BUDGET_ORDER = 1000;
    /** The operations that take a MaveDB file: uploadVariants, uploadScoresCsv, uploadCountsCsv. */
    private static final Pattern VARIANT_UPLOAD = Pattern.compile("/api/v1/score-sets/[^/]+/(variants|scores|counts)/?");

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong uploadBytesInFlight = new AtomicLong();
    private final long uploadBudgetBytes;
    private volatile boolean draining;
    private final int maxInFlight;
    private final long maxJsonBytes;
    private final long maxUploadBytes;
    private final RoutingProblems problems;

    public AdmissionControl(@ConfigProperty(name = "registry.http.max-in-flight") int maxInFlight,
            @ConfigProperty(name = "registry.http.max-json-bytes") long maxJsonBytes,
            @ConfigProperty(name = "registry.variants.max-upload-bytes") long maxUploadBytes,
            @ConfigProperty(name = "registry.variants.upload-budget-bytes") long uploadBudgetBytes, RoutingProblems problems) {
        this.uploadBudgetBytes = Math.max(uploadBudgetBytes, maxUploadBytes);
        this.maxInFlight = maxInFlight;
        this.maxJsonBytes = maxJsonBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::admit);
        router.route("/api/*").order(UPLOAD_BUDGET_ORDER).handler(this::reserveUploadBudget);
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
     * Reserves an upload's bytes in the budget until its response ends or its connection closes,
     * released exactly once on every path. Runs after authentication: an anonymous upload takes no
     * budget, since it is answered 401 before its body is read; otherwise anyone could hold the
     * budget with made-up urns.
     */
    private void reserveUploadBudget(RoutingContext context) {
        if (context.user() == null || context.request().method() != HttpMethod.POST
                || !VARIANT_UPLOAD.matcher(context.normalizedPath()).matches()) {
            context.next();
            return;
        }
        long declared = declaredLength(context);
        long bytes = declared < 0 ? maxUploadBytes : declared;
        if (uploadBytesInFlight.addAndGet(bytes) > uploadBudgetBytes) {
            uploadBytesInFlight.addAndGet(-bytes);
            problems.send(context, new ProblemException(503, "overloaded", "Service Unavailable",
                    "Variant uploads in progress use the memory set aside for them; retry after a moment",
                    null, java.util.Map.of("Retry-After", "2")), true);
            return;
        }
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable release = () -> {
            if (held.compareAndSet(true, false)) {
                uploadBytesInFlight.addAndGet(-bytes);
            }
        };
        context.addEndHandler(done -> release.run());
        // A body past the HTTP layer's ceiling is answered (413) and its connection closed by Vert.x
        // itself, where the end handlers above are not called.
        context.request().connection().closeHandler(closed -> release.run());
        context.next();
    }

    /** The bytes that uploads in progress hold in the budget. */
    long uploadBytesInFlight() {
        return uploadBytesInFlight.get();
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
