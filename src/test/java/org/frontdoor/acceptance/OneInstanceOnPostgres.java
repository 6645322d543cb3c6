package org.frontdoor.acceptance;

import java.util.LinkedHashMap;
import java.util.Map;

import org.frontdoor.postgres.EmbeddedPostgresDatabase;

/** The scenario run's instance on PostgreSQL 17 (postgres profile) instead of H2. */
public class OneInstanceOnPostgres extends OneInstanceForTheRun {

    public OneInstanceOnPostgres() {
        Map<String, String> properties = new LinkedHashMap<>(EmbeddedPostgresDatabase.serviceProperties("scenarios"));
        properties.put("spring.profiles.active", "demo,postgres");
        useDatabase(properties);
    }
}
