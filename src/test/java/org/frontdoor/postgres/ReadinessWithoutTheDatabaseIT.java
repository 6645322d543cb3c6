package org.frontdoor.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.frontdoor.scenarios.ServiceInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** When the database goes away the instance says it is not ready (so the load balancer stops sending it contacts) but stays alive. */
class ReadinessWithoutTheDatabaseIT {

    @Test
    void readinessGoesDownWhenTheDatabaseIsUnreachableAndLivenessStaysUp() throws Exception {
        EmbeddedPostgres database = EmbeddedPostgres.builder().start();
        ServiceInstance instance = null;
        try {
            instance = ServiceInstance.start(Map.of("server.port", "0", "spring.profiles.active", "demo,postgres",
                    "spring.datasource.url", database.getJdbcUrl("postgres", "postgres"), "spring.datasource.username", "postgres",
                    "spring.datasource.hikari.connection-timeout", "1000", "spring.datasource.hikari.validation-timeout", "500",
                    "frontdoor.policy.refresh-interval", "PT1S"), ServiceInstance.loggingIsSetUp());
            RestClient http = RestClient.builder().baseUrl(instance.target().baseUrl())
                    .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
            assertThat(status(http, "/health/readiness")).isEqualTo(200);

            database.close();

            long start = System.nanoTime();
            int ready = 200;
            while (ready == 200 && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
                Thread.sleep(200);
                ready = status(http, "/health/readiness");
            }
            assertThat(ready).isEqualTo(503);
            assertThat(status(http, "/health/liveness")).isEqualTo(200);
            System.out.printf("Readiness went down %d ms after the database stopped%n", Duration.ofNanos(System.nanoTime() - start).toMillis());
        } finally {
            if (instance != null) {
                instance.close();
            }
            database.close();
        }
    }

    private static int status(RestClient http, String path) {
        return http.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
    }
}
