package org.frontdoor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.frontdoor.policy.RuleSetVersions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Liveness, readiness (down while no valid published rule set is loaded) and /info, for load balancers and monitoring. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:operations;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class HealthAndInfoTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuleSetVersions versions;

    @Test
    void liveAndReadyWithTheDatabaseAndThePublishedRuleSetAndInfoSaysWhichBuildAndVersion() {
        assertThat(http.getForObject("/health/liveness", JsonNode.class).path("status").asText()).isEqualTo("UP");
        JsonNode ready = http.getForObject("/health/readiness", JsonNode.class);
        assertThat(ready.path("status").asText()).isEqualTo("UP");
        assertThat(ready.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(ready.at("/components/ruleSet/status").asText()).isEqualTo("UP");
        assertThat(ready.toString()).as("no details for anyone who asks").doesNotContain("H2", "validationQuery");

        JsonNode info = http.getForObject("/info", JsonNode.class);
        assertThat(info.at("/build/version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.at("/build/artifact").asText()).isEqualTo("front-door-thresholds");
        assertThat(info.at("/ruleSet/version").asText()).isEqualTo("1");
        assertThat(info.at("/ruleSet/hash").asText()).hasSize(64);
    }

    @Test
    void notReadyWhileNoPublishedRuleSetIsInForce() {
        String published = jdbc.sql("SELECT status FROM rule_set_version WHERE version = '1'").query(String.class).single();
        try {
            jdbc.sql("UPDATE rule_set_version SET status = 'retired' WHERE version = '1'").update();
            versions.refresh();

            ResponseEntity<JsonNode> ready = http.getForEntity("/health/readiness", JsonNode.class);
            assertThat(ready.getStatusCode().value()).isEqualTo(503);
            assertThat(ready.getBody().at("/components/ruleSet/status").asText()).isEqualTo("DOWN");
            assertThat(http.getForEntity("/health/liveness", JsonNode.class).getStatusCode().value()).as("alive all the same").isEqualTo(200);
        } finally {
            jdbc.sql("UPDATE rule_set_version SET status = ? WHERE version = '1'").param(published).update();
            versions.refresh();
        }
        assertThat(http.getForEntity("/health/readiness", JsonNode.class).getStatusCode().value()).isEqualTo(200);
    }
}
