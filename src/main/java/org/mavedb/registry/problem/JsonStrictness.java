package org.mavedb.registry.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON bodies are read strictly (API.md §6), in the reader, so that no resource has to remember it:
 * <ul>
 * <li>A value of the wrong type is a 400, never quietly converted: by default Jackson reads
 * {@code "title": 5} as "5", {@code "limit": "10"} as 10, {@code "limit": 1.5} as 1 and
 * {@code "score": "0.5"} as 0.5, which would let a client's bug through as data. Enums (lineage
 * modes, target categories, sequence types) are closed sets of names: a number in their place is
 * not the n-th constant either.</li>
 * <li>Numbers must be finite: Jackson reads {@code "NaN"}, {@code "Infinity"}, {@code 1e400} or a
 * 401-digit integer into a double as NaN or ±Infinity, which JSON cannot carry back out.</li>
 * <li>Strings and object keys must not contain U+0000 or unpaired surrogates ({@link TextRules}).</li>
 * <li>A body is one JSON value: trailing content and duplicate keys are malformed JSON.</li>
 * </ul>
 * Unknown fields are refused too ({@code quarkus.jackson.fail-on-unknown-properties}), so that a
 * misspelt field is not silently ignored.
 */
@Singleton
public class JsonStrictness implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
        SimpleModule module = new SimpleModule("mave-registry-strict-json");
        module.addDeserializer(String.class, new CheckedString());
        module.addKeyDeserializer(String.class, new CheckedKey());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE));
        mapper.registerModule(module);
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    private static String checked(JsonParser parser, String text) throws InvalidJsonValueException {
        if (text != null) {
            var violation = TextRules.violation(text);
            if (violation.isPresent()) {
                throw new InvalidJsonValueException(parser, violation.get());
            }
        }
        return text;
    }

    /** Jackson's own string reading (and its coercion rules), then {@link TextRules}. */
    static final class CheckedString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, super.deserialize(parser, context));
        }
    }

    static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }

    /** A JSON number whose value is finite as a double; any other token is a type error. */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {

        FiniteDouble(Class<Double> type) {
            super(type);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Double) context.handleUnexpectedToken(Double.class, parser);
            }
            double value = parser.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw new InvalidJsonValueException(parser, "must be a finite number");
            }
            return value;
        }
    }
}
