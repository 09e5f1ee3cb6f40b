package org.mavedb.registry.ops;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.problem.RoutingProblems;

/**
 * The request line and header limits, answered as problem+json (API.md §6). Vert.x's HTTP codec
 * answers requests past its own limits before any handler sees them, with an empty body (and never
 * through the router: quarkusio/quarkus#55082), so the codec's limits are set well above these
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) and the real ones are
 * enforced here, first on every route.
 */
@ApplicationScoped
public class RequestLimits {

    /** Longest request target (path and query) accepted; the codec's own limit is 64 KiB. */
    static final int MAX_URI_CHARS = 8192;
    /** Most header bytes accepted (names, values and separators); the codec's own limit is 64 KiB. */
    static final int MAX_HEADER_BYTES = 20 * 1024;

    private final RoutingProblems problems;

    public RequestLimits(RoutingProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI_CHARS) {
            problems.send(context, new ProblemException(414, "uri-too-long", "URI Too Long", "The request target is longer than "
                    + MAX_URI_CHARS + " characters; send long criteria in a search body instead", null, Map.of()), true);
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            problems.send(context, new ProblemException(431, "header-fields-too-large", "Request Header Fields Too Large",
                    "The request headers are larger than " + MAX_HEADER_BYTES + " bytes", null, Map.of()), true);
            return;
        }
        context.next();
    }
}
