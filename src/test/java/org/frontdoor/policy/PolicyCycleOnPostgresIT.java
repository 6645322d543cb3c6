package org.frontdoor.policy;

import org.frontdoor.postgres.EmbeddedPostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every check of {@link PolicyCycleApiTest}, on PostgreSQL 17 with the postgres profile's settings. */
@ActiveProfiles({"demo", "postgres"})
class PolicyCycleOnPostgresIT extends PolicyCycleApiTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.serviceProperties("policy").forEach((key, value) -> registry.add(key, () -> value));
    }
}
