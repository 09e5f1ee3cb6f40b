package org.mavedb.registry.dataset;

import java.util.Optional;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.security.Caller;

/**
 * The visibility rules of API.md §2 for experiments and score sets: a draft exists only for its
 * creator and admins, and only they may change a record.
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean owns(Caller caller, Dataset dataset) {
        return caller.userId() != null && caller.userId().equals(dataset.createdBy.id);
    }

    public static boolean canSee(Caller caller, Dataset dataset) {
        return dataset.isPublished() || caller.admin() || owns(caller, dataset);
    }

    public static boolean canWrite(Caller caller, Dataset dataset) {
        return caller.admin() || owns(caller, dataset);
    }

    /** 404 for what the caller cannot see (drafts of others do not exist for them). */
    public static <T extends Dataset> T requireVisible(Caller caller, Optional<T> dataset, String what, String urn) {
        return dataset.filter(d -> canSee(caller, d))
                .orElseThrow(() -> ProblemException.notFound("No " + what + " with urn " + urn));
    }

    /**
     * The one check every writer makes on the row it has just locked ({@code SELECT … FOR UPDATE}):
     * 404 for what the caller cannot see, 403 for what they can see but not change, and 412 when
     * If-Match names another version than the locked, current one. Checked under the lock, so no
     * concurrent writer can change the version between the check and the write.
     */
    public static <T extends Dataset> T requireWritable(Caller caller, Optional<T> locked, String what, String urn,
            String ifMatch) {
        T dataset = requireVisible(caller, locked, what, urn);
        if (!canWrite(caller, dataset)) {
            throw ProblemException.forbidden("Only the creator of " + urn + " or an admin may change it");
        }
        Preconditions.requireMatch(ifMatch, dataset);
        return dataset;
    }
}
