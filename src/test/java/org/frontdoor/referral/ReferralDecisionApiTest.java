package org.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:decisions;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.referral.received-at-window=P36500D"})   // contacts received long ago, as the records of earlier years would hold
class ReferralDecisionApiTest {
    /** Level 2, primary P2; nothing mandatory. */
    private static final String SCHOOL_ABSENCE = """
            {%s"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"],
             "consent": {"status": "given"}}""";
    /** R-01, a mandatory escalation: level 4, strategy discussion (P5) and a paediatric assessment. */
    private static final String BRUISED_BABY = """
            {"referrer": {"type": "police"}, "children": [{"ref": "baby", "ageYears": 0, "nonMobile": true}], "concerns": ["L4-CD-01"],
             "consent": {"status": "not-sought-risk", "reason": "Telling the carer could put the child at risk"}}""";
    private static final String OVERRIDE_TO_EARLY_HELP = """
            {"children": [{"ref": "baby", "accept": false, "level": 2, "pathways": ["P2"], "reasonCategory": "new-information",
                           "reason": "The hospital confirmed a birth mark, not a bruise"}]}""";

    @Autowired
    TestRestTemplate http;

    /** Every request below is signed in as this demo user unless it says otherwise. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        http = org.frontdoor.FrontDoorApi.as(http, "pat");
    }
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    DecisionStore store;

    @Test
    void anAcceptedRecommendationIsRatifiedByAManagerWithinOneWorkingDay() throws Exception {
        String id = record(SCHOOL_ABSENCE.formatted(""));

        ResponseEntity<JsonNode> decided = decide(id, accept("child-1"), "pat", "practitioner");

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(decided.getBody().path("status").asText()).isEqualTo("awaiting-ratification");
        assertThat(decided.getBody().path("decidedBy").asText()).isEqualTo("pat.practitioner");
        assertThat(decided.getBody().path("decidedWithinOneWorkingDay").asBoolean()).isTrue();
        assertThat(decided.getBody().path("children").get(0).path("level").asInt()).isEqualTo(2);
        assertThat(decided.getBody().path("children").get(0).path("pathways").get(0).asText()).isEqualTo("P2");
        assertThat(decided.getBody().path("overrides")).isEmpty();

        ResponseEntity<JsonNode> ratified = post(id, "ratifications", null, "morgan", "manager");

        assertThat(ratified.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode state = get(id, "pat", "practitioner").getBody();
        assertThat(state.path("status").asText()).isEqualTo("ratified");
        assertThat(state.path("ratifiedBy").asText()).isEqualTo("morgan.manager");
        assertThat(state.path("ratifiedAt").asText()).isNotBlank();
        assertThat(state.path("ratifiedWithinOneWorkingDay").asBoolean()).isTrue();
        assertThat(state.path("decidedWithinOneWorkingDay").asBoolean()).isTrue();
        assertThat(state.path("version").asInt()).isEqualTo(2);
        assertThat(auditActions(id)).containsSubsequence("decided", "ratified").doesNotContain("overridden");
        assertThat(jdbc.sql("SELECT DISTINCT rule_set_version FROM audit_event WHERE referral_id = ?").param(id).query(String.class).list())
                .containsExactly("1");
    }

    @Test
    void anUndecidedReferralIsAwaitingDecisionAndCannotBeRatified() {
        String id = record(SCHOOL_ABSENCE.formatted(""));

        assertThat(get(id, "pat", "practitioner").getBody().path("status").asText()).isEqualTo("awaiting-decision");
        ResponseEntity<JsonNode> ratified = post(id, "ratifications", null, "morgan", "manager");
        assertConflict(ratified, "awaiting-decision");
    }

    @Test
    void overridingAnOrdinaryRecommendationIsLoggedWithItsReasonAndGoesStraightToRatification() {
        String id = record(SCHOOL_ABSENCE.formatted(""));

        ResponseEntity<JsonNode> decided = decide(id, """
                {"children": [{"ref": "child-1", "accept": false, "level": 3, "pathways": ["P3", "P8"],
                               "reasonCategory": "professional-judgement", "reason": "Absence is one sign of several at school"}]}""",
                "pat", "practitioner");

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode state = decided.getBody();
        assertThat(state.path("status").asText()).isEqualTo("awaiting-ratification");
        assertThat(state.path("authorisationRequired").asBoolean()).isFalse();
        JsonNode override = state.path("overrides").get(0);
        assertThat(override.path("ref").asText()).isEqualTo("child-1");
        assertThat(override.path("reasonCategory").asText()).isEqualTo("professional-judgement");
        assertThat(override.path("reason").asText()).isEqualTo("Absence is one sign of several at school");
        assertThat(override.path("mandatoryRulesOverridden")).isEmpty();
        assertThat(texts(override.path("rulesDisagreedWith"))).contains("PP-13", "LV-2");
        assertThat(texts(state.path("children").get(0).path("pathways"))).containsExactly("P3", "P8");
        assertThat(auditActions(id)).containsSubsequence("decided", "overridden");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral_override_rule WHERE referral_id = ? AND rule_id = 'PP-13'").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void overridingAMandatoryEscalationWaitsForAnotherManagersAuthorisation() {
        String id = record(BRUISED_BABY);

        ResponseEntity<JsonNode> decided = decide(id, OVERRIDE_TO_EARLY_HELP, "pat", "practitioner");

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(decided.getBody().path("status").asText()).isEqualTo("awaiting-authorisation");
        assertThat(texts(decided.getBody().path("overrides").get(0).path("mandatoryRulesOverridden"))).contains("R-01");
        assertConflict(post(id, "ratifications", null, "morgan", "manager"), "awaiting-authorisation");

        ResponseEntity<JsonNode> ownOverride = post(id, "authorisations", null, "pat", "manager");
        assertThat(ownOverride.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ownOverride.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ResponseEntity<JsonNode> byPractitioner = post(id, "authorisations", null, "sam", "practitioner");
        assertThat(byPractitioner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> noNote = post(id, "authorisations", null, "morgan", "manager");
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNote.getBody().toString()).contains("\"note\"");
        ResponseEntity<JsonNode> authorised = post(id, "authorisations", "{\"note\": \"Hospital confirmed a birthmark\"}", "morgan", "manager");

        assertThat(authorised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(authorised.getBody().path("status").asText()).isEqualTo("awaiting-ratification");
        assertThat(authorised.getBody().path("authorisedBy").asText()).isEqualTo("morgan.manager");
        assertThat(authorised.getBody().path("authorisedNote").asText()).isEqualTo("Hospital confirmed a birthmark");
        assertThat(post(id, "ratifications", null, "morgan", "manager").getBody().path("status").asText()).isEqualTo("ratified");
        assertThat(auditActions(id)).containsSubsequence("decided", "overridden", "authorised", "ratified");
        assertThat(jdbc.sql("SELECT mandatory FROM referral_override_rule WHERE referral_id = ? AND rule_id = 'R-01'").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void acceptingOrAddingToAMandatoryEscalationIsNotAnOverride() {
        String accepted = record(BRUISED_BABY);
        assertThat(decide(accepted, accept("baby"), "pat", "practitioner").getBody().path("status").asText()).isEqualTo("awaiting-ratification");

        String added = record(BRUISED_BABY);
        List<String> more = recordedPathways(added);
        more.add("P8");
        JsonNode state = decide(added, """
                {"children": [{"ref": "baby", "accept": false, "level": 4, "pathways": %s, "reasonCategory": "family-context",
                               "reason": "Domestic abuse disclosed on the visit"}]}""".formatted(json.valueToTree(more)), "pat", "practitioner").getBody();
        assertThat(state.path("status").asText()).isEqualTo("awaiting-ratification");
        assertThat(state.path("overrides")).isEmpty();
    }

    @Test
    void aDecisionOrRatificationAfterTheFirstWorkingDayIsFlaggedLate() {
        String id = record(SCHOOL_ABSENCE.formatted("\"receivedAt\": \"2024-01-08T10:00:00Z\","));

        assertThat(decide(id, accept("child-1"), "pat", "practitioner").getBody().path("decidedWithinOneWorkingDay").asBoolean()).isFalse();
        JsonNode ratified = post(id, "ratifications", null, "morgan", "manager").getBody();

        assertThat(ratified.path("ratifiedWithinOneWorkingDay").asBoolean()).isFalse();
        assertThat(ratified.path("decidedWithinOneWorkingDay").asBoolean()).isFalse();
    }

    @Test
    void anOverrideWithoutReasonOrWithUnknownCodesIsRefusedNamingEachField() {
        String id = record(SCHOOL_ABSENCE.formatted(""));

        ResponseEntity<JsonNode> refused = decide(id, """
                {"children": [{"ref": "child-1", "accept": false, "level": 7, "pathways": ["P99"]}]}""", "pat", "practitioner");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().path("errors").findValuesAsText("field"))
                .contains("children[0].level", "children[0].pathways[0]", "children[0].reasonCategory", "children[0].reason");
        assertThat(get(id, "pat", "practitioner").getBody().path("status").asText()).isEqualTo("awaiting-decision");
    }

    @Test
    void everyChildIsDecidedExactlyOnce() {
        String id = record("""
                {"referrer": {"type": "school"}, "children": [{"ref": "a", "ageYears": 9}, {"ref": "b", "ageYears": 6}],
                 "concerns": ["L2-CD-01"], "consent": {"status": "given"}}""");

        ResponseEntity<JsonNode> refused = decide(id, """
                {"children": [{"ref": "a", "accept": true}, {"ref": "a", "accept": true}, {"ref": "z", "accept": true},
                              {"ref": "a", "accept": false, "level": 2, "pathways": [], "reasonCategory": "whim", "reason": "x"}]}""",
                "pat", "practitioner");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field"))
                .contains("children[1].ref", "children[2].ref", "children[3].pathways", "children[3].reasonCategory", "children");
    }

    @Test
    void whoIsActingMustBeSignedInAndInTheRightRole() {
        String id = record(SCHOOL_ABSENCE.formatted(""));

        ResponseEntity<JsonNode> noUser = decide(id, accept("child-1"), null, "practitioner");
        assertThat(noUser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(noUser.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(noUser.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        ResponseEntity<JsonNode> wrongPassword = http.withBasicAuth("pat.practitioner", "not-the-password").exchange(
                "/api/referrals/" + id + "/decisions", HttpMethod.POST, json(accept("child-1")), JsonNode.class);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral_decision WHERE referral_id = ?").param(id).query(Long.class).single()).isZero();

        assertThat(decide(id, accept("child-1"), "morgan", "manager").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        decide(id, accept("child-1"), "pat", "practitioner");
        ResponseEntity<JsonNode> practitionerRatifying = post(id, "ratifications", null, "pat", "practitioner");
        assertThat(practitionerRatifying.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(practitionerRatifying.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnknownReferralIsNotFound() {
        assertThat(decide("no-such-id", accept("child-1"), "pat", "practitioner").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("no-such-id", "pat", "practitioner").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("no-such-id", "ratifications", null, "morgan", "manager").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDecisionIsRatifiedOnceAndDecidedOnce() {
        String id = record(SCHOOL_ABSENCE.formatted(""));
        decide(id, accept("child-1"), "pat", "practitioner");

        assertConflict(decide(id, accept("child-1"), "sam", "practitioner"), "awaiting-ratification");
        post(id, "ratifications", null, "morgan", "manager");
        ResponseEntity<JsonNode> again = post(id, "ratifications", null, "alex", "manager");

        assertConflict(again, "ratified");
        assertThat(again.getBody().path("decision").path("ratifiedBy").asText()).isEqualTo("morgan.manager");
        assertThat(auditActions(id).stream().filter("ratified"::equals)).hasSize(1);
    }

    @Test
    void twoPractitionersDecidingAtOnceOneSucceedsAndTheOtherIsToldTheCurrentState() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = record(SCHOOL_ABSENCE.formatted(""));
            List<ResponseEntity<JsonNode>> answers = atOnce(
                    () -> decide(id, accept("child-1"), "pat", "practitioner"),
                    () -> decide(id, """
                            {"children": [{"ref": "child-1", "accept": false, "level": 3, "pathways": ["P3"],
                                           "reasonCategory": "other", "reason": "Second opinion"}]}""", "sam", "practitioner"));

            assertThat(answers).extracting(a -> a.getStatusCode().value()).containsExactlyInAnyOrder(201, 409);
            ResponseEntity<JsonNode> loser = answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst().orElseThrow();
            assertThat(loser.getBody().path("currentStatus").asText()).isEqualTo("awaiting-ratification");
            assertThat(auditActions(id).stream().filter("decided"::equals)).hasSize(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM referral_child_decision WHERE referral_id = ?").param(id).query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    @Test
    void twoManagersRatifyingAtOnceOneSucceeds() throws Exception {
        String id = record(SCHOOL_ABSENCE.formatted(""));
        decide(id, accept("child-1"), "pat", "practitioner");

        List<ResponseEntity<JsonNode>> answers = atOnce(
                () -> post(id, "ratifications", null, "morgan", "manager"),
                () -> post(id, "ratifications", null, "alex", "manager"));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsExactlyInAnyOrder(201, 409);
        assertThat(auditActions(id).stream().filter("ratified"::equals)).hasSize(1);
    }

    @Test
    void whenBothSawTheReferralUndecidedTheDatabaseStillRefusesTheSecondDecision() {
        String id = record(SCHOOL_ABSENCE.formatted(""));
        decide(id, accept("child-1"), "pat", "practitioner");
        // the second practitioner read the state before the first decision was stored
        doReturn(Optional.empty()).doCallRealMethod().when(store).state(id);

        ResponseEntity<JsonNode> second = decide(id, accept("child-1"), "sam", "practitioner");

        assertConflict(second, "awaiting-ratification");
        assertThat(second.getBody().path("decision").path("decidedBy").asText()).isEqualTo("pat.practitioner");
        assertThat(auditActions(id).stream().filter("decided"::equals)).hasSize(1);
    }

    @Test
    void aRatificationBasedOnAStaleReadIsRefused() {
        String id = record(SCHOOL_ABSENCE.formatted(""));
        decide(id, accept("child-1"), "pat", "practitioner");
        DecisionStore.StateRow read = store.state(id).orElseThrow();
        post(id, "ratifications", null, "morgan", "manager");
        // the second manager read the state before the first ratification was stored
        doReturn(Optional.of(read)).doCallRealMethod().when(store).state(id);

        ResponseEntity<JsonNode> second = post(id, "ratifications", null, "alex", "manager");

        assertConflict(second, "ratified");
        assertThat(second.getBody().path("decision").path("ratifiedBy").asText()).isEqualTo("morgan.manager");
    }

    @SafeVarargs
    private List<ResponseEntity<JsonNode>> atOnce(Callable<ResponseEntity<JsonNode>>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<JsonNode>>> futures = new ArrayList<>();
            for (Callable<ResponseEntity<JsonNode>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> out = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertConflict(ResponseEntity<JsonNode> response, String currentStatus) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("currentStatus").asText()).isEqualTo(currentStatus);
        assertThat(response.getBody().path("decision").path("status").asText()).isEqualTo(currentStatus);
    }

    private static String accept(String ref) {
        return "{\"children\": [{\"ref\": \"" + ref + "\", \"accept\": true}]}";
    }

    private String record(String contact) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/referrals", new HttpEntity<>(contact, headers), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asText();
    }

    private List<String> recordedPathways(String id) {
        List<String> codes = new ArrayList<>();
        http.getForObject("/api/referrals/" + id, JsonNode.class).path("recommendation").path("children").get(0).path("pathways")
                .forEach(p -> codes.add(p.path("code").asText()));
        return codes;
    }

    private ResponseEntity<JsonNode> decide(String id, String body, String user, String role) {
        return post(id, "decisions", body, user, role);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<JsonNode> post(String id, String what, String body, String user, String role) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client(user).exchange("/api/referrals/" + id + "/" + what, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String id, String user, String role) {
        return client(user).exchange("/api/referrals/" + id + "/decision", HttpMethod.GET, HttpEntity.EMPTY, JsonNode.class);
    }

    /** The client signed in as the demo user a short name stands for (callers' role argument is the role that user
     * holds, kept for reading); null: nobody signed in. */
    private TestRestTemplate client(String user) {
        return user == null ? new TestRestTemplate(new org.springframework.boot.web.client.RestTemplateBuilder().rootUri(http.getRootUri())) : org.frontdoor.FrontDoorApi.as(http, user);
    }

    private List<String> auditActions(String id) {
        return jdbc.sql("SELECT action FROM audit_event WHERE referral_id = ? ORDER BY id").param(id).query(String.class).list();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

}
