package org.frontdoor.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.frontdoor.security.ActingUser.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The users table (Flyway V9): bcrypt hashes, roles, and the sign-in throttle's counters. */
@Component
public class UserAccounts implements UserDetailsService {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessProperties properties;

    UserAccounts(JdbcClient jdbc, Clock clock, AccessProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, boolean enabled, Timestamp lockedUntil) {
        }
        Row row = jdbc.sql("SELECT username, password_hash, enabled, locked_until FROM app_user WHERE username = ?")
                .param(username).query(Row.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        boolean locked = row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(clock.instant());
        return User.withUsername(row.username()).password(row.passwordHash())
                .authorities(roles(row.username()).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .disabled(!row.enabled()).accountLocked(locked).build();
    }

    /** Someone who may be given work: their username and the name the pages show. */
    public record Person(String username, String displayName) {
    }

    /**
     * Enabled users holding a role, and people the council's single sign-on has shown holding it ({@link
     * SingleSignOnStaff}) who are not users here, by name (for allocating work).
     */
    public List<Person> withRole(Role role) {
        return jdbc.sql("""
                SELECT username, display_name FROM (
                  SELECT u.username, u.display_name FROM app_user u JOIN app_user_role r ON r.username = u.username
                  WHERE r.role = ? AND u.enabled
                  UNION
                  SELECT s.username, s.display_name FROM sso_staff s JOIN sso_staff_role r ON r.username = s.username
                  WHERE r.role = ? AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.username = s.username)
                ) people ORDER BY display_name, username""")
                .params(role.word(), role.word()).query((rs, n) -> new Person(rs.getString("username"), rs.getString("display_name"))).list();
    }

    List<Role> roles(String username) {
        return jdbc.sql("SELECT role FROM app_user_role WHERE username = ? ORDER BY role").param(username)
                .query(String.class).list().stream().map(Role::fromWord).flatMap(Optional::stream).toList();
    }

    /** Creates or replaces a user; the hash must already be bcrypt. */
    @Transactional
    public void save(String username, String displayName, String passwordHash, Collection<Role> roles, boolean demo) {
        jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, enabled, demo, failed_attempts, locked_until, created_at)
                VALUES (?, ?, ?, TRUE, ?, 0, NULL, ?)""")
                .params(username, displayName, passwordHash, demo, Timestamp.from(clock.instant())).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, ?)").params(username, role.word()).update();
        }
    }

    /** Enabled and not locked now. */
    public boolean usable(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ? AND enabled AND (locked_until IS NULL OR locked_until <= ?)")
                .params(username, Timestamp.from(clock.instant())).query(Integer.class).single() > 0;
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Integer.class).single() > 0;
    }

    /** Removes the demo profile's users: they must never outlive a demo run on a real database. */
    public int removeDemoUsers() {
        return jdbc.sql("DELETE FROM app_user WHERE demo = TRUE").update();
    }

    /**
     * Reserves one password check for the account before the password is looked at: one atomic conditional update in
     * the database (so every instance and every thread sees it), which counts the attempt as a failure until the
     * password proves right. Refused while the account is locked or while the attempts still allowed are all taken,
     * so a burst of parallel guesses gets at most {@code max-failed-sign-ins} of them checked. An unknown username
     * has nothing to reserve and is let through to the ordinary check (which refuses it the same way as a wrong
     * password).
     *
     * @return false if the account exists and may not have a password checked now
     */
    public boolean reserveAttempt(String username) {
        int reserved = jdbc.sql("""
                UPDATE app_user SET failed_attempts = failed_attempts + 1
                WHERE username = ? AND failed_attempts < ? AND (locked_until IS NULL OR locked_until <= ?)""")
                .params(username, properties.maxFailedSignIns(), Timestamp.from(clock.instant())).update();
        return reserved == 1 || !exists(username);
    }

    /**
     * A wrong password, already counted when its check was reserved ({@link #reserveAttempt}); locks the account once
     * the count reaches the limit. Returns true if this call locked it.
     */
    @Transactional
    public boolean recordFailure(String username) {
        Instant now = clock.instant();
        int locked = jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = ? WHERE username = ? AND failed_attempts >= ?")
                .params(Timestamp.from(now.plus(properties.lockout())), username, properties.maxFailedSignIns()).update();
        return locked == 1;
    }

    /** A successful sign-in clears the count of wrong passwords. */
    public void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0 WHERE username = ? AND failed_attempts <> 0").param(username).update();
    }
}
