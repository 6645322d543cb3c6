package org.frontdoor.audit;

import org.frontdoor.postgres.EmbeddedPostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every check of {@link AuditTrailTest}, on PostgreSQL 17 with the postgres profile's settings. */
@ActiveProfiles({"demo", "postgres"})
class AuditTrailOnPostgresIT extends AuditTrailTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.serviceProperties("audit").forEach((key, value) -> registry.add(key, () -> value));
    }
}
