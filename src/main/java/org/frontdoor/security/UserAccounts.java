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

    /** One more wrong password; locks the account once the limit is reached. Returns true if the account is now locked. */
    @Transactional
    public boolean recordFailure(String username) {
        Instant now = clock.instant();
        int updated = jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = ?").param(username).update();
        if (updated == 0) {
            return false;
        }
        int failures = jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = ?").param(username).query(Integer.class).single();
        if (failures >= properties.maxFailedSignIns()) {
            jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = ? WHERE username = ?")
                    .params(Timestamp.from(now.plus(properties.lockout())), username).update();
            return true;
        }
        return false;
    }

    /** A successful sign-in clears the count of wrong passwords. */
    public void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0 WHERE username = ? AND failed_attempts <> 0").param(username).update();
    }
}
