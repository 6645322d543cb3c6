package org.frontdoor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.security.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:audit;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.referral.received-at-window=P36500D"})   // contacts received long ago, as the records of earlier years would hold
class AuditTrailTest {
    private static final String CONTACT = """
            {"receivedAt": "2026-11-27T16:00:00Z", "referrer": {"type": "school"},
             "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"]}""";
    /** R-01, a mandatory escalation: level 4 and a strategy discussion; overridden below to level 2 early help. */
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
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate tx;
    @LocalServerPort
    int port;

    @Test
    void recordingAndReadingAReferralAreAuditedWithTheRuleSetVersion() throws Exception {
        String location = record();
        http.getForEntity(location, String.class);

        JsonNode trail = json.readTree(http.getForEntity(location + "/audit", String.class).getBody());

        assertThat(trail.findValuesAsText("action")).containsExactly("contact-recorded", "recommended", "viewed");
        assertThat(trail.findValuesAsText("ruleSetVersion")).containsOnly("1");
        assertThat(trail.findValuesAsText("actor")).containsOnly("pat.practitioner");
        assertThat(trail.get(2).path("via").asText()).as("the view names the endpoint by its template").isEqualTo("API GET /api/referrals/{id}");
    }

    /** Issue 14: the record page read the referral and then the decision, and each read wrote "viewed". */
    @Test
    void oneViewOfTheRecordPageIsOneAuditEntryNamingThePage() {
        String id = id(record());

        HttpResponse<String> page = StaffSession.signedIn(port, "sam.practitioner").get("/referrals/" + id + "/record");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(reads(id)).containsExactly("viewed by sam.practitioner via Record page /referrals/{id}/record");
        assertThat(page.body()).as("the trail on the page includes this view, and says where it came from")
                .contains("Record page /referrals/{id}/record");
    }

    /** Each page and endpoint that shows a referral writes one entry naming itself: a template, never the address with the id. */
    @Test
    void everyViewNamesThePageOrEndpointItCameThroughWithoutTheId() throws Exception {
        String location = record();
        String id = id(location);
        StaffSession sam = StaffSession.signedIn(port, "sam.practitioner");

        sam.get("/referrals/" + id);
        sam.get("/referrals/" + id + "/decision");
        http.getForEntity(location, String.class);
        org.frontdoor.FrontDoorApi.as(http, "morgan").getForEntity(location + "/decision", String.class);
        JsonNode trail = json.readTree(http.getForEntity(location + "/audit", String.class).getBody());

        assertThat(reads(id)).containsExactly("viewed by sam.practitioner via Result page /referrals/{id}",
                "viewed by sam.practitioner via Decision page /referrals/{id}/decision", "viewed by pat.practitioner via API GET /api/referrals/{id}",
                "viewed by morgan.manager via Decision API GET /api/referrals/{id}/decision",
                "audit-trail-read by pat.practitioner via Audit trail API GET /api/referrals/{id}/audit");
        assertThat(trail.findValuesAsText("via")).as("the audit trail API returns where each view came from")
                .contains("Result page /referrals/{id}", "Decision page /referrals/{id}/decision", "API GET /api/referrals/{id}")
                .allSatisfy(via -> assertThat(via).doesNotContain(id).doesNotContain("?"));
    }

    @Test
    void anAuditEntryRefusesAnAddressInPlaceOfARouteTemplate() {
        String id = id(record());

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> audit.record(id, AuditTrail.VIEWED, "pat.practitioner", "1",
                "Record page /referrals/" + id + "/record"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> audit.record(id, AuditTrail.VIEWED, "pat.practitioner", "1",
                "Queue page /queue?child=Amy"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Two entries in the same minute can be told apart: the page shows each time to the second, in UK time. */
    @Test
    void theRecordPageShowsEachEntryToTheSecondInUkTime() {
        String id = id(record());
        Instant recorded = jdbc.sql("SELECT at FROM audit_event WHERE referral_id = ? AND action = 'contact-recorded'").param(id)
                .query(java.sql.Timestamp.class).single().toInstant();

        String page = StaffSession.signedIn(port, "pat.practitioner").get("/referrals/" + id + "/record").body();

        String trail = page.substring(page.indexOf("id=\"audit-trail\""));
        assertThat(trail).contains(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK).format(recorded.atZone(ZoneId.of("Europe/London"))));
        assertThat(Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}:\\d{2}").matcher(trail).results().count())
                .as("every entry, to the second").isEqualTo(3);   // recorded, recommended, this view
        assertThat(trail).contains("Contact recorded", "Recommendation made", "Viewed");
    }

    /** Where the trail says "overridden", it says for which child what was recommended and what was decided, in the tables' words. */
    @Test
    void anOverriddenEntrySaysWhatWasRecommendedAndWhatWasDecided() throws Exception {
        String baby = id(record(BRUISED_BABY));
        String school = id(record(CONTACT));
        JsonNode recommended = recommendation(baby);
        JsonNode earlyHelp = recommendation(school);   // level 2 and the single-agency early help pathway, as the override chooses
        org.frontdoor.FrontDoorApi.act(http, baby, "decisions", OVERRIDE_TO_EARLY_HELP, "pat");

        String page = StaffSession.signedIn(port, "morgan.manager").get("/referrals/" + baby + "/record").body();

        String trail = page.substring(page.indexOf("id=\"audit-trail\""));
        assertThat(primary(earlyHelp).path("code").asText()).isEqualTo("P2");
        String expected = "For baby: recommended Level " + recommended.at("/level/value").asInt() + " (" + recommended.at("/level/label").asText()
                + "), " + primary(recommended).path("label").asText() + "; decided Level 2 (" + earlyHelp.at("/level/label").asText() + "), "
                + primary(earlyHelp).path("label").asText();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(trail)).contains("Recommendation overridden").contains(expected);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnAuditEntry() {
        String location = record();
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else' WHERE referral_id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE referral_id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE referral_id = ? AND actor = 'pat.practitioner'")
                .param(id).query(Long.class).single()).isEqualTo(2);
    }

    /** Every way of reading a referral, by anyone allowed to, leaves who and how on its trail. */
    @Test
    void everyReadOfAReferralIsAuditedWithWhoReadIt() {
        String location = record();
        String id = location.substring(location.lastIndexOf('/') + 1);

        org.frontdoor.FrontDoorApi.as(http, "sam").getForEntity(location, String.class);
        org.frontdoor.FrontDoorApi.as(http, "morgan").getForEntity(location + "/decision", String.class);
        org.frontdoor.FrontDoorApi.as(http, "ade").getForEntity(location + "/audit", String.class);
        org.frontdoor.FrontDoorApi.as(http, "ade").getForEntity(location + "/re-evaluation", String.class);

        List<String> reads = jdbc.sql("SELECT action || ' by ' || actor FROM audit_event WHERE referral_id = ? AND action NOT IN "
                + "('contact-recorded', 'recommended') ORDER BY id").param(id).query(String.class).list();
        assertThat(reads).as("one entry per read").containsExactly("viewed by sam.practitioner", "viewed by morgan.manager", "audit-trail-read by ade.auditor",
                "re-evaluated by ade.auditor");
    }

    @Test
    void theTrailOfAnUnknownReferralIsNotFound() {
        ResponseEntity<String> response = http.getForEntity("/api/referrals/no-such-referral/audit", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    private String record() {
        return record(CONTACT);
    }

    private String record(String contact) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = http.postForEntity("/api/referrals", new HttpEntity<>(contact, headers), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getHeaders().getLocation().toString();
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The first child's recommendation, as recorded (read straight from the table, so no view is audited). */
    private JsonNode recommendation(String id) throws Exception {
        String stored = jdbc.sql("SELECT recommendation_json FROM referral WHERE id = ?").param(id).query(String.class).single();
        return json.readTree(stored).path("children").get(0);
    }

    private static JsonNode primary(JsonNode child) {
        for (JsonNode p : child.path("pathways")) {
            if (p.path("primary").asBoolean()) {
                return p;
            }
        }
        throw new AssertionError("no primary pathway in " + child);
    }

    /** The reads of a referral: every entry but its recording, with who and through which page or endpoint. */
    private List<String> reads(String id) {
        return jdbc.sql("SELECT action || ' by ' || actor || ' via ' || COALESCE(via, '-') FROM audit_event WHERE referral_id = ? "
                + "AND action NOT IN ('contact-recorded', 'recommended') ORDER BY id").param(id).query(String.class).list();
    }
}
