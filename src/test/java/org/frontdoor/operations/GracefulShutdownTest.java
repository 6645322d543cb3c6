package org.frontdoor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.frontdoor.FrontDoorApi;
import org.frontdoor.scenarios.ServiceInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Stopping an instance (as a redeploy or scale-down does) lets a request in flight finish and answer. */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheInstanceIsToldToStopStillGetsItsAnswer() throws Exception {
        ServiceInstance instance = ServiceInstance.start(Map.of("server.port", "0", "server.address", "127.0.0.1",
                "spring.datasource.url", "jdbc:h2:mem:graceful;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "spring.main.banner-mode", "off"), ServiceInstance.loggingIsSetUp());
        RestClient asha = RestClient.builder().baseUrl(instance.target().baseUrl())
                .defaultHeaders(h -> h.setBasicAuth("asha.policy", FrontDoorApi.PASSWORD, StandardCharsets.UTF_8))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
        String draft = asha.post().uri("/api/rule-sets/drafts").contentType(MediaType.APPLICATION_JSON)
                .body("{\"changeNote\": \"graceful\"}").retrieve().body(JsonNode.class).at("/detail/version").asText();

        // running every scenario takes seconds (a worker JVM and a private instance): long enough to stop the instance
        // while it runs; the stop waits for it (spring.lifecycle.timeout-per-shutdown-phase)
        CompletableFuture<ResponseEntity<JsonNode>> gate = CompletableFuture.supplyAsync(() -> asha.post()
                .uri("/api/rule-sets/{v}/scenario-gate", draft).contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(JsonNode.class));
        Thread.sleep(1_000);
        assertThat(gate).as("still running when the stop comes").isNotDone();
        instance.close();   // graceful: the web server stops taking requests and waits for those in flight

        ResponseEntity<JsonNode> answer = gate.get(150, TimeUnit.SECONDS);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody().at("/run/passed").asInt()).isGreaterThan(300);
    }
}
