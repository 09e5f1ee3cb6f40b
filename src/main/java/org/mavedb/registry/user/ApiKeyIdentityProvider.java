package org.mavedb.registry.user;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.spi.runtime.BlockingSecurityExecutor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mavedb.registry.problem.DatabaseUnavailable;
import org.mavedb.registry.security.ApiKeyAuthenticationRequest;
import org.mavedb.registry.security.Roles;

/**
 * Turns an API key into the identity of its user (roles {@code user}, and {@code admin} for
 * admins). Lookups are cached by key hash ({@code api-keys} cache: at most 10,000 entries,
 * expiring after {@code REGISTRY_API_KEY_CACHE_TTL}), so keyed traffic costs no query per request.
 * A lookup that misses the cache runs in a transaction of its own on a worker thread, which returns
 * its pooled connection as soon as the lookup commits: the request's own work then holds the only
 * connection it uses. (Looked up in the request's session instead, the key's connection stayed
 * with the request and its transaction needed a second one; past half the pool, requests waited
 * for each other until the acquisition timeout.) Unknown keys are cached as unknown too, so a
 * client retrying with a wrong key costs no query either; Caffeine admits entries by frequency,
 * so a flood of made-up keys does not push out the keys in real use.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    static final String CACHE = "api-keys";

    private final UserRepository users;
    private final Cache identities;
    private final BlockingSecurityExecutor blocking;
    private final Optional<String> adminKeyHash;

    public ApiKeyIdentityProvider(UserRepository users, @CacheName(CACHE) Cache identities, BlockingSecurityExecutor blocking,
            @ConfigProperty(name = "registry.admin-api-key") Optional<String> adminKey) {
        this.users = users;
        this.identities = identities;
        this.blocking = blocking;
        this.adminKeyHash = adminKey.filter(k -> !k.isBlank()).map(ApiKeys::hash);
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        String hash = ApiKeys.hash(request.apiKey());
        return identities.<String, Optional<SecurityIdentity>>getAsync(hash, h -> blocking.executeBlocking(() -> lookUp(h)))
                .map(known -> known.orElseThrow(AuthenticationFailedException::new));
    }

    private Optional<SecurityIdentity> lookUp(String hash) {
        Optional<User> user;
        try {
            user = QuarkusTransaction.requiringNew().call(() -> isAdminKey(hash)
                    ? users.findByUsername(User.ADMIN_USERNAME) : users.findByApiKeyHash(hash));
        } catch (RuntimeException e) {
            throw DatabaseUnavailable.problemFor(e).map(RuntimeException.class::cast).orElse(e);
        }
        return user.map(ApiKeyIdentityProvider::identityOf);
    }

    private static SecurityIdentity identityOf(User user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(Roles.USER)
                .addAttribute(Roles.USER_ID_ATTRIBUTE, user.id);
        if (user.admin) {
            identity.addRole(Roles.ADMIN);
        }
        return identity.build();
    }

    private boolean isAdminKey(String hash) {
        return adminKeyHash.map(admin -> MessageDigest.isEqual(
                admin.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }
}
