package org.frontdoor.operations;

import org.frontdoor.postgres.EmbeddedPostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every check of {@link HealthAndInfoTest}, on PostgreSQL 17 with the postgres profile's settings. */
@ActiveProfiles({"demo", "postgres"})
class HealthAndInfoOnPostgresIT extends HealthAndInfoTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.serviceProperties("operations").forEach((key, value) -> registry.add(key, () -> value));
    }
}
