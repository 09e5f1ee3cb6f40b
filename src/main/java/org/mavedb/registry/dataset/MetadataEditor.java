package org.mavedb.registry.dataset;

import org.mavedb.registry.problem.RequestValidator;
import jakarta.enterprise.context.ApplicationScoped;

/** Applies a merge patch to the metadata of a locked experiment or score set. */
@ApplicationScoped
public class MetadataEditor {

    private final RequestValidator validator;

    public MetadataEditor(RequestValidator validator) {
        this.validator = validator;
    }

    /**
     * Checks If-Match against the locked row, then writes the patched fields. Returns whether
     * anything changed: a patch that changes nothing leaves the version (and the ETag) as it is.
     */
    public boolean edit(Dataset locked, MetadataPatch patch, String ifMatch) {
        Preconditions.requireMatch(ifMatch, locked);
        Metadata current = Metadata.of(locked);
        Metadata patched = validator.valid(patch.applyTo(current));
        if (patched.equals(current)) {
            return false;
        }
        patched.applyTo(locked);
        locked.markChanged();
        return true;
    }
}
