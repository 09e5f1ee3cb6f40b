package org.mavedb.registry.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user; {@code apiKey} is present only in the response that created the user. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
@Schema(name = "User", requiredProperties = {"username", "displayName", "admin", "creationDate"})
public record UserView(
        String username,
        String displayName,
        boolean admin,
        Instant creationDate,
        @Schema(description = "The new user's API key. Returned once, on creation, and never again; only its hash is stored.")
        String apiKey) {

    static UserView of(User user, String apiKey) {
        return new UserView(user.username, user.displayName, user.admin, user.creationDate, apiKey);
    }
}
