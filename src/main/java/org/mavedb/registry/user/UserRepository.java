package org.mavedb.registry.user;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    public Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Optional<User> findByApiKeyHash(String keyHash) {
        return getEntityManager().createNamedQuery(ApiKey.OWNER_BY_HASH, User.class)
                .setParameter("hash", keyHash)
                .getResultStream().findFirst();
    }

    public void addApiKey(User user, String keyHash) {
        ApiKey key = new ApiKey();
        key.user = user;
        key.keyHash = keyHash;
        getEntityManager().persist(key);
    }
}
