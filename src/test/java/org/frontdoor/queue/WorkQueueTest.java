package org.frontdoor.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

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
        properties = {"spring.datasource.url=jdbc:h2:mem:queue;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.referral.received-at-window=P36500D"})   // contacts received long ago, as the records of earlier years would hold
class WorkQueueTest {
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
    WorkQueue queue;

    @Test
    void waitingContactsAreListedMostUrgentFirstAndLeaveOnceRatified() throws Exception {
        String overdue = record("2025-01-06T10:00:00Z");
        String fresh = record(null);
        act(fresh, "decisions", "{\"children\": [{\"ref\": \"child-1\", \"accept\": true}]}", "pat");

        JsonNode items = json.readTree(http.getForEntity("/api/queue", String.class).getBody());

        JsonNode first = find(items, overdue);
        JsonNode second = find(items, fresh);
        assertThat(first.path("kind").asText()).isEqualTo("decision");
        assertThat(first.path("rag").asText()).isEqualTo("red");
        assertThat(first.path("dueBy").asText()).isEqualTo("2025-01-07T10:00:00Z");
        assertThat(second.path("kind").asText()).isEqualTo("ratification");
        assertThat(indexOf(items, overdue)).isLessThan(indexOf(items, fresh));

        act(fresh, "ratifications", null, "morgan");
        JsonNode after = json.readTree(http.getForEntity("/api/queue", String.class).getBody());
        assertThat(after.findValuesAsText("referralId")).contains(overdue).doesNotContain(fresh);
    }

    @Test
    void aStepDownCheckThatIsDueJoinsTheQueueUntilItIsDone() throws Exception {
        String id = record(null);
        act(id, "decisions", "{\"children\": [{\"ref\": \"child-1\", \"accept\": true}]}", "pat");
        act(id, "ratifications", null, "morgan");
        act(id, "follow-up", "{\"handedTo\": \"School early help lead\", \"checkOn\": \"2025-02-03\"}", "pat");

        JsonNode item = find(json.readTree(http.getForEntity("/api/queue", String.class).getBody()), id);
        assertThat(item.path("kind").asText()).isEqualTo("follow-up");
        assertThat(item.path("rag").asText()).isEqualTo("red");

        act(id, "follow-up/checked", null, "morgan");
        assertThat(json.readTree(http.getForEntity("/api/queue", String.class).getBody()).findValuesAsText("referralId")).doesNotContain(id);
    }

    @Test
    void anItemIsRedWhenOverdueAmberWhenDueWithinFourHoursAndGreenOtherwise() {
        Instant due = Instant.parse("2026-11-30T16:00:00Z");

        assertThat(queue.rag(Instant.parse("2026-11-30T16:00:01Z"), due)).isEqualTo("red");
        assertThat(queue.rag(Instant.parse("2026-11-30T12:00:00Z"), due)).isEqualTo("amber");
        assertThat(queue.rag(Instant.parse("2026-11-30T11:59:59Z"), due)).isEqualTo("green");
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("referralId").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in the queue: " + items);
    }

    private static int indexOf(JsonNode items, String id) {
        List<String> ids = items.findValuesAsText("referralId");
        return ids.indexOf(id);
    }

    private String record(String receivedAt) {
        String when = receivedAt == null ? "" : "\"receivedAt\": \"" + receivedAt + "\", ";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.postForEntity("/api/referrals", new HttpEntity<>("{" + when + """
                "referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"]}""",
                headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        String location = response.getHeaders().getLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void act(String id, String action, String body, String user) {
        FrontDoorApi.act(http, id, action, body, user);
    }
}
