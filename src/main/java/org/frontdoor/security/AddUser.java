package org.frontdoor.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.frontdoor.security.ActingUser.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Adds (or replaces) a real user from the command line, for councils signing in with passwords rather than their
 * single sign-on. The password comes from the environment, never the command line (shell history, process lists):
 * <pre>
 * FRONTDOOR_USERS_PASSWORD='…' java -jar front-door-thresholds.jar --spring.main.web-application-type=none \
 *     --frontdoor.users.add=jo.smith --frontdoor.users.name="Jo Smith" --frontdoor.users.roles=practitioner,manager
 * </pre>
 * The service then stops (exit code 0, or 2 when the request is refused). Passwords must have at least 12 characters.
 */
@Component
class AddUser implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AddUser.class);
    static final int MIN_PASSWORD = 12;

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final ConfigurableApplicationContext context;
    private final String username;
    private final String displayName;
    private final String roles;
    private final String password;
    private final boolean exitAfter;

    AddUser(UserAccounts accounts, PasswordEncoder encoder, ConfigurableApplicationContext context,
            @Value("${frontdoor.users.add:}") String username, @Value("${frontdoor.users.name:}") String displayName,
            @Value("${frontdoor.users.roles:}") String roles, @Value("${frontdoor.users.password:}") String password,
            @Value("${frontdoor.users.exit-after:true}") boolean exitAfter) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.context = context;
        this.username = username.strip();
        this.displayName = displayName.strip();
        this.roles = roles;
        this.password = password;
        this.exitAfter = exitAfter;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty()) {
            return;
        }
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            log.error("User not added: {}", problem.get());
            stop(2);
            return;
        }
        Set<Role> granted = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::strip).map(Role::fromWord).forEach(r -> granted.add(r.orElseThrow()));
        accounts.save(username, displayName.isEmpty() ? username : displayName, encoder.encode(password), granted, false);
        log.info("User {} added with the roles {}", username, granted.stream().map(Role::word).toList());
        stop(0);
    }

    private Optional<String> problem() {
        if (!username.matches("[A-Za-z0-9._@-]{2,100}")) {
            return Optional.of("the username must be 2 to 100 letters, digits or . _ @ -");
        }
        List<String> words = Arrays.stream(roles.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.stream().anyMatch(w -> Role.fromWord(w).isEmpty())) {
            return Optional.of("frontdoor.users.roles must list one or more of practitioner, manager, policy-lead, auditor");
        }
        if (password.length() < MIN_PASSWORD) {
            return Optional.of("set FRONTDOOR_USERS_PASSWORD in the environment to a password of at least " + MIN_PASSWORD + " characters");
        }
        if (displayName.length() > 200) {
            return Optional.of("the name must be at most 200 characters");
        }
        return Optional.empty();
    }

    private void stop(int code) {
        if (exitAfter) {
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
