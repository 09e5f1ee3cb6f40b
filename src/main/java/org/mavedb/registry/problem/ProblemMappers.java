package org.mavedb.registry.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP responses: every error, whether thrown by our
 * services, by JSON binding, by the JAX-RS runtime (404, 405, 415, ...) or unexpected, leaves
 * as application/problem+json without a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What Quarkus REST's request stream says when a body passes the HTTP layer's ceiling. */
    private static final String BODY_TOO_LARGE = "Request too large";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return responseFor(e);
    }

    /** The problem as a JAX-RS response, for mappers elsewhere (security) that decide on a problem. */
    public static Response responseFor(ProblemException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(e.toProblem());
        e.headers().forEach(response::header);
        return response.build();
    }

    /**
     * Bean-validation failures, whether of a resource parameter ({@code @Valid}) or of a value a
     * service checks itself: one 400 listing every offending field by its JSON path.
     */
    @ServerExceptionMapper
    public Response invalidFields(jakarta.validation.ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return problem(ProblemException.invalid(errors));
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e) {
        String message = "has an invalid value";
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(e.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e.getTargetType() != null) {
            message = "must be " + jsonTypeName(e.getTargetType());
        }
        return problem(ProblemException.invalid(fieldPath(e), message));
    }

    @ServerExceptionMapper
    public Response invalidJsonValue(InvalidJsonValueException e) {
        return problem(ProblemException.invalid(fieldPath(e), e.reason()));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return problem(ProblemException.invalid(fieldPath(e), "is not a field of this request; its fields are "
                + e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        if (e.getPath().isEmpty() && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return problem(ProblemException.badRequest("The request body has content after its JSON value"));
        }
        if (e.getPath().isEmpty()) {
            return problem(ProblemException.badRequest("The request body is empty or not a JSON object of the expected shape"));
        }
        String message = e.getTargetType() == null ? "has a value of the wrong type" : "must be " + jsonTypeName(e.getTargetType());
        return problem(ProblemException.invalid(fieldPath(e), message));
    }

    private Response json(JsonProcessingException e) {
        if (e instanceof InvalidJsonValueException invalid) {
            return invalidJsonValue(invalid);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidValue(invalid);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched);
        }
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return problem(ProblemException.badRequest("The request body is not valid JSON" + where));
    }

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps binding failures in a bare 400; answer with what was wrong
            return json(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.StatusType statusType = e.getResponse().getStatusInfo();
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "This resource can only produce application/json";
            case 415 -> "This media type is not supported here; see the OpenAPI document for the accepted types";
            default -> e.getMessage();
        };
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", statusType.getReasonPhrase(), status, detail, null));
        if (status == 405) {
            allowedMethods.allowFor(request.path()).ifPresent(allow -> response.header("Allow", allow));
        }
        return response.build();
    }

    /**
     * Last resort. Failures that surface wrapped (for example at commit) are unwrapped first: a
     * ProblemException keeps its meaning, and a unique violation of a constraint that
     * {@link UniqueConstraints} knows becomes its 409, and a database that cannot serve right now is
     * a 503 ({@link DatabaseUnavailable}). Anything else is a bug: logged, and a bare 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            // the request's transaction rolled back; another attempt may find the memory free again
            LOG.error("Out of memory while handling a request", e);
            return problem(new ProblemException(503, "overloaded", "Service Unavailable",
                    "The service lacks the memory for this request right now; retry after a moment", null,
                    java.util.Map.of("Retry-After", "5")));
        }
        var unavailable = DatabaseUnavailable.problemFor(e);
        if (unavailable.isPresent()) {
            LOG.warnf("Database unavailable: %s", e.toString());
            return problem(unavailable.get());
        }
        for (Throwable cause : Causes.of(e)) {
            if (cause instanceof ProblemException problem) {
                return problem(problem);
            }
            if (cause instanceof HttpClosedException || cause instanceof StreamResetException) {
                // the client went away (HTTP/1.1 close, HTTP/2 reset) while its body was read: nothing
                // happened, nobody is left to answer
                LOG.debugf("Client closed the connection mid-request: %s", e);
                return problem(ProblemException.badRequest("The connection was closed before the request was read"));
            }
            if (cause instanceof java.io.IOException && BODY_TOO_LARGE.equals(cause.getMessage())) {
                // a chunked body past quarkus.http.limits.max-body-size: the HTTP layer has stopped reading it
                return problem(ProblemException.payloadTooLarge("The request body is larger than this service accepts"));
            }
            if (cause instanceof ConstraintViolationException violation) {
                var conflict = UniqueConstraints.conflictFor(violation.getConstraintName());
                if (conflict.isPresent()) {
                    return problem(conflict.get());
                }
            }
        }
        LOG.error("Unexpected failure while handling a request", e);
        return Response.status(500)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Internal Server Error", 500,
                        "The server failed to handle this request; it has been logged", null))
                .build();
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The JSON type a Java type binds from, with its article: "must be " + this reads as English. */
    private static String jsonTypeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == Long.class || type == Short.class
                || type == int.class || type == long.class || type == short.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
