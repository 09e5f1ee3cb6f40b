package org.mavedb.registry.variant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import org.mavedb.registry.problem.InvalidJsonValueException;
import org.mavedb.registry.problem.TextRules;

/**
 * A value of a variant's further columns ({@code data}, {@code counts}): a finite number, text, or
 * null, as a cell of a MaveDB file can hold. Integers stay integers ({@link Long}), so that
 * {@code 3} comes back as {@code 3}, not {@code 3.0}; objects, arrays and booleans are refused.
 */
@RegisterForReflection // Jackson instantiates it from @JsonDeserialize, also in the native image
final class DataValueDeserializer extends StdDeserializer<Object> {

    DataValueDeserializer() {
        super(Object.class);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new InvalidJsonValueException(parser, "must be an integer within 64 bits, a finite number, text or null");
                }
                yield parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw new InvalidJsonValueException(parser, "must be a finite number");
                }
                yield value;
            }
            case VALUE_STRING -> {
                String text = parser.getText();
                var violation = TextRules.violation(text);
                if (violation.isPresent()) {
                    throw new InvalidJsonValueException(parser, violation.get());
                }
                yield text;
            }
            default -> throw new InvalidJsonValueException(parser, "must be a number, text or null");
        };
    }
}
