package org.frontdoor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.frontdoor.FrontDoorApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
        properties = {"spring.datasource.url=jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.referral.received-at-window=P36500D"})   // contacts received long ago, as the records of earlier years would hold
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {
    @Autowired
    TestRestTemplate http;

    /** Every request below is signed in as this demo user unless it says otherwise. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        http = org.frontdoor.FrontDoorApi.as(http, "morgan");
    }
    @Autowired
    ObjectMapper json;

    @BeforeAll
    void recordAMonthOfContacts() {
        // a medium-risk domestic abuse notification about two children (level 3 early help)
        record("""
                {"receivedAt": "2025-03-03T10:00:00Z", "referrer": {"type": "police"},
                 "children": [{"ref": "a", "ageYears": 7}, {"ref": "b", "ageYears": 2}],
                 "domesticAbuse": {"riskLevel": "medium", "dashYesCount": 8, "childrenPresent": true}, "consent": {"status": "given"}}""");
        // a bruised baby (strategy discussion: a referral to social care at level 4)
        record("""
                {"receivedAt": "2025-03-10T10:00:00Z", "referrer": {"type": "health"},
                 "children": [{"ref": "c", "ageYears": 0, "nonMobile": true}], "concerns": ["L4-CD-01"],
                 "consent": {"status": "not-sought-risk", "reason": "Telling the carer could put the baby at risk"}}""");
        // early help refused: no voluntary route can start, so advice (P1) with the refusal recorded
        record("""
                {"receivedAt": "2025-03-20T10:00:00Z", "referrer": {"type": "school"},
                 "children": [{"ref": "d", "ageYears": 9}], "concerns": ["L2-CD-01"], "consent": {"status": "refused", "reason": "Not now"}}""");
        // outside the period
        record("""
                {"receivedAt": "2025-05-01T10:00:00Z", "referrer": {"type": "school"},
                 "children": [{"ref": "e", "ageYears": 9}], "concerns": ["L2-CD-01"]}""");
    }

    @Test
    void theReportCountsOutcomesConversionConsentAndMediumRiskDomesticAbuseForThePeriod() throws Exception {
        JsonNode report = json.readTree(http.getForEntity("/api/reports?from=2025-03-01&to=2025-03-31", String.class).getBody());

        assertThat(report.path("contacts").asInt()).isEqualTo(3);
        assertThat(report.path("children").asInt()).isEqualTo(4);
        assertThat(report.path("outcomeMix").toString()).contains("{\"level\":3,\"primaryPathway\":\"P3\",\"children\":2}",
                "{\"level\":4,\"primaryPathway\":\"P5\",\"children\":1}", "{\"level\":2,\"primaryPathway\":\"P1\",\"children\":1}");
        assertThat(report.path("conversion").path("contacts").asInt()).isEqualTo(4);
        assertThat(report.path("conversion").path("referrals").asInt()).isEqualTo(1);
        assertThat(report.path("conversion").path("assessments").asInt()).isEqualTo(1);
        assertThat(report.path("consent").path("refused").asInt()).isEqualTo(1);
        assertThat(report.path("consent").path("notSoughtBecauseOfRisk").asInt()).isEqualTo(1);
        assertThat(report.path("mediumRiskDomesticAbuse").path("children").asInt()).isEqualTo(2);
        assertThat(report.path("mediumRiskDomesticAbuse").path("earlyHelp").asInt()).isEqualTo(2);
        assertThat(report.path("mediumRiskDomesticAbuse").path("noFurtherAction").asInt()).isZero();
    }

    @Test
    void overridesPerRuleAndTimelinessComeFromThePractitionersDecisions() throws Exception {
        String id = record("""
                {"receivedAt": "2025-06-02T10:00:00Z", "referrer": {"type": "school"},
                 "children": [{"ref": "f", "ageYears": 9}], "concerns": ["L2-CD-01"], "consent": {"status": "given"}}""");
        act(id, "decisions", """
                {"children": [{"ref": "f", "accept": false, "level": 1, "pathways": ["P1"], "reasonCategory": "family-context",
                               "reason": "Attendance already improving with the school's own plan"}]}""", "pat");
        act(id, "ratifications", null, "morgan");

        JsonNode report = json.readTree(http.getForEntity("/api/reports?from=2025-06-01&to=2025-06-30", String.class).getBody());

        assertThat(report.path("overrides").path("decidedChildren").asInt()).isEqualTo(1);
        assertThat(report.path("overrides").path("overridden").asInt()).isEqualTo(1);
        // the practitioner set aside the primary pathway's rule and the level's rule; the indicator itself stands
        assertThat(report.path("overrides").path("byRule").toString())
                .contains("{\"ruleId\":\"PP-13\",\"fired\":1,\"overridden\":1,\"rate\":1.0,\"mandatory\":false}",
                        "{\"ruleId\":\"LV-2\",\"fired\":1,\"overridden\":1,\"rate\":1.0,\"mandatory\":false}",
                        "{\"ruleId\":\"L2-CD-01\",\"fired\":1,\"overridden\":0,\"rate\":0.0,\"mandatory\":false}");
        assertThat(report.path("outcomeMix").toString()).contains("{\"level\":1,\"primaryPathway\":\"P1\",\"children\":1}");
        assertThat(report.path("timeliness").path("decided").asInt()).isEqualTo(1);
        assertThat(report.path("timeliness").path("ratified").asInt()).isEqualTo(1);
        // received in June 2025, decided and ratified today: well outside one working day
        assertThat(report.path("timeliness").path("ratifiedWithinOneWorkingDay").asInt()).isZero();
    }

    @Test
    void theSameReportComesAsCsv() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> response = http.exchange("/api/reports?from=2025-03-01&to=2025-03-31", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getBody()).startsWith("section,item,value").contains("report,contacts,3", "consent,refused,1");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrIsNotADateIsRefusedNamingTheParameter() throws Exception {
        ResponseEntity<String> backwards = http.getForEntity("/api/reports?from=2025-03-31&to=2025-03-01", String.class);
        ResponseEntity<String> notADate = http.getForEntity("/api/reports?from=March&to=2025-03-01", String.class);

        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(backwards.getBody()).path("errors").findValuesAsText("field")).containsExactly("to");
        assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(notADate.getBody()).path("errors").findValuesAsText("field")).containsExactly("from");
    }

    private String record(String contact) {
        return FrontDoorApi.record(http, contact);
    }

    private void act(String id, String action, String body, String user) {
        FrontDoorApi.act(http, id, action, body, user);
    }
}
