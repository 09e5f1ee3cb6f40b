package org.mavedb.registry.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Applies a merge patch to the metadata of a locked experiment or score set. */
@ApplicationScoped
public class MetadataEditor {

    private final Validator validator;

    public MetadataEditor(Validator validator) {
        this.validator = validator;
    }

    /**
     * Writes the patched fields to a record locked and checked by {@link Visibility#requireWritable}.
     * The patched metadata must satisfy the same constraints as a created record's (400 otherwise).
     * Returns whether anything changed: a patch that changes nothing leaves the version (and the
     * ETag) as it is.
     */
    public boolean edit(Dataset locked, MetadataPatch patch) {
        Metadata current = Metadata.of(locked);
        Metadata patched = patch.applyTo(current);
        Set<ConstraintViolation<Metadata>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (patched.equals(current)) {
            return false;
        }
        patched.applyTo(locked);
        locked.markChanged();
        return true;
    }
}
