package org.mavedb.registry.dataset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * An identifier in a named database (a PubMed id, a DOI, a UniProt accession, ...), whose syntax the
 * database defines. {@link WellFormed} checks it, naming the {@code identifier} field.
 */
public interface DatabaseIdentifier {

    Database dbName();

    String identifier();

    /** A database, known by the syntax of its identifiers. */
    interface Database {
        Syntax syntax();
    }

    /** A database's name on the wire, what its identifiers look like, and one of them. */
    record Syntax(String name, Pattern pattern, String example) {
        public Syntax(String name, String pattern, String example) {
            this(name, Pattern.compile(pattern), example);
        }
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = WellFormedValidator.class)
    @interface WellFormed {
        String message() default "is not a valid identifier of its database";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    class WellFormedValidator implements ConstraintValidator<WellFormed, DatabaseIdentifier> {
        @Override
        public boolean isValid(DatabaseIdentifier value, ConstraintValidatorContext context) {
            if (value == null || value.dbName() == null || value.identifier() == null
                    || value.dbName().syntax().pattern().matcher(value.identifier()).matches()) {
                return true; // missing parts are reported by their own @NotNull
            }
            context.disableDefaultConstraintViolation();
            DatabaseIdentifier.Syntax syntax = value.dbName().syntax();
            context.buildConstraintViolationWithTemplate("is not a " + syntax.name() + " identifier (e.g. "
                            + syntax.example() + ")")
                    .addPropertyNode("identifier").addConstraintViolation();
            return false;
        }
    }
}
