package org.mavedb.registry.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a problem+json response straight to Vert.x, for the answers given before a request
 * reaches JAX-RS (admission control, authentication), where {@link ProblemMappers} cannot.
 */
@ApplicationScoped
public class RoutingProblems {

    private final ObjectMapper json;

    public RoutingProblems(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Ends the response with the problem. With {@code closeConnection}, the connection closes after
     * it, so that an unread request body is never taken for the next request on the connection.
     */
    public void send(RoutingContext context, ProblemException problem, boolean closeConnection) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem.toProblem());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        problem.headers().forEach(response::putHeader);
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(Buffer.buffer(body));
    }
}
