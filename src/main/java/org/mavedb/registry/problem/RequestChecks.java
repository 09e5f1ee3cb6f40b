package org.mavedb.registry.problem;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every API request makes before a resource method sees it (API.md §6), so that no
 * resource has to remember them.
 */
public class RequestChecks {

    /**
     * Query parameters the API reads. JAX-RS hands an empty value ({@code limit=}) to the resource as
     * if the parameter were absent, so it would silently mean the default; it is a 400 instead.
     */
    private static final Set<String> VALUED_PARAMETERS = Set.of("limit", "offset", "lineage", "after");

    private final AllowedMethods allowedMethods;

    public RequestChecks(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    /**
     * OPTIONS names exactly the methods the path has ({@code Allow}, 204), or is a 404 for a path
     * that has none; Quarkus REST's own answer lists every method of the resource class.
     */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> answerOptions(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!HttpMethod.OPTIONS.equals(request.getMethod()) || !path.startsWith("/api/")) {
            return Optional.empty();
        }
        return Optional.of(allowedMethods.allowFor(path)
                .map(allow -> Response.noContent().header(HttpHeaders.ALLOW, allow).build())
                .orElseGet(() -> ProblemMappers.responseFor(ProblemException.notFound("No resource at this path"))));
    }

    /**
     * A client that accepts {@code application/problem+json} never gets a 406 for it (API.md §6).
     * Generated clients send exactly that as {@code Accept} for an operation whose only documented
     * body is an error (a DELETE); such a client is served the operation's own media type.
     */
    @ServerRequestFilter(preMatching = true)
    public void acceptProblemJsonAsAnything(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains(Problem.MEDIA_TYPE)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.01");
        }
    }

    /**
     * The decoded path and every query parameter (name and value) obey {@link TextRules}, and the
     * parameters the API reads are not empty.
     */
    @ServerRequestFilter(preMatching = true)
    public void refuseUnsafeText(ContainerRequestContext request) {
        TextRules.require("path", request.getUriInfo().getPath());
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            TextRules.require("query parameter name", name);
            for (String value : values) {
                TextRules.require(name, value);
                if (value.isEmpty() && VALUED_PARAMETERS.contains(name)) {
                    throw ProblemException.invalid(name, "must not be empty; leave the parameter out for its default");
                }
            }
        });
    }

    /**
     * A body sent without {@code Content-Type} is a 415: guessing its type would read CSV as JSON or
     * the reverse. Runs once the request has matched a resource method, after the security checks
     * (a request without the identity it needs is 401 whatever its body) and before the body is read.
     */
    @ServerRequestFilter
    public void requireContentType(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && hasBody(request)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "The request has a body but no Content-Type; send it with the media type the endpoint accepts",
                    null, Map.of());
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
    }
}
