package org.mavedb.registry.ops;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
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
 * that would take the uploads in flight past it is shed too, rather than exhausting the heap.
 * Health, metrics and OpenAPI ({@code /q/*}) are never shed. Once the service is asked to stop
 * ({@link #drain()}), it admits no new API request (503 + Retry-After, so clients go elsewhere) and
 * reports itself not ready, while the requests already in flight finish.
 */
@ApplicationScoped
public class AdmissionControl {

    private static final Pattern VARIANT_UPLOAD = Pattern.compile("/api/v1/score-sets/[^/]+/variants/?");

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
            reject(context, new ProblemException(503, "shutting-down", "Service Unavailable",
                    "This instance is shutting down; retry, another instance will answer", null,
                    java.util.Map.of("Retry-After", "1")), true);
            return;
        }
        boolean upload = VARIANT_UPLOAD.matcher(context.normalizedPath()).matches()
                && context.request().method() == HttpMethod.POST;
        long limit = upload ? maxUploadBytes : maxJsonBytes;
        long declared = declaredLength(context);
        if (declared > limit) {
            reject(context, ProblemException.payloadTooLarge("The request body is larger than the limit of " + limit
                    + " bytes for this endpoint"), true);
            return;
        }
        if (upload && !admitUpload(context, declared < 0 ? maxUploadBytes : declared)) {
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            reject(context, new ProblemException(503, "overloaded", "Service Unavailable",
                    "The service is handling as many requests as it allows (" + maxInFlight + "); retry after a moment",
                    null, java.util.Map.of("Retry-After", "1")), false);
            return;
        }
        context.addEndHandler(done -> inFlight.decrementAndGet());
        context.next();
    }

    /** Reserves the upload's bytes in the budget until its response ends; false (and a 503) if they do not fit. */
    private boolean admitUpload(RoutingContext context, long bytes) {
        if (uploadBytesInFlight.addAndGet(bytes) > uploadBudgetBytes) {
            uploadBytesInFlight.addAndGet(-bytes);
            reject(context, new ProblemException(503, "overloaded", "Service Unavailable",
                    "Variant uploads in progress use the memory set aside for them; retry after a moment",
                    null, java.util.Map.of("Retry-After", "2")), true);
            return false;
        }
        context.addEndHandler(done -> uploadBytesInFlight.addAndGet(-bytes));
        return true;
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec rejects a malformed length itself
        }
    }

    private void reject(RoutingContext context, ProblemException problem, boolean closeConnection) {
        problems.send(context, problem, closeConnection);
    }
}
