package org.mavedb.registry.user;

import org.mavedb.registry.dataset.Dataset;
import org.mavedb.registry.problem.ProblemException;

/**
 * Who is making the request, and the visibility rules of API.md §2 applied to them:
 * drafts exist only for their creator and admins; only they may write.
 */
public record Caller(Long userId, String username, boolean admin) {

    public static final Caller ANONYMOUS = new Caller(null, null, false);

    public boolean isAnonymous() {
        return userId == null;
    }

    public boolean owns(Dataset dataset) {
        return userId != null && userId.equals(dataset.createdBy.id);
    }

    public boolean canSee(Dataset dataset) {
        return dataset.isPublished() || admin || owns(dataset);
    }

    public boolean canWrite(Dataset dataset) {
        return admin || owns(dataset);
    }

    /** 404 for what the caller cannot see (drafts of others do not exist for them). */
    public <T extends Dataset> T requireVisible(T dataset, String what, String urn) {
        if (dataset == null || !canSee(dataset)) {
            throw ProblemException.notFound("No " + what + " with urn " + urn);
        }
        return dataset;
    }

    /** 404 for what the caller cannot see, 403 for what they can see but not change. */
    public <T extends Dataset> T requireWritable(T dataset, String what, String urn) {
        requireVisible(dataset, what, urn);
        if (!canWrite(dataset)) {
            throw ProblemException.forbidden("Only the creator of " + urn + " or an admin may change it");
        }
        return dataset;
    }

    public Caller requireAdmin() {
        if (!admin) {
            throw ProblemException.forbidden("This endpoint is for admins only");
        }
        return this;
    }
}
