package org.mavedb.registry.security;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is making the request, as the services need it: read from the request's
 * {@link SecurityIdentity}, which {@link ApiKeyAuthenticationMechanism} established before the
 * resource method was chosen. Anonymous callers have no user id.
 */
public record Caller(Long userId, String username, boolean admin) {

    public static final Caller ANONYMOUS = new Caller(null, null, false);

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Long userId = identity.getAttribute(Roles.USER_ID_ATTRIBUTE);
        return new Caller(userId, identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN));
    }
}
