package org.mavedb.registry.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure that the client caused or must know about, carried to {@link ProblemMappers} and
 * written there as problem+json. Services throw these; resources never build error responses.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String type, String title, String detail,
            List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = "urn:mave-registry:problem:" + type;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    private ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, null, Map.of());
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, errors, Map.of());
    }

    /** Invalid data with more problems than are listed: the detail gives the total. */
    public static ProblemException invalid(List<Problem.FieldError> listed, int total) {
        if (total <= listed.size()) {
            return invalid(listed);
        }
        return new ProblemException(400, "validation", "Invalid request",
                total + " problems; the first " + listed.size() + " are listed", listed, Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null,
                Map.of("WWW-Authenticate", "ApiKey header=\"X-API-Key\""));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail);
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail);
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem(type, title, status, getMessage(), errors);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
