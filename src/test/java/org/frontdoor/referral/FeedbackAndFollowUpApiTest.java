package org.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.frontdoor.decision.WorkingDayCalendar;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:feedback;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
class FeedbackAndFollowUpApiTest {
    /** Level 2, primary P2 (single-agency early help). */
    private static final String SCHOOL_ABSENCE = """
            {"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}],
             "concerns": ["L2-CD-01"], "consent": {"status": "given"}}""";
    private static final String ANONYMOUS_NEIGHBOUR = """
            {"referrer": {"type": "public", "anonymous": true}, "children": [{"ref": "child-1", "ageYears": 9}],
             "concerns": ["L2-CD-01"], "consent": {"status": "given"}}""";
    /** level 4, strategy discussion (P5). */
    private static final String BRUISED_BABY = """
            {"referrer": {"type": "police"}, "children": [{"ref": "baby", "ageYears": 0, "nonMobile": true}], "concerns": ["L4-CD-01"],
             "consent": {"status": "not-sought-risk", "reason": "Telling the carer could put the child at risk"}}""";

    @Autowired
    TestRestTemplate http;

    /** Every request below is signed in as this demo user unless it says otherwise. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        http = org.frontdoor.FrontDoorApi.as(http, "pat");
    }
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    FollowUps followUps;

    @Test
    void aRatifiedSchoolReferralGetsALetterDueByTheEndOfTheNextWorkingDay() {
        String id = ratified(SCHOOL_ABSENCE, accept("child-1"));

        ResponseEntity<JsonNode> response = call(HttpMethod.GET, id, "feedback", null, "pat", "practitioner");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode feedback = response.getBody();
        String letter = feedback.path("letter").asText();
        assertThat(letter).contains("child-1", "level 2 (Additional)", "Single-agency early help (level 2)",
                "Level 2 indicator L2-CD-01", "The family has been offered", "please keep supporting");
        assertThat(letter).doesNotContain("P2 ", "P2.");
        assertThat(letter).containsPattern("our reference FD-\\d{4}-\\d{6}\\)");
        // the council's configured contacts (application.yml's invented defaults), never a placeholder
        assertThat(letter).contains("Front door: 01632 960123", "Out of hours (emergency duty team): 01632 960456",
                "escalation (professional disagreement) policy: https://thamesbridge.example.org/safeguarding/escalation-policy");
        assertThat(letter).doesNotContain("[telephone]", "[email");
        assertThat(feedback.path("noLetterReason").isNull()).isTrue();
        assertThat(feedback.path("sentAt").isNull()).isTrue();
        Instant ratifiedAt = Instant.parse(decision(id).path("ratifiedAt").asText());
        assertThat(Instant.parse(feedback.path("dueBy").asText())).isEqualTo(calendar.due(ratifiedAt, 1, "end-of-working-day"));
    }

    @Test
    void anOverriddenDecisionIsExplainedWithTheFinalPathwaysLabelsFromTheTables() {
        String id = ratified(SCHOOL_ABSENCE, """
                {"children": [{"ref": "child-1", "accept": false, "level": 3, "pathways": ["P3", "EH-PAR"],
                               "reasonCategory": "professional-judgement", "reason": "Several signs at school"}]}""");

        String letter = call(HttpMethod.GET, id, "feedback", null, "pat", "practitioner").getBody().path("letter").asText();

        assertThat(letter).contains("level 3 (Intensive)", "Targeted multi-agency early help / family help (level 3)", "Parenting support",
                "professional judgement", "Multiple or complex needs").doesNotContain("Several signs at school");
    }

    @Test
    void anAnonymousMemberOfThePublicGetsNoLetterAndTheRecordSaysWhy() {
        String id = ratified(ANONYMOUS_NEIGHBOUR, accept("child-1"));

        JsonNode feedback = call(HttpMethod.GET, id, "feedback", null, "pat", "practitioner").getBody();

        assertThat(feedback.path("letter").isNull()).isTrue();
        assertThat(feedback.path("noLetterReason").asText()).contains("anonymous");
        assertThat(feedback.path("dueBy").asText()).isNotBlank();
    }

    @Test
    void feedbackIsRecordedAsSentOnceAndAudited() {
        String id = ratified(SCHOOL_ABSENCE, accept("child-1"));

        ResponseEntity<JsonNode> sent = call(HttpMethod.POST, id, "feedback/sent", "{\"method\": \"email\"}", "pat", "practitioner");

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody().path("method").asText()).isEqualTo("email");
        assertThat(sent.getBody().path("sentBy").asText()).isEqualTo("pat.practitioner");
        assertThat(sent.getBody().path("sentAt").asText()).isNotBlank();
        ResponseEntity<JsonNode> again = call(HttpMethod.POST, id, "feedback/sent", "{\"method\": \"phone\"}", "morgan", "manager");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(call(HttpMethod.GET, id, "feedback", null, "pat", "practitioner").getBody().path("method").asText()).isEqualTo("email");
        assertThat(auditActions(id)).containsSubsequence("ratified", "feedback-sent").containsOnlyOnce("feedback-sent");
    }

    @Test
    void feedbackCannotBeSentBeforeRatificationOrByAnUnknownMethod() {
        String id = record(SCHOOL_ABSENCE);
        call(HttpMethod.POST, id, "decisions", accept("child-1"), "pat", "practitioner");

        ResponseEntity<JsonNode> early = call(HttpMethod.POST, id, "feedback/sent", "{\"method\": \"email\"}", "pat", "practitioner");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().path("currentStatus").asText()).isEqualTo("awaiting-ratification");
        assertThat(call(HttpMethod.GET, id, "feedback", null, "pat", "practitioner").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        call(HttpMethod.POST, id, "ratifications", null, "morgan", "manager");
        ResponseEntity<JsonNode> pigeon = call(HttpMethod.POST, id, "feedback/sent", "{\"method\": \"pigeon\"}", "pat", "practitioner");
        assertThat(pigeon.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pigeon.getBody().path("errors").get(0).path("field").asText()).isEqualTo("method");
        assertThat(call(HttpMethod.POST, id, "feedback/sent", "{\"method\": \"email\"}", null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aFollowUpIsRecordedForAnEarlyHelpOutcomeAndListedUntilChecked() {
        String id = ratified(SCHOOL_ABSENCE, accept("child-1"));

        ResponseEntity<JsonNode> recorded = call(HttpMethod.POST, id, "follow-up",
                "{\"handedTo\": \"School early help lead\", \"checkOn\": \"2026-12-15\"}", "pat", "practitioner");

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody().path("handedTo").asText()).isEqualTo("School early help lead");
        assertThat(recorded.getBody().path("checkOn").asText()).isEqualTo("2026-12-15");
        assertThat(call(HttpMethod.GET, id, "follow-up", null, "morgan", "manager").getBody().path("recordedBy").asText()).isEqualTo("pat.practitioner");
        assertThat(followUps.due(LocalDate.parse("2026-12-15"))).contains(new FollowUpDue(id, "School early help lead", LocalDate.parse("2026-12-15")));
        assertThat(followUps.due(LocalDate.parse("2026-12-14"))).extracting(FollowUpDue::referralId).doesNotContain(id);

        ResponseEntity<JsonNode> checked = call(HttpMethod.POST, id, "follow-up/checked", null, "morgan", "manager");

        assertThat(checked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(checked.getBody().path("checkedBy").asText()).isEqualTo("morgan.manager");
        assertThat(followUps.due(LocalDate.parse("2027-01-31"))).extracting(FollowUpDue::referralId).doesNotContain(id);
        assertThat(call(HttpMethod.POST, id, "follow-up/checked", null, "morgan", "manager").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(auditActions(id)).containsSubsequence("ratified", "follow-up-recorded", "follow-up-checked");
    }

    @Test
    void aFollowUpIsRefusedForAStrategyDiscussion() {
        String id = ratified(BRUISED_BABY, accept("baby"));

        ResponseEntity<JsonNode> refused = call(HttpMethod.POST, id, "follow-up",
                "{\"handedTo\": \"Health visitor\", \"checkOn\": \"2026-12-15\"}", "pat", "practitioner");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("detail").asText()).contains("social care", "P5");
        String letter = call(HttpMethod.GET, id, "feedback", null, "pat", "practitioner").getBody().path("letter").asText();
        assertThat(letter).contains("Strategy discussion (s47 enquiry)", "You may be contacted to take part");
    }

    @Test
    void aFollowUpNamesEveryMissingOrWrongField() {
        String id = ratified(SCHOOL_ABSENCE, accept("child-1"));

        ResponseEntity<JsonNode> refused = call(HttpMethod.POST, id, "follow-up", "{\"handedTo\": \" \", \"checkOn\": \"15/12/2026\"}",
                "pat", "practitioner");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        refused.getBody().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactly("handedTo", "checkOn");
        assertThat(call(HttpMethod.GET, id, "follow-up", null, "pat", "practitioner").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private String ratified(String contact, String decision) {
        String id = record(contact);
        assertThat(call(HttpMethod.POST, id, "decisions", decision, "pat", "practitioner").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(call(HttpMethod.POST, id, "ratifications", null, "morgan", "manager").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return id;
    }

    private static String accept(String ref) {
        return "{\"children\": [{\"ref\": \"" + ref + "\", \"accept\": true}]}";
    }

    private String record(String contact) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> r = http.postForEntity("/api/referrals", new HttpEntity<>(contact, headers), JsonNode.class);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
        return r.getBody().path("id").asText();
    }

    private JsonNode decision(String id) {
        return call(HttpMethod.GET, id, "decision", null, "morgan", "manager").getBody();
    }

    private List<String> auditActions(String id) {
        List<String> actions = new ArrayList<>();
        http.getForEntity("/api/referrals/" + id + "/audit", JsonNode.class).getBody().forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String id, String what, String body, String who, String role) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return (who == null ? new TestRestTemplate(new org.springframework.boot.web.client.RestTemplateBuilder().rootUri(http.getRootUri())) : org.frontdoor.FrontDoorApi.as(http, who)).exchange("/api/referrals/" + id + "/" + what, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
