package org.frontdoor.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.frontdoor.security.ActingUser.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People who use the API with a token from the council's single sign-on: recorded when a token is used (at most once
 * an hour per person, and whenever their roles change), so they can be given work ({@link UserAccounts#withRole})
 * although the users table does not know them. Only the username, the name the token gives and the roles.
 */
@Component
public class SingleSignOnStaff {
    private static final Duration REFRESH = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    /** Per person: the roles last written and when, so a busy person costs one write an hour. */
    private final Map<String, Seen> written = new ConcurrentHashMap<>();

    private record Seen(Set<String> roles, Instant at) {
    }

    SingleSignOnStaff(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** A token was used by {@code username} ({@code displayName} from its name claim, or null) holding {@code roles}. */
    public void seen(String username, String displayName, List<Role> roles) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return;
        }
        Set<String> words = new TreeSet<>(roles.stream().map(Role::word).toList());
        Instant now = clock.instant();
        Seen last = written.get(username);
        if (last != null && last.roles().equals(words) && last.at().plus(REFRESH).isAfter(now)) {
            return;
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        String shown = name.length() > 200 ? name.substring(0, 200) : name;
        try {
            tx.executeWithoutResult(s -> {
                int updated = jdbc.sql("UPDATE sso_staff SET display_name = ?, last_seen = ? WHERE username = ?")
                        .params(shown, Timestamp.from(now), username).update();
                if (updated == 0) {
                    jdbc.sql("INSERT INTO sso_staff (username, display_name, last_seen) VALUES (?, ?, ?)")
                            .params(username, shown, Timestamp.from(now)).update();
                }
                jdbc.sql("DELETE FROM sso_staff_role WHERE username = ?").param(username).update();
                for (String role : words) {
                    jdbc.sql("INSERT INTO sso_staff_role (username, role) VALUES (?, ?)").params(username, role).update();
                }
            });
            written.put(username, new Seen(words, now));
        } catch (DataIntegrityViolationException sameMomentElsewhere) {
            // another request (or instance) recorded the same person at the same moment: theirs stands
        }
    }
}
