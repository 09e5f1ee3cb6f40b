package org.mavedb.registry.user;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.idempotency.IdempotencyOpenApi;
import org.mavedb.registry.idempotency.Idempotent;
import org.mavedb.registry.security.Caller;
import org.mavedb.registry.security.Roles;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    private final UserService users;
    private final SecurityIdentity identity;

    public UserResource(UserService users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user and its API key (admin only)")
    @APIResponse(responseCode = "201", description = "The user, with its API key (shown only this once)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "409", description = "The username is taken")
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull UserCreate body) {
        Caller admin = Caller.of(identity);
        UserView created = users.create(body, admin);
        return Response.created(URI.create("/api/v1/users/" + created.username())).entity(created).build();
    }

    @GET
    @Path("/{username}")
    @Operation(operationId = "getUser", summary = "Get a user (the user themself or an admin)")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "Another user's record, and the caller is not an admin")
    @APIResponse(responseCode = "404", description = "No such user")
    @Authenticated
    public UserView get(@PathParam("username") String username) {
        return users.get(username, Caller.of(identity));
    }
}
