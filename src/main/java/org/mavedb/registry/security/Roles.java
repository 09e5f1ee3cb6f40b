package org.mavedb.registry.security;

/** The roles an API key grants, as endpoints name them in {@code @RolesAllowed}. */
public final class Roles {

    /** Every authenticated caller. */
    public static final String USER = "user";
    /** The configured admin key and users created as admins. */
    public static final String ADMIN = "admin";
    /** The {@link io.quarkus.security.identity.SecurityIdentity} attribute holding the user's database id. */
    public static final String USER_ID_ATTRIBUTE = "mave.userId";

    private Roles() {
    }
}
