package org.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.FrontDoorApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:history;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.referral.received-at-window=P36500D"})   // contacts received long ago, as the records of earlier years would hold
class HistoryFromRecordsTest {
    /** The NHS's own example of a valid number (check digit 9). */
    private static final String NHS = "943 476 5919";

    @Autowired
    TestRestTemplate http;

    /** Every request below is signed in as this demo user unless it says otherwise. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        http = org.frontdoor.FrontDoorApi.as(http, "pat");
    }
    @Autowired
    ObjectMapper json;

    @Test
    void earlierContactsInTheRecordsRaiseALaterRecommendationAndReplaceWhatTheReferrerSaid() throws Exception {
        for (String day : new String[] {"2026-03-02", "2026-06-01", "2026-09-01"}) {
            assertThat(record(contact(day, "9434765919", 0)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }

        // the referrer says there have been no contacts; the records say three in the last 12 months
        JsonNode child = recommendation(record(contact("2026-11-27", NHS, 0)));

        assertThat(child.path("level").path("value").asInt()).isEqualTo(3);
        assertThat(child.path("rationale").findValuesAsText("ruleId")).contains("R-06a");
        assertThat(child.path("history").path("source").asText()).isEqualTo("front-door records");
        assertThat(child.path("history").path("contactsLast12Months").asInt()).isEqualTo(3);
        assertThat(child.path("history").path("earlierContacts")).hasSize(3);
    }

    @Test
    void contactsMoreThan12MonthsAgoDoNotCount() throws Exception {
        record(contact("2024-01-10", "local-A17", 0));

        JsonNode child = recommendation(record(contact("2026-11-27", "local-A17", 5)));

        assertThat(child.path("history").path("source").asText()).isEqualTo("front-door records");
        assertThat(child.path("history").path("contactsLast12Months").asInt()).isZero();
        assertThat(child.path("level").path("value").asInt()).isEqualTo(2);
    }

    @Test
    void aChildTheRecordsDoNotKnowIsAssessedOnTheReferrersHistory() throws Exception {
        JsonNode child = recommendation(record(contact("2026-11-27", "local-NEW-1", 3)));

        assertThat(child.path("history").path("source").asText()).isEqualTo("referrer");
        assertThat(child.path("level").path("value").asInt()).isEqualTo(3);
    }

    @Test
    void aFamilyHandedToEarlyHelpWhoseCheckIsNotDoneIsAnOpenCaseForTheNextContact() throws Exception {
        String first = idOf(record(contact("2026-10-01", "local-EH-9", 0)));
        act(first, "decisions", "{\"children\": [{\"ref\": \"child-1\", \"accept\": true}]}", "pat");
        act(first, "ratifications", null, "morgan");
        act(first, "follow-up", "{\"handedTo\": \"School early help lead\", \"checkOn\": \"2026-12-15\"}", "pat");

        JsonNode child = recommendation(record(contact("2026-11-27", "local-EH-9", 0)));

        assertThat(child.path("history").path("openCase").asText()).isEqualTo("early-help");
        assertThat(child.path("pathways").get(0).path("code").asText()).isEqualTo("P15");
        assertThat(child.path("rationale").findValuesAsText("ruleId")).contains("R-07c", "PP-07");

        act(first, "follow-up/checked", null, "morgan");
        JsonNode afterCheck = recommendation(record(contact("2026-11-28", "local-EH-9", 0)));
        assertThat(afterCheck.path("history").has("openCase")).isFalse();
        assertThat(afterCheck.path("pathways").get(0).path("code").asText()).isNotEqualTo("P15");
    }

    @Test
    void anInvalidNhsNumberIsRefusedNamingTheField() throws Exception {
        ResponseEntity<String> response = record(contact("2026-11-27", "9434765918", 0));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field")).contains("children[0].nhsNumber");
    }

    private static String contact(String day, String identifier, int contactsSaid) {
        String id = identifier.startsWith("local-") ? "\"localId\": \"" + identifier + "\"" : "\"nhsNumber\": \"" + identifier + "\"";
        return """
                {"receivedAt": "%sT10:00:00Z", "referrer": {"type": "school"},
                 "children": [{"ref": "child-1", "ageYears": 9, %s}], "concerns": ["L2-CD-01"],
                 "history": {"contactsLast12Months": %d}}""".formatted(day, id, contactsSaid);
    }

    private ResponseEntity<String> record(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/referrals", new HttpEntity<>(body, headers), String.class);
    }

    private static String idOf(ResponseEntity<String> response) {
        String location = response.getHeaders().getLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void act(String id, String action, String body, String user) {
        FrontDoorApi.act(http, id, action, body, user);
    }

    private JsonNode recommendation(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).path("recommendation").path("children").get(0);
    }
}
