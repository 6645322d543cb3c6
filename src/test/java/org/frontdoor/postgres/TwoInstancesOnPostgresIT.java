package org.frontdoor.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.frontdoor.FrontDoorApi;
import org.frontdoor.scenarios.ServiceInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer: a publication or roll-back
 * on one takes effect on the other within 5 seconds, neither ever answers with a half-loaded rule set, and the
 * idempotency and one-decision-per-referral guarantees hold across them.
 */
class TwoInstancesOnPostgresIT {
    private static final String ABSENCE = """
            {"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"],
             "consent": {"status": "given"}}""";
    private static ServiceInstance a;
    private static ServiceInstance b;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        Map<String, String> properties = new LinkedHashMap<>(EmbeddedPostgresDatabase.serviceProperties("two_instances"));
        properties.put("server.port", "0");
        properties.put("spring.profiles.active", "demo,postgres");
        properties.put("frontdoor.policy.refresh-interval", "PT1S");
        a = ServiceInstance.start(properties, ServiceInstance.loggingIsSetUp());
        b = ServiceInstance.start(properties, true);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aPublicationOnOneInstanceTakesEffectOnTheOtherWithinFiveSecondsAndNeitherAnswersHalfLoaded() throws Exception {
        String original = assess(b).at("/ruleSet/version").asText();
        String draft = as(a, "asha.policy").post().uri("/api/rule-sets/drafts").contentType(MediaType.APPLICATION_JSON)
                .body("{\"changeNote\": \"Occasional absence at level 3\"}").retrieve().body(JsonNode.class).at("/detail/version").asText();
        as(a, "asha.policy").put().uri("/api/rule-sets/{v}/models/indicator-catalogue.dmn", draft).contentType(MediaType.APPLICATION_XML)
                .body(raisedCatalogue()).retrieve().toBodilessEntity();
        JsonNode gate = as(a, "asha.policy").post().uri("/api/rule-sets/{v}/scenario-gate", draft).contentType(MediaType.APPLICATION_JSON)
                .body("{}").retrieve().body(JsonNode.class);
        for (JsonNode location : gate.at("/blocking")) {
            as(a, "asha.policy").post().uri("/api/rule-sets/{v}/intended-changes", draft).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"scenario\": \"" + location.asText() + "\", \"reason\": \"Occasional absence is now level 3\"}").retrieve().toBodilessEntity();
        }
        as(a, "ben.policy").post().uri("/api/rule-sets/{v}/approval", draft).contentType(MediaType.APPLICATION_JSON).body("{}")
                .retrieve().toBodilessEntity();

        Map<String, Set<Integer>> levelsSeenOnB = new ConcurrentHashMap<>();
        long published = System.nanoTime();
        as(a, "ben.policy").post().uri("/api/rule-sets/{v}/publication", draft).contentType(MediaType.APPLICATION_JSON).body("{\"urgentReason\": \"Corrects a threshold that is unsafe for children now\"}")
                .retrieve().toBodilessEntity();
        Duration reachedB = until(b, draft, published, levelsSeenOnB);
        assertThat(reachedB).as("publication on A seen by B").isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(b.context().getBean(JdbcClient.class).sql("SELECT status FROM rule_set_version WHERE version = ?").param(draft)
                .query(String.class).single()).isEqualTo("published");

        Map<String, Set<Integer>> levelsSeenOnA = new ConcurrentHashMap<>();
        long rolledBack = System.nanoTime();
        as(b, "asha.policy").post().uri("/api/rule-sets/{v}/rollback", original).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\": \"back to the original\"}").retrieve().toBodilessEntity();
        Duration reachedA = until(a, original, rolledBack, levelsSeenOnA);
        assertThat(reachedA).as("roll-back on B seen by A").isLessThanOrEqualTo(Duration.ofSeconds(5));

        // every answer was wholly one version: level 2 under the original, level 3 under the draft
        for (Map<String, Set<Integer>> seen : List.of(levelsSeenOnA, levelsSeenOnB)) {
            assertThat(seen.getOrDefault(original, Set.of(2))).containsOnly(2);
            assertThat(seen.getOrDefault(draft, Set.of(3))).containsOnly(3);
        }
        System.out.printf("Two instances on PostgreSQL %s: publication reached the other instance in %d ms, roll-back in %d ms%n",
                EmbeddedPostgresDatabase.version(), reachedB.toMillis(), reachedA.toMillis());
    }

    @Test
    void aRetryOnTheOtherInstanceReturnsTheOriginalReferral() throws Exception {
        ResponseEntity<JsonNode> first = as(a, "pat.practitioner").post().uri("/api/referrals").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "two-instances-1").body(ABSENCE).retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> retry = as(b, "pat.practitioner").post().uri("/api/referrals").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "two-instances-1").body(ABSENCE).retrieve().toEntity(JsonNode.class);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getBody().path("id")).isEqualTo(first.getBody().path("id"));

        // the same key sent to both at the same moment: one referral
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<JsonNode>>> racing = new ArrayList<>();
        for (ServiceInstance instance : List.of(a, b, a, b)) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return as(instance, "pat.practitioner").post().uri("/api/referrals").contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "two-instances-race").body(ABSENCE).retrieve().toEntity(JsonNode.class);
            }));
        }
        go.countDown();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<Integer> statuses = new ArrayList<>();
        for (var f : racing) {
            ResponseEntity<JsonNode> r = f.get();
            statuses.add(r.getStatusCode().value());
            ids.add(r.getBody().path("id").asText());
        }
        assertThat(ids).hasSize(1);
        assertThat(statuses).containsOnlyOnce(201).containsOnly(200, 201);
    }

    @Test
    void twoPractitionersDecidingOnDifferentInstancesAtOnceRecordOneDecision() throws Exception {
        String id = as(a, "pat.practitioner").post().uri("/api/referrals").contentType(MediaType.APPLICATION_JSON).body(ABSENCE)
                .retrieve().body(JsonNode.class).path("id").asText();
        String accept = "{\"children\": [{\"ref\": \"child-1\", \"accept\": true}]}";
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(() -> {
            await(go);
            return as(a, "pat.practitioner").post().uri("/api/referrals/{id}/decisions", id).contentType(MediaType.APPLICATION_JSON).body(accept)
                    .retrieve().toBodilessEntity().getStatusCode().value();
        });
        CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(() -> {
            await(go);
            return as(b, "sam.practitioner").post().uri("/api/referrals/{id}/decisions", id).contentType(MediaType.APPLICATION_JSON).body(accept)
                    .retrieve().toBodilessEntity().getStatusCode().value();
        });
        go.countDown();
        assertThat(List.of(onA.get(), onB.get())).containsExactlyInAnyOrder(201, 409);
        assertThat(a.context().getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM referral_decision WHERE referral_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    /** Assesses on the instance until it answers with the version, recording every version and level it answers with. */
    private static Duration until(ServiceInstance instance, String version, long since, Map<String, Set<Integer>> seen) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode answer = assess(instance);
            String v = answer.at("/ruleSet/version").asText();
            seen.computeIfAbsent(v, k -> ConcurrentHashMap.newKeySet()).add(answer.at("/children/0/level/value").asInt());
            if (v.equals(version)) {
                return Duration.ofNanos(System.nanoTime() - since);
            }
            Thread.sleep(50);
        }
        return Duration.ofSeconds(15);
    }

    private static JsonNode assess(ServiceInstance instance) {
        return RestClient.create(instance.target().baseUrl()).post().uri("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                .body(ABSENCE).retrieve().body(JsonNode.class);
    }

    private static RestClient as(ServiceInstance instance, String username) {
        return RestClient.builder().baseUrl(instance.target().baseUrl())
                .defaultHeaders(h -> h.setBasicAuth(username, FrontDoorApi.PASSWORD, StandardCharsets.UTF_8))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
    }

    private static byte[] raisedCatalogue() throws Exception {
        String xml = Files.readString(Path.of("rules/indicator-catalogue.dmn"));
        int level = xml.indexOf("<text>2</text>", xml.indexOf("&quot;L2-CD-01&quot;</text>"));
        return (xml.substring(0, level) + "<text>3</text>" + xml.substring(level + "<text>2</text>".length())).getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
