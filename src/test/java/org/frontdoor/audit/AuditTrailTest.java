package org.frontdoor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:audit;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.referral.received-at-window=P36500D"})   // contacts received long ago, as the records of earlier years would hold
class AuditTrailTest {
    private static final String CONTACT = """
            {"receivedAt": "2026-11-27T16:00:00Z", "referrer": {"type": "school"},
             "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"]}""";

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

    @Test
    void recordingAndReadingAReferralAreAuditedWithTheRuleSetVersion() throws Exception {
        String location = record();
        http.getForEntity(location, String.class);

        JsonNode trail = json.readTree(http.getForEntity(location + "/audit", String.class).getBody());

        assertThat(trail.findValuesAsText("action")).containsExactly("contact-recorded", "recommended", "viewed");
        assertThat(trail.findValuesAsText("ruleSetVersion")).containsOnly("1");
        assertThat(trail.findValuesAsText("actor")).containsOnly("pat.practitioner");
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
        assertThat(reads).containsExactly("viewed by sam.practitioner", "viewed by morgan.manager", "audit-trail-read by ade.auditor",
                "re-evaluated by ade.auditor");
    }

    @Test
    void theTrailOfAnUnknownReferralIsNotFound() {
        ResponseEntity<String> response = http.getForEntity("/api/referrals/no-such-referral/audit", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    private String record() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = http.postForEntity("/api/referrals", new HttpEntity<>(CONTACT, headers), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getHeaders().getLocation().toString();
    }
}
