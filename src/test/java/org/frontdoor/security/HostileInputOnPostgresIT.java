package org.frontdoor.security;

import org.frontdoor.postgres.EmbeddedPostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every check of {@link HostileInputTest}, on PostgreSQL 17 with the postgres profile's settings. */
@ActiveProfiles({"demo", "postgres"})
class HostileInputOnPostgresIT extends HostileInputTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.serviceProperties("hostile").forEach((key, value) -> registry.add(key, () -> value));
    }
}
