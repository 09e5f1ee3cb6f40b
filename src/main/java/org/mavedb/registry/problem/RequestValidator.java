package org.mavedb.registry.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a request body against its bean-validation constraints and turns violations into one
 * 400 problem listing every offending field by its JSON path.
 */
@ApplicationScoped
public class RequestValidator {

    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** The body, or {@code whenAbsent} for a request without one (searches), checked. */
    public <T> T valid(T body, T whenAbsent) {
        return valid(body == null ? whenAbsent : body);
    }

    public <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(jsonPath(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                    .toList();
            throw ProblemException.invalid(errors);
        }
        return body;
    }

    /** The property path as a client wrote it: {@code keywords[2]}, not {@code keywords[2].<list element>}. */
    private static String jsonPath(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }
}
