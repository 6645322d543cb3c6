package org.frontdoor.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.FrontDoorApi;
import org.frontdoor.report.FrontDoorReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referrals older than the retention period (one year here) are purged: nothing about them is left in any table,
 * the reports for their months are unchanged, newer referrals stay, the audit trail stays append-only for them, and
 * auditors can see that the purge ran.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "frontdoor.retention.period=P1Y", "frontdoor.retention.batch=2", "frontdoor.referral.received-at-window=P36500D"})
class RetentionPurgeTest {
    private static final String MARKER = "retention-marker";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RetentionPurge purge;
    @Autowired
    FrontDoorReports reports;
    @Autowired
    ObjectMapper json;

    @Test
    void oldReferralsArePurgedLeavingOnlyCountsThatKeepTheReportsTheSame() throws Exception {
        List<String> old = new ArrayList<>();
        old.add(record("2019-03-04T10:00:00Z", "police", "L4-CD-01", "not-sought-risk", "9434765919", "baby", true));
        old.add(record("2019-03-05T10:00:00Z", "school", "L2-CD-01", "given", null, "child-a", false));
        old.add(record("2019-03-20T10:00:00Z", "health", "L3-PC-01", "refused", null, "child-b", false));
        old.add(record("2019-04-02T10:00:00Z", "school", "L2-CD-01", "given", "4010232137", "child-c", false));
        old.add(record("2019-04-03T10:00:00Z", "family", "L1-CD-01", "given", null, "child-d", false));
        FrontDoorApi.act(http, old.get(0), "decisions", """
                {"children": [{"ref": "baby", "accept": false, "level": 2, "pathways": ["P2"], "reasonCategory": "new-information",
                               "reason": "%s override reason"}]}""".formatted(MARKER), "pat");
        FrontDoorApi.act(http, old.get(0), "authorisations", "{\"note\": \"The hospital found a birthmark\"}", "morgan");
        FrontDoorApi.act(http, old.get(0), "ratifications", null, "alex");
        FrontDoorApi.act(http, old.get(1), "decisions", "{\"children\": [{\"ref\": \"child-a\", \"accept\": true}]}", "pat");
        FrontDoorApi.act(http, old.get(1), "ratifications", null, "morgan");
        FrontDoorApi.act(http, old.get(1), "follow-up", "{\"handedTo\": \"" + MARKER + " school lead\", \"checkOn\": \"2019-04-01\"}", "pat");
        String recent = record(null, "school", "L2-CD-01", "given", null, "child-now", false);
        for (String id : old) {   // the purge goes by when the service recorded a referral: these were recorded when received
            jdbc.sql("UPDATE referral SET recorded_at = received_at WHERE id = ?").param(id).update();
        }
        assertThat(traces(List.of(MARKER, "9434765919", old.get(2)))).as("the scan finds what is there").hasSizeGreaterThan(4);
        String march = json.writeValueAsString(reports.report(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)));
        String spring = json.writeValueAsString(reports.report(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 30)));
        assertThat(json.readTree(spring).path("contacts").asInt()).isEqualTo(5);

        RetentionPurge.Purged purged = purge.purge();

        assertThat(purged.referrals()).isEqualTo(5);
        assertThat(purged.children()).isEqualTo(5);
        for (String id : old) {
            assertThat(FrontDoorApi.as(http, "pat").getForEntity("/api/referrals/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(FrontDoorApi.as(http, "pat").getForEntity("/api/referrals/" + recent, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.writeValueAsString(reports.report(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)))).isEqualTo(march);
        assertThat(json.writeValueAsString(reports.report(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 30)))).isEqualTo(spring);

        List<String> needles = new ArrayList<>(old);
        needles.addAll(List.of(MARKER, "9434765919", "4010232137", "child-a", "child-b", "child-c", "child-d"));
        List<String> traces = traces(needles);
        assertThat(traces).as("anything left about a purged referral").isEmpty();
        assertThat(jdbc.sql("SELECT SUM(children) FROM purged_child_statistic").query(Long.class).single()).isEqualTo(5);

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE referral_id = ?").param(recent).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'x' WHERE referral_id = ?").param(recent).update())
                .hasMessageContaining("append-only");

        JsonNode retention = FrontDoorApi.as(http, "ade").getForObject("/api/retention", JsonNode.class);
        assertThat(retention.path("period").asText()).isEqualTo("P1Y");
        assertThat(retention.at("/lastPurges/0/referrals").asInt()).isEqualTo(5);
        assertThat(FrontDoorApi.as(http, "pat").getForEntity("/api/retention", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(purge.purge().referrals()).as("a second run finds nothing more").isZero();
    }

    /** Every text column of every table that holds any of the needles. */
    private List<String> traces(List<String> needles) {
        List<List<String>> columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'
                AND LOWER(data_type) IN ('character varying', 'character large object', 'character', 'text')""").query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
        assertThat(columns).as("text columns scanned").hasSizeGreaterThan(30);
        List<String> traces = new ArrayList<>();
        for (List<String> column : columns) {
            for (String needle : needles) {
                long found = jdbc.sql("SELECT COUNT(*) FROM \"" + column.get(0) + "\" WHERE CAST(\"" + column.get(1) + "\" AS VARCHAR) LIKE ?")
                        .param("%" + needle + "%").query(Long.class).single();
                if (found > 0) {
                    traces.add(column + " holds " + needle);
                }
            }
        }
        return traces;
    }

    private String record(String receivedAt, String referrer, String concern, String consent, String nhs, String ref, boolean nonMobile) {
        String when = receivedAt == null ? "" : "\"receivedAt\": \"" + receivedAt + "\", ";
        String reason = consent.equals("given") ? "" : ", \"reason\": \"" + MARKER + " consent\"";
        String identity = nhs == null ? "" : ", \"nhsNumber\": \"" + nhs + "\"";
        String age = nonMobile ? "\"ageYears\": 0, \"nonMobile\": true" : "\"ageYears\": 9";
        return FrontDoorApi.record(http, """
                {%s"referrer": {"type": "%s"}, "children": [{"ref": "%s", %s%s}], "concerns": ["%s"],
                 "consent": {"status": "%s"%s}}""".formatted(when, referrer, ref, age, identity, concern, consent, reason));
    }
}
