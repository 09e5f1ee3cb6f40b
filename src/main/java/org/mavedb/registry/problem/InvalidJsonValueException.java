package org.mavedb.registry.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value of the right type that the service still cannot take (text with U+0000, a number
 * too large to be finite). Jackson adds the field's path as it unwinds, and
 * {@link ProblemMappers} answers 400 naming that field with {@link #reason()}.
 */
public class InvalidJsonValueException extends JsonMappingException {

    private final String reason;

    public InvalidJsonValueException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
