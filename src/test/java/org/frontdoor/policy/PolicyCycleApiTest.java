package org.frontdoor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.frontdoor.FrontDoorApi;
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
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:policy-cycle;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "frontdoor.policy.refresh-interval=PT0.2S"})
@DirtiesContext
class PolicyCycleApiTest {
    private static final String URGENT = "{\"urgentReason\": \"Corrects a threshold that is unsafe for children now\"}";
    static final String SCHOOL_ABSENCE = """
            {"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"],
             "consent": {"status": "given"}}""";

    @Autowired
    TestRestTemplate http;

    /** Every request below is signed in as this demo user unless it says otherwise. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        http = org.frontdoor.FrontDoorApi.as(http, "asha");
    }

    /** The catalogue with indicator L2-CD-01 (occasional absence) raised from level 2 to level 3. */
    static byte[] catalogueWithAbsenceAtLevel3() throws Exception {
        String xml = Files.readString(Path.of("rules/indicator-catalogue.dmn"));
        int at = xml.indexOf("&quot;L2-CD-01&quot;</text>");
        int level = xml.indexOf("<text>2</text>", at);
        return (xml.substring(0, level) + "<text>3</text>" + xml.substring(level + "<text>2</text>".length())).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPolicyLeadChangesAThresholdAnotherApprovesItIsPublishedAndRolledBack() throws Exception {
        JsonNode inForce = get("/api/rule-sets/in-force");
        String original = inForce.at("/detail/version").asText();
        assertThat(inForce.at("/detail/status").asText()).isEqualTo("published");
        String before = FrontDoorApi.record(http, SCHOOL_ABSENCE);

        // the published files download byte for byte
        ResponseEntity<byte[]> file = http.getForEntity("/api/rule-sets/1/models/indicator-catalogue.dmn", byte[].class);
        assertThat(file.getBody()).isEqualTo(Files.readAllBytes(Path.of("rules/indicator-catalogue.dmn")));

        ResponseEntity<JsonNode> draft = send(HttpMethod.POST, "/api/rule-sets/drafts", "{\"changeNote\": \"Persistent lateness is intensive\"}",
                "Asha Policy", "policy-lead");
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String version = draft.getBody().at("/detail/version").asText();
        assertThat(draft.getBody().at("/detail/basedOn").asText()).isEqualTo(original);

        ResponseEntity<JsonNode> replaced = put("/api/rule-sets/" + version + "/models/indicator-catalogue.dmn", catalogueWithAbsenceAtLevel3(), "Asha Policy");
        assertThat(replaced.getStatusCode()).as(String.valueOf(replaced.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/rule-sets/" + version + "/models/indicator-catalogue.dmn", byte[].class).getBody())
                .isEqualTo(catalogueWithAbsenceAtLevel3());

        ResponseEntity<JsonNode> selfApproval = send(HttpMethod.POST, "/api/rule-sets/" + version + "/approval", "{}", "Asha Policy", "policy-lead");
        assertThat(selfApproval.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> practitioner = send(HttpMethod.POST, "/api/rule-sets/" + version + "/approval", "{}", "Pat Practitioner", "practitioner");
        assertThat(practitioner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> unchecked = send(HttpMethod.POST, "/api/rule-sets/" + version + "/approval", "{}", "Ben Policy", "policy-lead");
        assertThat(unchecked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(unchecked.getBody().at("/reasons/0").asText()).isEqualTo("Run the scenario gate on the draft as it now stands.");

        // a draft is evaluated only in worker processes: not to re-evaluate a referral in the service
        ResponseEntity<JsonNode> underDraft = http.exchange("/api/referrals/" + before + "/re-evaluation?version=" + version, HttpMethod.GET,
                null, JsonNode.class);
        assertThat(underDraft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(underDraft.getBody().at("/detail").asText()).contains("impact analysis");

        JsonNode gate = send(HttpMethod.POST, "/api/rule-sets/" + version + "/scenario-gate", "{}", "Asha Policy", "policy-lead").getBody();
        assertThat(gate.at("/complete").asBoolean()).isTrue();
        assertThat(gate.at("/run/passed").asInt()).isGreaterThan(300);
        assertThat(gate.at("/blocking").size()).isEqualTo(gate.at("/run/failed").asInt()).isGreaterThan(0);
        ResponseEntity<JsonNode> blocked = send(HttpMethod.POST, "/api/rule-sets/" + version + "/approval", "{}", "Ben Policy", "policy-lead");
        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(blocked.getBody().at("/reasons/0").asText()).contains("fails and is not marked as an intended change");
        ResponseEntity<JsonNode> notTheAuthor = send(HttpMethod.POST, "/api/rule-sets/" + version + "/intended-changes",
                "{\"scenario\": \"" + gate.at("/blocking/0").asText() + "\", \"reason\": \"agreed\"}", "Ben Policy", "policy-lead");
        assertThat(notTheAuthor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        markIntended(version, gate);
        ResponseEntity<JsonNode> approval = send(HttpMethod.POST, "/api/rule-sets/" + version + "/approval", "{\"note\": \"Agreed at the partnership\"}",
                "Ben Policy", "policy-lead");
        assertThat(approval.getStatusCode()).as(String.valueOf(approval.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(approval.getBody().at("/detail/status").asText()).isEqualTo("approved");
        // partners have notice from approval: the change notice is public now, and the transparency record lists it
        assertThat(http.getForEntity("/api/rule-sets/" + version + "/change-notice", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/transparency", String.class).getBody()).contains("Changes coming")
                .contains("/rule-sets/" + version + "/change-notice");
        JsonNode seenByApprover = get("/api/rule-sets/" + version + "/scenario-gate");
        assertThat(seenByApprover.at("/blocking").size()).isZero();
        assertThat(seenByApprover.at("/intended").findValuesAsText("reason")).hasSize(gate.at("/run/failed").asInt())
                .containsOnly("Occasional absence is now level 3");

        ResponseEntity<JsonNode> published = send(HttpMethod.POST, "/api/rule-sets/" + version + "/publication", URGENT, "Ben Policy", "policy-lead");
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(published.getBody().at("/inForce").asBoolean()).isTrue();
        assertThat(get("/api/rule-sets/" + original).at("/detail/status").asText()).isEqualTo("retired");

        JsonNode diff = get("/api/rule-sets/" + version + "/diff");
        assertThat(diff.at("/summary/rowsChanged").asInt()).isEqualTo(1);
        assertThat(diff.at("/tables/0/changed/0/ruleId").asText()).isEqualTo("L2-CD-01");
        assertThat(diff.at("/tables/0/changed/0/changes/0").asText()).isEqualTo("output 'level' was 2, now 3");
        JsonNode notice = get("/api/rule-sets/" + version + "/change-notice");
        assertThat(notice.at("/changes/0").asText()).contains("L2-CD-01", "level 3", "was level 2");
        assertThat(notice.at("/effectiveFrom").asText()).isNotBlank();
        JsonNode record = get("/api/transparency-record");
        assertThat(record.at("/ruleSet/version").asText()).isEqualTo(version);
        assertThat(record.at("/decisionMakingProcess/appealsAndReview").asText()).isNotBlank();

        JsonNode now = assess();
        assertThat(now.at("/ruleSet/version").asText()).isEqualTo(version);
        assertThat(now.at("/children/0/level/value").asInt()).isEqualTo(3);
        assertThat(org.frontdoor.FrontDoorApi.as(http, "pat").getForObject("/api/referrals/" + before, JsonNode.class).at("/recommendation/ruleSet/version").asText()).isEqualTo(original);
        JsonNode again = get("/api/referrals/" + before + "/re-evaluation");
        assertThat(again.at("/version").asText()).isEqualTo(original);
        assertThat(again.at("/recordedVersion").asBoolean()).isTrue();
        assertThat(again.at("/sameAsRecorded").asBoolean()).isTrue();
        assertThat(again.at("/detail/assessment/children/0/level/value").asInt()).isEqualTo(2);
        JsonNode underNew = get("/api/referrals/" + before + "/re-evaluation?version=" + version);
        assertThat(underNew.at("/sameAsRecorded").asBoolean()).isFalse();
        assertThat(underNew.at("/detail/assessment/children/0/level/value").asInt()).isEqualTo(3);

        ResponseEntity<JsonNode> rollBack = send(HttpMethod.POST, "/api/rule-sets/" + original + "/rollback", "{\"reason\": \"Schools raised concerns\"}",
                "Asha Policy", "policy-lead");
        assertThat(rollBack.getStatusCode()).as(String.valueOf(rollBack.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(assess().at("/ruleSet/version").asText()).isEqualTo(original);
        assertThat(assess().at("/children/0/level/value").asInt()).isEqualTo(2);
        assertThat(get("/api/rule-sets/" + version).at("/detail/status").asText()).isEqualTo("retired");
        assertThat(get("/api/rule-sets/" + original).at("/detail/events").findValuesAsText("action")).contains("seeded", "retired", "rolled-back-to");
    }

    @Test
    void aVersionPublishedFromALaterTimeTakesEffectThenWithoutARestart() throws Exception {
        String version = send(HttpMethod.POST, "/api/rule-sets/drafts", "{\"changeNote\": \"From next week\"}", "Asha Policy", "policy-lead")
                .getBody().at("/detail/version").asText();
        put("/api/rule-sets/" + version + "/models/indicator-catalogue.dmn", catalogueWithAbsenceAtLevel3(), "Asha Policy");
        checkAndApprove(version);
        String inForceBefore = get("/api/rule-sets/in-force").at("/detail/version").asText();
        Instant from = Instant.now().plusSeconds(2);
        ResponseEntity<JsonNode> scheduled = send(HttpMethod.POST, "/api/rule-sets/" + version + "/publication",
                "{\"effectiveFrom\": \"" + from + "\", \"urgentReason\": \"Schools start the new rules on Monday\"}", "Ben Policy", "policy-lead");
        assertThat(scheduled.getBody().at("/scheduled").asBoolean()).as(String.valueOf(scheduled.getBody())).isTrue();
        assertThat(assess().at("/ruleSet/version").asText()).isEqualTo(inForceBefore);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!assess().at("/ruleSet/version").asText().equals(version) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(assess().at("/ruleSet/version").asText()).isEqualTo(version);
        assertThat(Instant.now()).isAfterOrEqualTo(from);
        // put things back for the other test
        send(HttpMethod.POST, "/api/rule-sets/" + inForceBefore + "/rollback", "{\"reason\": \"test over\"}", "Asha Policy", "policy-lead");
    }

    @Test
    void everyAssessmentIsAnsweredWhollyByOneVersionWhilePublishingAndRollingBack() throws Exception {
        String original = get("/api/rule-sets/in-force").at("/detail/version").asText();
        String version = send(HttpMethod.POST, "/api/rule-sets/drafts", "{\"changeNote\": \"Flip-flop\"}", "Asha Policy", "policy-lead")
                .getBody().at("/detail/version").asText();
        put("/api/rule-sets/" + version + "/models/indicator-catalogue.dmn", catalogueWithAbsenceAtLevel3(), "Asha Policy");
        checkAndApprove(version);
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.Map<String, java.util.Set<Integer>> levelsByVersion = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.List<java.util.concurrent.Future<Integer>> callers = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
            callers.add(pool.submit(() -> {
                int n = 0;
                while (running.get()) {
                    JsonNode a = assess();
                    levelsByVersion.computeIfAbsent(a.at("/ruleSet/version").asText(), k -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                            .add(a.at("/children/0/level/value").asInt());
                    n++;
                }
                return n;
            }));
        }
        send(HttpMethod.POST, "/api/rule-sets/" + version + "/publication", URGENT, "Ben Policy", "policy-lead");
        for (int i = 0; i < 3; i++) {
            Thread.sleep(150);
            send(HttpMethod.POST, "/api/rule-sets/" + original + "/rollback", "{\"reason\": \"back\"}", "Asha Policy", "policy-lead");
            Thread.sleep(150);
            send(HttpMethod.POST, "/api/rule-sets/" + version + "/rollback", "{\"reason\": \"forward\"}", "Asha Policy", "policy-lead");
        }
        Thread.sleep(150);
        running.set(false);
        int answered = 0;
        for (var f : callers) {
            answered += f.get();
        }
        pool.shutdown();
        send(HttpMethod.POST, "/api/rule-sets/" + original + "/rollback", "{\"reason\": \"test over\"}", "Asha Policy", "policy-lead");
        assertThat(answered).isGreaterThan(20);
        assertThat(levelsByVersion).containsOnlyKeys(original, version);
        assertThat(levelsByVersion.get(original)).containsExactly(2);
        assertThat(levelsByVersion.get(version)).containsExactly(3);
    }

    @Test
    void aZipOfTheSetReplacesEveryFileOfTheDraftAndAnUnsafeZipChangesNothing() throws Exception {
        String version = send(HttpMethod.POST, "/api/rule-sets/drafts", "{\"changeNote\": \"Whole set\"}", "Asha Policy", "policy-lead")
                .getBody().at("/detail/version").asText();
        byte[] decision = Files.readAllBytes(Path.of("rules/front-door-decision.dmn"));
        ResponseEntity<JsonNode> uploaded = uploadZip(version, zip(java.util.Map.of("tables/indicator-catalogue.dmn", catalogueWithAbsenceAtLevel3(),
                "tables/front-door-decision.dmn", decision, "README.txt", "notes".getBytes())));
        assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody().at("/detail/models").findValuesAsText("fileName")).containsExactly("front-door-decision.dmn", "indicator-catalogue.dmn");
        assertThat(http.getForEntity("/api/rule-sets/" + version + "/models/indicator-catalogue.dmn", byte[].class).getBody())
                .isEqualTo(catalogueWithAbsenceAtLevel3());
        String hash = uploaded.getBody().at("/detail/hash").asText();

        ResponseEntity<JsonNode> traversal = uploadZip(version, zip(java.util.Map.of("../../etc/indicator-catalogue.dmn", decision)));
        assertThat(traversal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(traversal.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(get("/api/rule-sets/" + version).at("/detail/hash").asText()).isEqualTo(hash);
    }

    private static byte[] zip(java.util.Map<String, byte[]> entries) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private ResponseEntity<JsonNode> uploadZip(String version, byte[] zip) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(zip) {
            @Override
            public String getFilename() {
                return "rule-set.zip";
            }
        });
        return http.exchange("/api/rule-sets/" + version + "/models", HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
    }

    @Test
    void badRequestsNameTheFieldAndChangeNothing() throws Exception {
        int versions = http.getForObject("/api/rule-sets", JsonNode.class).size();
        ResponseEntity<JsonNode> noNote = send(HttpMethod.POST, "/api/rule-sets/drafts", "{\"changeNote\": \" \"}", "Asha Policy", "policy-lead");
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNote.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(noNote.getBody().at("/errors/0/field").asText()).isEqualTo("changeNote");
        ResponseEntity<JsonNode> unknown = send(HttpMethod.POST, "/api/rule-sets/99/approval", "{}", "Ben Policy", "policy-lead");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> published = put("/api/rule-sets/1/models/indicator-catalogue.dmn", catalogueWithAbsenceAtLevel3(), "Asha Policy");
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> notDmn = put("/api/rule-sets/1/models/indicator-catalogue.dmn", "<x/>".getBytes(), "Asha Policy");
        assertThat(notDmn.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notDmn.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(notDmn.getBody().at("/errors/0/message").asText()).startsWith("indicator-catalogue.dmn: ");
        assertThat(http.getForObject("/api/rule-sets", JsonNode.class).size()).isEqualTo(versions);
    }

    private void checkAndApprove(String version) {
        JsonNode gate = send(HttpMethod.POST, "/api/rule-sets/" + version + "/scenario-gate", "{}", "Asha Policy", "policy-lead").getBody();
        markIntended(version, gate);
        ResponseEntity<JsonNode> approval = send(HttpMethod.POST, "/api/rule-sets/" + version + "/approval", "{}", "Ben Policy", "policy-lead");
        assertThat(approval.getStatusCode()).as(String.valueOf(approval.getBody())).isEqualTo(HttpStatus.OK);
    }

    private void markIntended(String version, JsonNode gate) {
        for (JsonNode location : gate.at("/blocking")) {
            ResponseEntity<JsonNode> marked = send(HttpMethod.POST, "/api/rule-sets/" + version + "/intended-changes",
                    "{\"scenario\": \"" + location.asText() + "\", \"reason\": \"Occasional absence is now level 3\"}", "Asha Policy", "policy-lead");
            assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    private JsonNode assess() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/assessments", new HttpEntity<>(SCHOOL_ABSENCE, headers), JsonNode.class).getBody();
    }

    private JsonNode get(String path) {
        return http.getForObject(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> send(HttpMethod method, String path, String body, String user, String role) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return org.frontdoor.FrontDoorApi.as(http, user).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String path, byte[] xml, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        TestRestTemplate http = org.frontdoor.FrontDoorApi.as(this.http, user);
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(xml, headers), JsonNode.class);
    }
}
