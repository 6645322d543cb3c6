package org.frontdoor.security;

import static org.frontdoor.security.ActingUser.Role.AUDITOR;
import static org.frontdoor.security.ActingUser.Role.MANAGER;
import static org.frontdoor.security.ActingUser.Role.POLICY_LEAD;
import static org.frontdoor.security.ActingUser.Role.PRACTITIONER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.frontdoor.security.ActingUser.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo users, one or two per role, all with the password {@code frontdoor.security.demo-password}. They exist only
 * while the {@code demo} profile is on (the README's run command switches it on; production never does) or in the
 * scenario gate's private instance ({@code scenario-gate}, with a random password). Whenever the service starts
 * without either profile, any demo user left in the database is deleted.
 */
@Component
class DemoUsers implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final Profiles PROFILES = Profiles.of("demo", "scenario-gate");

    record DemoUser(String username, String displayName, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("pat.practitioner", "Pat Okafor", Set.of(PRACTITIONER)),
            new DemoUser("sam.practitioner", "Sam Lewis", Set.of(PRACTITIONER)),
            new DemoUser("morgan.manager", "Morgan Hughes", Set.of(MANAGER)),
            new DemoUser("alex.manager", "Alex Chen", Set.of(MANAGER)),
            new DemoUser("asha.policy", "Asha Patel", Set.of(POLICY_LEAD)),
            new DemoUser("ben.policy", "Ben Morris", Set.of(POLICY_LEAD)),
            new DemoUser("ade.auditor", "Ade Bello", Set.of(AUDITOR)));

    /** bcrypt is slow on purpose; the same password is hashed once per JVM (tests start many instances). */
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final AccessProperties properties;

    DemoUsers(UserAccounts accounts, PasswordEncoder encoder, Environment environment, AccessProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!environment.acceptsProfiles(PROFILES)) {
            int removed = accounts.removeDemoUsers();
            if (removed > 0) {
                log.warn("Removed {} demo users left from a demo run: the demo profile is off", removed);
            }
            return;
        }
        String hash = HASHES.computeIfAbsent(properties.demoPassword(), encoder::encode);
        for (DemoUser user : USERS) {
            accounts.save(user.username(), user.displayName(), hash, user.roles(), true);
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            log.warn("Demo profile: {} demo users can sign in with the demo password (see the README). Never use it with real data.", USERS.size());
        }
    }
}
