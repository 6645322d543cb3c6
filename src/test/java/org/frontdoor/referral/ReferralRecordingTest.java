package org.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.FrontDoorApplication;
import org.frontdoor.decision.ThresholdDecisions;
import org.frontdoor.rules.DecisionNotReached;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:referrals;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.referral.received-at-window=P36500D"})   // contacts received long ago, as the records of earlier years would hold
class ReferralRecordingTest {
    private static final String SIBLINGS = """
            {"receivedAt": "2026-11-27T16:00:00Z",
             "referrer": {"type": "police"},
             "children": [{"ref": "baby", "ageYears": 0, "nonMobile": true},
                          {"ref": "sibling", "ageYears": 7}],
             "concerns": ["L4-CD-01"]}""";

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
    @MockitoSpyBean
    ThresholdDecisions decisions;
    @MockitoSpyBean
    ReferralStore store;

    private long referralsBefore;
    private long childrenBefore;

    @BeforeEach
    void countStoredRows() {
        referralsBefore = count("referral");
        childrenBefore = count("referral_child");
    }

    @Test
    void aRecordedReferralIsCreatedAndReadBackWithExactlyTheRecommendationGiven() throws Exception {
        ResponseEntity<String> created = post(SIBLINGS);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        URI location = created.getHeaders().getLocation();
        JsonNode posted = json.readTree(created.getBody());
        assertThat(location).isNotNull();
        assertThat(location.getPath()).isEqualTo("/api/referrals/" + posted.path("id").asText());

        ResponseEntity<String> found = http.getForEntity(location, String.class);

        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode read = json.readTree(found.getBody());
        assertThat(read.path("recommendation")).isEqualTo(posted.path("recommendation"));
        assertThat(found.getBody()).as("the whole referral, byte for byte").isEqualTo(created.getBody());
        assertThat(rawField(found.getBody(), "recommendation")).isEqualTo(rawField(created.getBody(), "recommendation"));
        assertThat(rawField(found.getBody(), "contact")).isEqualTo(rawField(created.getBody(), "contact"));
        assertThat(read.path("recommendation").path("children")).hasSize(2);
        assertThat(read.path("recommendation").path("ruleSet").path("hash").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void recordingStoresTheReferralAndOneRowPerChildWithTheRecommendationAsReturned() throws Exception {
        ResponseEntity<String> created = post(SIBLINGS);
        String id = json.readTree(created.getBody()).path("id").asText();

        assertThat(count("referral")).isEqualTo(referralsBefore + 1);
        assertThat(count("referral_child")).isEqualTo(childrenBefore + 2);
        String stored = jdbc.sql("SELECT recommendation_json FROM referral WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).isEqualTo(rawField(created.getBody(), "recommendation"));
        List<String> children = jdbc.sql("SELECT child_ref || ':' || level || ':' || primary_pathway FROM referral_child WHERE referral_id = ? ORDER BY position")
                .param(id).query(String.class).list();
        assertThat(children).first().isEqualTo("baby:4:P5");
        assertThat(children).hasSize(2).element(1).asString().startsWith("sibling:");
    }

    @Test
    void aContactWithoutAReceivedTimeIsStoredWithTheTimeItWasAssessed() throws Exception {
        JsonNode created = json.readTree(post("""
                {"referrer": {"type": "school"}, "children": [{"ref": "a", "ageYears": 9}], "concerns": ["L2-CD-01"]}""").getBody());

        assertThat(created.path("contact").path("receivedAt").asText()).isNotBlank()
                .isEqualTo(created.path("recommendation").path("receivedAt").asText())
                .isEqualTo(created.path("receivedAt").asText());
    }

    @Test
    void aBadContactIsRefusedAndNothingIsStored() throws Exception {
        ResponseEntity<String> response = post("""
                {"referrer": {"type": "police"}, "children": [{"ref": "a", "ageYears": 18}]}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).path("errors").get(0).path("field").asText()).isEqualTo("children[0].ageYears");
        assertNothingStored();
    }

    @Test
    void whenTheRulesReachNoDecisionTheAnswerIs422NamingTheRuleSetAndNothingIsStored() throws Exception {
        doThrow(new DecisionNotReached("1", List.of("engine detail that must stay in the log"))).when(decisions).assess(any(), any());

        ResponseEntity<String> response = post(SIBLINGS);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("https://frontdoor.example.org/problems/decision-not-reached");
        assertThat(problem.path("ruleSetVersion").asText()).isEqualTo("1");
        assertThat(response.getBody()).doesNotContain("engine detail");
        assertNothingStored();
    }

    @Test
    void aFailureWhileStoringLeavesNeitherTheReferralNorItsChildren() throws Exception {
        long[] seenInTransaction = new long[2];
        doAnswer(call -> {
            call.callRealMethod();   // both tables written ...
            seenInTransaction[0] = count("referral");
            seenInTransaction[1] = count("referral_child");
            throw new IllegalStateException("disk full");   // ... then the transaction fails
        }).when(store).insert(any(), any(), any(), any(), any(), any(), any(), any(), any(), any(), any(), any());

        ResponseEntity<String> response = post(SIBLINGS);

        assertThat(seenInTransaction).containsExactly(referralsBefore + 1, childrenBefore + 2);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("disk full");
        assertNothingStored();
    }

    @Test
    void anUnknownReferralIsNotFound() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/referrals/no-such-id", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).path("type").asText()).isEqualTo("https://frontdoor.example.org/problems/not-found");
    }

    @Test
    void aRecordedReferralSurvivesARestart(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        String posted;
        String location;
        String readBefore;
        try (ConfigurableApplicationContext app = start(url)) {
            RestClient client = client(app);
            ResponseEntity<String> created = client.post().uri("/api/referrals").contentType(MediaType.APPLICATION_JSON)
                    .body(SIBLINGS).retrieve().toEntity(String.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            posted = created.getBody();
            location = created.getHeaders().getLocation().getPath();
            readBefore = client.get().uri(location).retrieve().body(String.class);
        }

        try (ConfigurableApplicationContext restarted = start(url)) {
            String readAfter = client(restarted).get().uri(location).retrieve().body(String.class);

            assertThat(readAfter).isEqualTo(readBefore);
            assertThat(rawField(readAfter, "recommendation")).isEqualTo(rawField(posted, "recommendation"));
            assertThat(json.readTree(readAfter).path("recommendation")).isEqualTo(json.readTree(posted).path("recommendation"));
        }
    }

    private static ConfigurableApplicationContext start(String datasourceUrl) {
        // as arguments, not builder properties: those are defaults, which application.yml's server.port overrides
        return new SpringApplicationBuilder(FrontDoorApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + datasourceUrl, "--spring.jmx.enabled=false");
    }

    private static RestClient client(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(org.frontdoor.FrontDoorApi.account("pat"), org.frontdoor.FrontDoorApi.PASSWORD)).build();
    }

    private ResponseEntity<String> post(String contact) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/referrals", new HttpEntity<>(contact, headers), String.class);
    }

    /** The exact characters of a top-level field's value, as sent on the wire. */
    private String rawField(String body, String field) throws Exception {
        try (JsonParser p = json.getFactory().createParser(body)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                int start = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                int end = (int) p.currentLocation().getCharOffset();
                if (name.equals(field)) {
                    return body.substring(start, end);
                }
            }
        }
        throw new AssertionError("no field " + field + " in " + body);
    }

    private void assertNothingStored() {
        assertThat(count("referral")).as("referral rows").isEqualTo(referralsBefore);
        assertThat(count("referral_child")).as("referral_child rows").isEqualTo(childrenBefore);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
