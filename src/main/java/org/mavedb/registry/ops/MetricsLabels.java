package org.mavedb.registry.ops;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the {@code uri} label of {@code http_server_requests} to route templates. Quarkus labels a
 * request with the template of the resource method it matched; a request answered before any
 * matched (shed or refused by {@link AdmissionControl}, or sent to a path no resource has) would be
 * labelled with its raw path: a draft's {@code tmp:} urn in the public metrics, and a new series
 * for every made-up path. Every API request therefore starts with one fixed label, which a
 * matching resource then replaces with its template.
 */
@ApplicationScoped
public class MetricsLabels {

    /** The request-context local that Quarkus REST and the Micrometer binder share for the template. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    static final String UNMATCHED = "/api/{unmatched}";

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(context -> {
            ContextLocals.put(URL_PATH_TEMPLATE, UNMATCHED);
            context.next();
        });
    }
}
