package org.frontdoor.report;

import org.frontdoor.postgres.EmbeddedPostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every check of {@link ReportApiTest}, on PostgreSQL 17 with the postgres profile's settings. */
@ActiveProfiles({"demo", "postgres"})
class ReportOnPostgresIT extends ReportApiTest {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.serviceProperties("report").forEach((key, value) -> registry.add(key, () -> value));
    }
}
