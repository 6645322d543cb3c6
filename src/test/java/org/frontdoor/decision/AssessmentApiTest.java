package org.frontdoor.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
class AssessmentApiTest {
    private static final String INVALID_CONTACT = "https://frontdoor.example.org/problems/invalid-contact";

    /** Friday 27 November 2026, 16:00 in London: a police contact about a bruised baby and an older sibling. */
    private static final String SIBLINGS = """
            {"receivedAt": "2026-11-27T16:00:00Z",
             "referrer": {"type": "police"},
             "children": [{"ref": "baby", "ageYears": 0, "nonMobile": true},
                          {"ref": "sibling", "ageYears": 7}],
             "concerns": ["L4-CD-01"]}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private long referralsBefore;
    private long childrenBefore;

    @BeforeEach
    void countStoredRows() {
        referralsBefore = count("referral");
        childrenBefore = count("referral_child");
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(count("referral")).as("referral rows").isEqualTo(referralsBefore);
        assertThat(count("referral_child")).as("referral_child rows").isEqualTo(childrenBefore);
    }

    @Test
    void anAssessmentRecommendsForEachChildAndStoresNothing() throws Exception {
        ResponseEntity<String> response = assess(SIBLINGS);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("children")).hasSize(2);
        for (JsonNode child : body.path("children")) {
            assertThat(child.path("level").path("value").asInt()).isBetween(1, 4);
            assertThat(child.path("level").path("label").asText()).isNotBlank();
            assertThat(child.path("pathways")).isNotEmpty();
            assertThat(child.path("pathways").get(0).path("primary").asBoolean()).isTrue();
            assertThat(child.path("consent").path("required").isBoolean()).isTrue();
            assertThat(child.path("consent").path("advice").asText()).isNotBlank();
            assertThat(child.path("rationale")).isNotEmpty();
            assertThat(child.path("missingInformation").isArray()).isTrue();
            assertThat(child.path("ruleSet")).isEqualTo(body.path("ruleSet"));
        }

        JsonNode baby = body.path("children").get(0);
        assertThat(baby.path("ref").asText()).isEqualTo("baby");
        assertThat(baby.path("level").path("value").asInt()).isEqualTo(4);
        JsonNode strategy = baby.path("pathways").get(0);
        assertThat(strategy.path("code").asText()).isEqualTo("P5");
        assertThat(strategy.path("dueBy").asText()).startsWith("2026-11-27T23:59:59");   // same day, London
        assertThat(ruleIds(baby)).contains("R-01");
        assertThat(body.path("children").get(1).path("ref").asText()).isEqualTo("sibling");
    }

    @Test
    void theRationaleGivesTheIndicatorsFirstThenTheOverridesLevelAndConsent() throws Exception {
        JsonNode baby = json.readTree(assess(SIBLINGS).getBody()).path("children").get(0);

        List<String> ids = ruleIds(baby);
        assertThat(ids).containsSubsequence("L4-CD-01", "R-01", "LV-4", "CN-06");
        assertThat(ids.get(0)).isEqualTo("L4-CD-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            SIBLINGS,
            """
            {"referrer": {"type": "school"}, "children": [{"ref": "a", "ageYears": 7}, {"ref": "b", "ageYears": 3}],
             "concerns": ["L2-FE-07"]}""",
            """
            {"referrer": {"type": "public", "anonymous": true}, "children": [{"ref": "a", "ageYears": 12}]}""",
            """
            {"referrer": {"type": "police"}, "children": [{"ref": "unborn", "unbornWeeks": 20}],
             "domesticAbuse": {"riskLevel": "high", "dashYesCount": 15, "childrenPresent": true, "pregnancy": true},
             "consent": {"status": "not-sought-risk", "reason": "telling the family would alert the abuser"},
             "history": {"contactsLast12Months": 3, "previousCpPlan": true, "previousRemoval": false},
             "openCase": "none"}"""})
    void everyChildIsExplainedByRulesWithAReasonAndGuidanceUnderANamedRuleSet(String contact) throws Exception {
        ResponseEntity<String> response = assess(contact);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("children")).isNotEmpty().allSatisfy(child -> {
            assertThat(child.path("rationale")).isNotEmpty().allSatisfy(reason -> {
                assertThat(reason.path("ruleId").asText()).isNotBlank();
                assertThat(reason.path("reason").asText()).isNotBlank();
                assertThat(reason.path("guidanceRef").asText()).isNotBlank();
            });
            assertThat(child.path("ruleSet").path("version").asText()).isNotBlank();
            assertThat(child.path("ruleSet").path("hash").asText()).matches("[0-9a-f]{64}");
        });
    }

    static Stream<Arguments> badContacts() {
        return Stream.of(
                Arguments.of("wrong type", """
                        {"referrer": {"type": "police"}, "children": [{"ref": "a", "ageYears": "x"}]}""", "children[0].ageYears"),
                Arguments.of("unknown field", """
                        {"referrer": {"type": "police"}, "children": [{"ref": "a", "ageYears": 1}], "postcode": "SS1 1AA"}""", "postcode"),
                Arguments.of("unknown field on a child", """
                        {"referrer": {"type": "police"}, "children": [{"ref": "a", "ageYears": 1, "name": "X"}]}""", "children[0].name"),
                Arguments.of("unknown referrer type", """
                        {"referrer": {"type": "polce"}, "children": [{"ref": "a", "ageYears": 1}]}""", "referrer.type"),
                Arguments.of("unknown circumstance", """
                        {"referrer": {"type": "police"}, "children": [{"ref": "a", "ageYears": 1}],
                         "circumstances": ["offending", "bogus"]}""", "circumstances[1]"),
                Arguments.of("age 18", """
                        {"referrer": {"type": "police"}, "children": [{"ref": "a", "ageYears": 18}]}""", "children[0].ageYears"),
                Arguments.of("unborn at 3 weeks", """
                        {"referrer": {"type": "police"}, "children": [{"ref": "a", "unbornWeeks": 3}]}""", "children[0].unbornWeeks"),
                Arguments.of("both age and unborn weeks", """
                        {"referrer": {"type": "police"}, "children": [{"ref": "a", "ageYears": 1}, {"ref": "b", "ageYears": 2, "unbornWeeks": 20}]}""",
                        "children[1].ageYears"),
                Arguments.of("neither age nor unborn weeks", """
                        {"referrer": {"type": "police"}, "children": [{"ref": "a"}]}""", "children[0].ageYears"),
                Arguments.of("no children", """
                        {"referrer": {"type": "police"}, "children": []}""", "children"),
                Arguments.of("missing referrer", """
                        {"children": [{"ref": "a", "ageYears": 1}]}""", "referrer"),
                Arguments.of("referrer without a type", """
                        {"referrer": {}, "children": [{"ref": "a", "ageYears": 1}]}""", "referrer.type"),
                Arguments.of("professional asking to be anonymous", """
                        {"referrer": {"type": "school", "anonymous": true}, "children": [{"ref": "a", "ageYears": 9}]}""",
                        "referrer.anonymous"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badContacts")
    void aContactThatCannotBeAssessedIsRefusedNamingTheField(String problem, String contact, String field) throws Exception {
        JsonNode body = invalidContact(assess(contact));

        assertThat(fields(body)).as(problem).contains(field);
    }

    @Test
    void anUnknownIndicatorCodeIsRefusedWithTheNearestCodesSuggested() throws Exception {
        JsonNode body = invalidContact(assess("""
                {"referrer": {"type": "police"}, "children": [{"ref": "a", "ageYears": 4}], "concerns": ["L2-FE-07", "L2-CD-1"]}"""));

        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("concerns[1]");
        assertThat(error.path("message").asText()).contains("L2-CD-1", "did you mean", "L2-CD-01");
    }

    @Test
    void everyBadFieldOfAContactIsNamedAtOnce() throws Exception {
        JsonNode body = invalidContact(assess("""
                {"referrer": {"type": "polce"}, "children": [{"ref": "a", "ageYears": 18}],
                 "circumstances": ["bogus"], "concerns": ["L9-XX-99"]}"""));

        assertThat(fields(body)).contains("referrer.type", "children[0].ageYears", "circumstances[0]", "concerns[0]");
    }

    @Test
    void anAnonymousProfessionalAndAnUnknownCodeAreBothNamed() throws Exception {
        JsonNode body = invalidContact(assess("""
                {"referrer": {"type": "school", "anonymous": true}, "children": [{"ref": "a", "ageYears": 9}], "concerns": ["L2-CD-1"]}"""));

        assertThat(fields(body)).contains("referrer.anonymous", "concerns[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"referrer\": ", "{\"referrer\": {\"type\": \"police\"}} trailing", "not json at all"})
    void malformedJsonIsRefusedAsAProblem(String body) throws Exception {
        JsonNode problem = invalidContact(assess(body));

        assertThat(problem.path("detail").asText()).contains("not well-formed JSON");
        assertThat(problem.path("errors").isArray()).isTrue();
    }

    @Test
    void twoContactsInOneBodyAreRefusedRatherThanTheSecondSilentlyDropped() throws Exception {
        String one = "{\"referrer\": {\"type\": \"police\"}, \"children\": [{\"ref\": \"a\", \"ageYears\": 3}]}";

        JsonNode problem = invalidContact(assess(one + one));

        assertThat(problem.path("detail").asText()).contains("not well-formed JSON");
    }

    @Test
    void malformedJsonInsideAFieldIsReportedAsMalformedAndNamesTheField() throws Exception {
        JsonNode problem = invalidContact(assess("""
                {"referrer": {"type": "police"}, "children": [{"ref": "a" "ageYears": 1}]}"""));

        // not "wrong type of value": the syntax is broken, and the problem says where
        assertThat(problem.path("detail").asText()).contains("not well-formed JSON");
        assertThat(fields(problem)).containsExactly("children[0]");
    }

    @Test
    void aBodyCutOffInsideTheChildrenListIsMalformedJson() throws Exception {
        JsonNode problem = invalidContact(assess("{\"referrer\": {\"type\": \"police\"}, \"children\": ["));

        assertThat(problem.path("detail").asText()).contains("not well-formed JSON");
        assertThat(fields(problem)).containsExactly("children");
    }

    @Test
    void aMemberOfThePublicMayAskToStayAnonymous() throws Exception {
        ResponseEntity<String> response = assess("""
                {"referrer": {"type": "public", "anonymous": true}, "children": [{"ref": "a", "ageYears": 6}]}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).path("children")).hasSize(1);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedMediaType() throws Exception {
        ResponseEntity<String> response = post("hello", MediaType.TEXT_PLAIN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).path("status").asInt()).isEqualTo(415);
    }

    private JsonNode invalidContact(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // designed errors: no exception class names or parser internals reach the caller
        assertThat(response.getBody()).doesNotContain("Exception", "jackson", "at [Source");
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("type").asText()).isEqualTo(INVALID_CONTACT);
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("detail").asText()).contains("nothing was stored");
        return body;
    }

    private ResponseEntity<String> assess(String contact) {
        return post(contact, MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> post(String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange("/api/assessments", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.path("errors").forEach(e -> out.add(e.path("field").asText()));
        return out;
    }

    private static List<String> ruleIds(JsonNode child) {
        List<String> out = new ArrayList<>();
        child.path("rationale").forEach(r -> out.add(r.path("ruleId").asText()));
        return out;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
