package org.mavedb.registry.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.mavedb.registry.event.EventLog;
import org.mavedb.registry.event.EventType;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.security.Caller;

@ApplicationScoped
public class UserService {

    private final UserRepository users;
    private final EventLog events;

    public UserService(UserRepository users, EventLog events) {
        this.users = users;
        this.events = events;
    }

    /** Creates a user with one fresh API key, which is returned in clear this once. */
    @Transactional
    public UserView create(UserCreate request, Caller admin) {
        if (users.findByUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("The username " + request.username() + " is taken");
        }
        User user = new User();
        user.username = request.username();
        user.displayName = request.displayName();
        users.persist(user);
        String apiKey = ApiKeys.generate();
        users.addApiKey(user, ApiKeys.hash(apiKey));
        users.flush();
        users.getEntityManager().refresh(user);
        events.append(EventType.USER_CREATED, user.username, admin.username(),
                Map.of("username", user.username, "displayName", user.displayName));
        return UserView.of(user, apiKey);
    }

    public UserView get(String username, Caller caller) {
        if (!caller.admin() && !username.equals(caller.username())) {
            throw ProblemException.forbidden("Only admins may look up other users");
        }
        return users.findByUsername(username).map(u -> UserView.of(u, null))
                .orElseThrow(() -> ProblemException.notFound("No user " + username));
    }
}
