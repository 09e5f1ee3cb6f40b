package org.mavedb.registry.user;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mavedb.registry.problem.ProblemException;

/**
 * Resolves the caller of the current request from its {@code X-API-Key} header, once, on first
 * use. A key that is presented but unknown is rejected with 401 everywhere, also on public reads:
 * a client with a mistyped key should learn that, not silently see less.
 */
@RequestScoped
public class CurrentCaller {

    public static final String API_KEY_HEADER = "X-API-Key";

    private final HttpServerRequest request;
    private final UserRepository users;
    private final Optional<String> adminKeyHash;
    private Caller resolved;

    public CurrentCaller(HttpServerRequest request, UserRepository users,
            @ConfigProperty(name = "registry.admin-api-key") Optional<String> adminKey) {
        this.request = request;
        this.users = users;
        this.adminKeyHash = adminKey.filter(k -> !k.isBlank()).map(ApiKeys::hash);
    }

    /** The caller, or {@link Caller#ANONYMOUS} when no key was sent. */
    public Caller get() {
        if (resolved == null) {
            resolved = resolve(request.getHeader(API_KEY_HEADER));
        }
        return resolved;
    }

    /** The caller; 401 when no key was sent. */
    public Caller authenticated() {
        Caller caller = get();
        if (caller.isAnonymous()) {
            throw ProblemException.unauthorized("This endpoint needs an API key in the " + API_KEY_HEADER + " header");
        }
        return caller;
    }

    private Caller resolve(String key) {
        if (key == null) {
            return Caller.ANONYMOUS;
        }
        String hash = ApiKeys.hash(key);
        Optional<User> user = isAdminKey(hash) ? users.findByUsername(User.ADMIN_USERNAME) : users.findByApiKeyHash(hash);
        return user.map(u -> new Caller(u.id, u.username, u.admin))
                .orElseThrow(() -> ProblemException.unauthorized("The API key in the " + API_KEY_HEADER + " header is not valid"));
    }

    private boolean isAdminKey(String hash) {
        return adminKeyHash.map(admin -> MessageDigest.isEqual(
                admin.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }
}
