package org.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A council adds a real user from the command line: stored with a bcrypt hash and the roles asked for, and kept without the demo profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:add-user;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "frontdoor.users.add=jo.smith", "frontdoor.users.name=Jo Smith", "frontdoor.users.roles=practitioner, manager",
        "frontdoor.users.password=correct horse battery", "frontdoor.users.exit-after=false"})
class AddUserTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theUserIsStoredWithABcryptHashAndTheirRoles() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'jo.smith' AND NOT demo").query(String.class).single();
        assertThat(hash).startsWith("$2a$").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(jdbc.sql("SELECT role FROM app_user_role WHERE username = 'jo.smith' ORDER BY role").query(String.class).list())
                .isEqualTo(List.of("manager", "practitioner"));
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = 'jo.smith'").query(String.class).single()).isEqualTo("Jo Smith");
    }
}
