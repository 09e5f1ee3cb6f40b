package org.mavedb.registry.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mavedb.registry.problem.Causes;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.problem.ProblemMappers;
import org.mavedb.registry.problem.RoutingProblems;

/**
 * Answers of the security layer as problem+json: an unknown key (failed while authenticating,
 * before JAX-RS), and a missing identity or role (failed by {@code @Authenticated} /
 * {@code @RolesAllowed}, before the body is read). A database that cannot serve the key lookup is
 * the 503 the identity provider turned it into, not a 401.
 */
@ApplicationScoped
public class AuthenticationProblems {

    static final String NO_KEY = "This endpoint needs an API key in the " + ApiKeyAuthenticationMechanism.HEADER + " header";
    static final String UNKNOWN_KEY = "The API key in the " + ApiKeyAuthenticationMechanism.HEADER + " header is not valid";
    static final String ADMINS_ONLY = "This endpoint is for admins only";

    private final RoutingProblems routingProblems;

    public AuthenticationProblems(RoutingProblems routingProblems) {
        this.routingProblems = routingProblems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::authenticationFailed);
    }

    private void authenticationFailed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        for (Throwable cause : Causes.of(context.failure())) {
            if (cause instanceof ProblemException problem) {
                routingProblems.send(context, problem, true);
                return;
            }
        }
        if (context.failure() instanceof AuthenticationFailedException) {
            routingProblems.send(context, ProblemException.unauthorized(UNKNOWN_KEY), true);
            return;
        }
        context.next();
    }

    @ServerExceptionMapper
    public Response noIdentity(UnauthorizedException e) {
        return ProblemMappers.responseFor(ProblemException.unauthorized(NO_KEY));
    }

    @ServerExceptionMapper
    public Response unknownKey(AuthenticationFailedException e) {
        return ProblemMappers.responseFor(ProblemException.unauthorized(UNKNOWN_KEY));
    }

    @ServerExceptionMapper
    public Response missingRole(ForbiddenException e) {
        return ProblemMappers.responseFor(ProblemException.forbidden(ADMINS_ONLY));
    }
}
