package org.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.FrontDoorApi;
import org.frontdoor.decision.Contact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** POST /api/referrals with an Idempotency-Key: a retry returns the original referral and never records a second. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:idempotency;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class IdempotencyApiTest {
    private static final String CONTACT = """
            {"referrer": {"type": "school"}, "children": [{"ref": "%s", "ageYears": 9}], "concerns": ["L2-CD-01"],
             "consent": {"status": "given"}}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferralIntake intake;
    @Autowired
    IdempotentIntake once;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void signIn() {
        http = FrontDoorApi.as(http, "pat");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheOriginalReferral() {
        ResponseEntity<JsonNode> first = post("retry-1", CONTACT.formatted("child-r1"));
        long referrals = referrals();

        ResponseEntity<JsonNode> retry = post("retry-1", CONTACT.formatted("child-r1").replace(", ", ",  "));   // same contact, other spacing

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getBody().path("id")).isEqualTo(first.getBody().path("id"));
        assertThat(retry.getBody().path("recommendation")).isEqualTo(first.getBody().path("recommendation"));
        assertThat(referrals()).isEqualTo(referrals);
    }

    @Test
    void keysBelongToTheUserWhoSentThem() {
        ResponseEntity<JsonNode> pat = post("shared-key", CONTACT.formatted("child-k1"));
        ResponseEntity<JsonNode> sam = FrontDoorApi.as(http, "sam").postForEntity("/api/referrals", entity("shared-key", CONTACT.formatted("child-k1")), JsonNode.class);

        assertThat(sam.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(sam.getBody().path("id")).isNotEqualTo(pat.getBody().path("id"));
    }

    @Test
    void theSameKeyWithADifferentContactIsRefusedAndNothingIsStored() {
        post("reused", CONTACT.formatted("child-a"));
        long referrals = referrals();

        ResponseEntity<JsonNode> reused = post("reused", CONTACT.formatted("child-b"));

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reused.getBody().path("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
        assertThat(referrals()).isEqualTo(referrals);
    }

    @Test
    void aMalformedKeyIsABadRequestNamingTheHeader() {
        long referrals = referrals();
        for (String bad : List.of("", "x".repeat(201), "has space", "tab\there")) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("Idempotency-Key", bad);
            ResponseEntity<JsonNode> r = http.postForEntity("/api/referrals", new HttpEntity<>(CONTACT.formatted("child-x"), headers), JsonNode.class);
            assertThat(r.getStatusCode()).as("key %s", bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(r.getBody().path("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
        }
        assertThat(referrals()).isEqualTo(referrals);
    }

    @Test
    void sixteenRequestsRacingWithOneKeyRecordOneReferral() throws Exception {
        long referrals = referrals();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return post("race", CONTACT.formatted("child-race"));
                }));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> call : calls) {
                answers.add(call.get());
            }
            assertThat(answers).extracting(r -> r.getStatusCode().value()).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(answers).extracting(r -> r.getBody().path("id").asText()).containsOnly(answers.get(0).getBody().path("id").asText());
            assertThat(referrals()).isEqualTo(referrals + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetryArrivingWhileTheFirstAttemptIsStillCommittingWaitsForItAndReturnsIt() throws Exception {
        long referrals = referrals();
        String body = CONTACT.formatted("child-slow-commit");

        FirstAttempt first = holdFirstAttempt("slow-commit", body, true);
        Future<ResponseEntity<JsonNode>> retry = first.pool.submit(() -> post("slow-commit", body));
        Thread.sleep(HOLD_MS);   // the retry meets the first attempt's key row, not yet committed, and waits past H2's lock timeout
        first.release.countDown();

        ResponseEntity<JsonNode> answer = retry.get(30, TimeUnit.SECONDS);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(answer.getBody().path("id").asText()).isEqualTo(first.id.get(30, TimeUnit.SECONDS));
        assertThat(referrals()).isEqualTo(referrals + 1);
        first.pool.shutdownNow();
    }

    @Test
    void aRetryWhoseFirstAttemptRollsBackRecordsTheReferralItself() throws Exception {
        long referrals = referrals();
        String body = CONTACT.formatted("child-rolled-back");

        FirstAttempt first = holdFirstAttempt("rolled-back", body, false);
        Future<ResponseEntity<JsonNode>> retry = first.pool.submit(() -> post("rolled-back", body));
        Thread.sleep(HOLD_MS);
        first.release.countDown();

        ResponseEntity<JsonNode> answer = retry.get(30, TimeUnit.SECONDS);
        String rolledBack = first.id.get(30, TimeUnit.SECONDS);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getBody().path("id").asText()).isNotEqualTo(rolledBack);
        assertThat(referrals()).isEqualTo(referrals + 1);
        first.pool.shutdownNow();
    }

    /** Longer than H2's default lock timeout (2 s): the retry's own insert gives up waiting before the first attempt ends. */
    private static final long HOLD_MS = 2_500;

    private record FirstAttempt(ExecutorService pool, CountDownLatch release, Future<String> id) {
    }

    /**
     * What a first request with this key does, in a transaction held open until {@code release}: the referral and its key
     * row are written but not yet committed; then it commits (or rolls back).
     */
    private FirstAttempt holdFirstAttempt(String key, String body, boolean commit) throws Exception {
        Contact contact = json.readValue(body, Contact.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> id = pool.submit(() -> tx.execute(status -> {
            RecordedReferral r = intake.record(contact, FrontDoorApi.account("pat"));
            jdbc.sql("INSERT INTO idempotency_key (principal, idem_key, request_hash, referral_id, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(FrontDoorApi.account("pat"), key, once.hash(contact), r.id(), Timestamp.from(Instant.now())).update();
            written.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!commit) {
                status.setRollbackOnly();
            }
            return r.id();
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        return new FirstAttempt(pool, release, id);
    }

    @Test
    void theApiDocumentationDescribesTheHeader() {
        JsonNode parameters = http.getForObject("/v3/api-docs", JsonNode.class).path("paths").path("/api/referrals").path("post").path("parameters");

        List<JsonNode> keys = new ArrayList<>();
        parameters.forEach(p -> {
            if (p.path("name").asText().equals("Idempotency-Key")) {
                keys.add(p);
            }
        });
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).path("in").asText()).isEqualTo("header");
        assertThat(keys.get(0).path("required").asBoolean(false)).isFalse();
        assertThat(keys.get(0).path("description").asText()).contains("200 printable ASCII", "Idempotent-Replayed");
    }

    private ResponseEntity<JsonNode> post(String key, String body) {
        return http.postForEntity("/api/referrals", entity(key, body), JsonNode.class);
    }

    private static HttpEntity<String> entity(String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return new HttpEntity<>(body, headers);
    }

    private long referrals() {
        return jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
    }
}
