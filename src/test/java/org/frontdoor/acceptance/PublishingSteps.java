package org.frontdoor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.frontdoor.scenarios.ScenarioHttp;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The policy lead's cycle in their words: draft, upload, check, approve, publish, roll back. Each scenario puts back
 * the version that was in force when it started, so the scenarios after it see the tables they were written for.
 */
public class PublishingSteps {
    static final String CATALOGUE = "indicator-catalogue.dmn";
    static final String ABSENCE = """
            {"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"],
             "consent": {"status": "given"}}""";
    static final String BRUISED_BABY = """
            {"referrer": {"type": "police"}, "children": [{"ref": "baby", "ageYears": 0, "nonMobile": true}], "concerns": ["L4-CD-01"],
             "consent": {"status": "not-sought-risk", "reason": "Telling the carer could put the child at risk"}}""";

    private final ScenarioHttp http;
    private String original;
    private String draft;
    private byte[] uploaded;
    private List<String> draftFilesBefore;
    private ResponseEntity<JsonNode> last;
    private JsonNode gate;
    private JsonNode impact;
    private final Map<String, String> referrals = new HashMap<>();
    private Instant effectiveFrom;
    private Instant scenarioStarted;

    public PublishingSteps(ScenarioHttp http) {
        this.http = http;
    }

    @After("@publishing")
    public void putBackTheVersionInForce() {
        if (original != null && !original.equals(inForce().at("/detail/version").asText())) {
            act("Asha", HttpMethod.POST, "/api/rule-sets/" + original + "/rollback", "{\"reason\": \"end of scenario\"}");
        }
    }

    @Given("the front door is running the tables it was first started with")
    public void runningTheFirstTables() {
        original = inForce().at("/detail/version").asText();
        scenarioStarted = Instant.now();
        assertThat(inForce().at("/detail/hash").asText()).isEqualTo(get("/api/rule-sets/" + original).at("/detail/hash").asText());
    }

    @Then("the version in force is published")
    public void inForceIsPublished() {
        assertThat(inForce().at("/detail/status").asText()).isEqualTo("published");
        assertThat(inForce().at("/inForce").asBoolean()).isTrue();
    }

    @Then("each of its tables downloads exactly as it was written")
    public void downloadsExactly() throws IOException {
        JsonNode models = inForce().at("/detail/models");
        assertThat(models.size()).isEqualTo(2);
        for (JsonNode m : models) {
            byte[] body = http.getForEntity("/api/rule-sets/" + original + "/models/" + m.get("fileName").asText(), byte[].class).getBody();
            assertThat(body).isEqualTo(Files.readAllBytes(Path.of("rules", m.get("fileName").asText())));
        }
    }

    @Given("policy lead {word} drafts a change {string}")
    public void draftsAChange(String who, String note) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/drafts", "{\"changeNote\": \"" + note + "\"}");
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.CREATED);
        draft = last.getBody().at("/detail/version").asText();
        draftFilesBefore = last.getBody().at("/detail/models").findValuesAsText("hash");
    }

    @When("{word} uploads the indicator catalogue with indicator {word} raised to level {int}")
    public void uploadsRaisedIndicator(String who, String code, int level) throws IOException {
        String xml = Files.readString(Path.of("rules", CATALOGUE));
        int at = xml.indexOf("&quot;" + code + "&quot;</text>");
        assertThat(at).as("indicator " + code + " in the catalogue").isPositive();
        int open = xml.indexOf("<text>", xml.indexOf("<outputEntry", at)) + "<text>".length();
        int close = xml.indexOf("</text>", open);
        uploaded = (xml.substring(0, open) + level + xml.substring(close)).getBytes(StandardCharsets.UTF_8);
        last = upload(who, CATALOGUE, uploaded);
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
    }

    @Then("the draft holds the uploaded table exactly")
    public void holdsUploaded() {
        assertThat(http.getForEntity("/api/rule-sets/" + draft + "/models/" + CATALOGUE, byte[].class).getBody()).isEqualTo(uploaded);
    }

    @Then("the validation report for the draft has no errors")
    public void validationHasNoErrors() {
        JsonNode report = get("/api/rule-sets/" + draft + "/validation");
        assertThat(report.at("/errors").size()).as(report.toString()).isZero();
        assertThat(report.at("/publishable").asBoolean()).isTrue();
    }

    @When("{word} runs the scenarios in {string} against the draft")
    public void runsSomeScenarios(String who, String feature) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/scenario-gate", "{\"features\": [\"" + feature + "\"]}");
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
        gate = last.getBody();
    }

    @When("{word} runs every scenario against the draft")
    public void runsEveryScenario(String who) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/scenario-gate", "{}");
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
        gate = last.getBody();
        assertThat(gate.at("/complete").asBoolean()).isTrue();
    }

    @Then("a scenario starting {string} fails")
    public void aScenarioFails(String start) {
        JsonNode failed = scenarioStarting(start);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
    }

    @Then("its failure shows the level expected and the level the draft gave")
    public void failureShowsLevels() {
        JsonNode failed = null;
        for (JsonNode s : gate.at("/run/scenarios")) {
            if ("failed".equals(s.get("status").asText())) {
                failed = s;
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.get("failedStep").asText()).contains("the recommended level is 2");
        assertThat(failed.get("expected").asText()).isEqualTo("2");
        assertThat(failed.get("actual").asText()).isEqualTo("3");
    }

    @Then("the draft cannot be approved yet")
    public void cannotBeApproved() {
        last = act("Ben", HttpMethod.POST, "/api/rule-sets/" + draft + "/approval", "{}");
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(last.getBody().at("/reasons").size()).isPositive();
    }

    @When("{word} tries to approve the draft")
    public void triesToApprove(String who) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/approval", "{}");
    }

    @Then("she is told another policy lead must approve it")
    public void toldAnotherMustApprove() {
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(last.getBody().at("/detail").asText()).contains("another policy lead must");
    }

    @When("{word} marks every failing scenario as intended because {string}")
    public void marksIntended(String who, String reason) {
        assertThat(gate.at("/blocking").size()).isPositive();
        for (JsonNode location : gate.at("/blocking")) {
            ResponseEntity<JsonNode> marked = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/intended-changes",
                    "{\"scenario\": \"" + location.asText() + "\", \"reason\": \"" + reason + "\"}");
            assertThat(marked.getStatusCode()).as(String.valueOf(marked.getBody())).isEqualTo(HttpStatus.OK);
        }
    }

    @When("policy lead {word} approves the draft")
    public void approves(String who) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/approval", "{\"note\": \"Checked the gate and the impact\"}");
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
    }

    @Then("the draft is approved by {word}")
    public void approvedBy(String who) {
        JsonNode v = get("/api/rule-sets/" + draft);
        assertThat(v.at("/detail/status").asText()).isEqualTo("approved");
        assertThat(v.at("/detail/approvedBy").asText()).isEqualTo(account(who));
    }

    @Then("{word} can see the reason {string} beside each intended change")
    public void seesReasons(String who, String reason) {
        JsonNode report = get("/api/rule-sets/" + draft + "/scenario-gate");
        assertThat(report.at("/blocking").size()).isZero();
        assertThat(report.at("/intended").findValuesAsText("reason")).hasSize(report.at("/run/failed").asInt()).containsOnly(reason);
    }

    @Given("the front door recorded a referral from a school about occasional absence")
    public void recordedAbsence() {
        referrals.put("occasional absence", record(ABSENCE));
    }

    @Given("the front door recorded a referral from the police about a bruised baby")
    public void recordedBruisedBaby() {
        referrals.put("the bruised baby", record(BRUISED_BABY));
    }

    @When("{word} asks how the draft would have changed this year's referrals")
    public void asksImpact(String who) {
        Instant now = Instant.now();
        // "this year" begins when the scenario did, so referrals recorded by earlier scenarios do not count
        last = http.as(account(who)).getForEntity("/api/rule-sets/" + draft + "/impact?from=" + scenarioStarted.minusMillis(1) + "&to=" + now.plusSeconds(60),
                JsonNode.class);
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
        impact = last.getBody();
    }

    @Then("{int} child(ren) move(s) from level {int} to level {int}")
    public void childrenMove(int count, int from, int to) {
        assertThat(levelMoves(from, to)).as(impact.toString()).isEqualTo(count);
    }

    @Then("the referral about {} is listed as changed")
    public void listedAsChanged(String about) {
        assertThat(texts(impact.at("/changedReferralIds"))).contains(referrals.get(about));
    }

    @Then("the referral about {} is not")
    public void notListed(String about) {
        assertThat(texts(impact.at("/changedReferralIds"))).doesNotContain(referrals.get(about));
    }

    @Given("the draft raising occasional absence to level 3 has been checked and approved")
    public void checkedAndApproved() throws IOException {
        draftsAChange("Asha", "Occasional absence needs a targeted early help response");
        uploadsRaisedIndicator("Asha", "L2-CD-01", 3);
        runsEveryScenario("Asha");
        marksIntended("Asha", "Agreed at the safeguarding partnership");
        approves("Ben");
    }

    @When("{word} publishes the draft at once because {string}")
    public void publishes(String who, String urgentReason) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/publication", "{\"urgentReason\": \"" + urgentReason + "\"}");
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
    }

    @When("{word} publishes the draft to take effect in {int} seconds because {string}")
    public void publishesLater(String who, int seconds, String urgentReason) {
        effectiveFrom = Instant.now().plusSeconds(seconds);
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/publication",
                "{\"effectiveFrom\": \"" + effectiveFrom + "\", \"urgentReason\": \"" + urgentReason + "\"}");
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(last.getBody().at("/scheduled").asBoolean()).isTrue();
    }

    @When("{word} tries to publish the draft at once without saying why it cannot wait")
    public void publishesWithoutReason(String who) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/publication", "{}");
    }

    @When("{word} tries to publish the draft to take effect yesterday")
    public void publishesInThePast(String who) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/publication",
                "{\"effectiveFrom\": \"" + Instant.now().minus(java.time.Duration.ofDays(1)) + "\", \"urgentReason\": \"Late\"}");
    }

    /** Three weeks hold at least 15 weekdays, of which at most 3 are bank holidays: more than 10 working days' notice. */
    @When("{word} publishes the draft to take effect in {int} weeks")
    public void publishesAfterNotice(String who, int weeks) {
        effectiveFrom = Instant.now().plus(java.time.Duration.ofDays(7L * weeks));
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + draft + "/publication", "{\"effectiveFrom\": \"" + effectiveFrom + "\"}");
    }

    @Then("publishing is refused because partners are given {int} working days' notice")
    public void refusedForNotice(int workingDays) {
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(last.getBody().toString()).contains("urgentReason").contains("partners are given " + workingDays + " working days' notice");
    }

    @Then("publishing is refused because the date is in the past")
    public void refusedForPast() {
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(last.getBody().toString()).contains("effectiveFrom").contains("must be in the future");
    }

    @Then("the draft is scheduled and the version the front door started with stays in force")
    public void scheduledAndOriginalInForce() {
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(last.getBody().at("/scheduled").asBoolean()).isTrue();
        assertThat(inForce().at("/detail/version").asText()).isEqualTo(original);
    }

    @Then("the version the front door started with stays in force")
    public void originalStaysInForce() {
        assertThat(inForce().at("/detail/version").asText()).isEqualTo(original);
        assertThat(get("/api/rule-sets/" + draft).at("/detail/status").asText()).isEqualTo("approved");
    }

    @Then("new contacts about occasional absence are assessed at level {int} by the new version")
    public void assessedByNewVersion(int level) {
        JsonNode a = assessAbsence();
        assertThat(a.at("/ruleSet/version").asText()).isEqualTo(draft);
        assertThat(a.at("/children/0/level/value").asInt()).isEqualTo(level);
    }

    @Then("new contacts about occasional absence are still assessed at level {int} until then")
    public void stillAssessedUntilThen(int level) {
        JsonNode a = assessAbsence();
        assertThat(Instant.now()).isBefore(effectiveFrom);
        assertThat(a.at("/ruleSet/version").asText()).isEqualTo(original);
        assertThat(a.at("/children/0/level/value").asInt()).isEqualTo(level);
    }

    @Then("from then on they are assessed at level {int} by the new version")
    public void fromThenOn(int level) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!assessAbsence().at("/ruleSet/version").asText().equals(draft) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Instant.now()).isAfterOrEqualTo(effectiveFrom);
        assessedByNewVersion(level);
    }

    @Then("the earlier referral still names the version it was assessed with and is still level {int}")
    public void earlierKeepsItsVersion(int level) {
        JsonNode referral = get("/api/referrals/" + referrals.get("occasional absence"));
        assertThat(referral.at("/recommendation/ruleSet/version").asText()).isEqualTo(original);
        assertThat(referral.at("/recommendation/children/0/level/value").asInt()).isEqualTo(level);
    }

    @When("{word} rolls back to the version the front door started with because {string}")
    public void rollsBack(String who, String reason) {
        last = act(who, HttpMethod.POST, "/api/rule-sets/" + original + "/rollback", "{\"reason\": \"" + reason + "\"}");
        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
    }

    @Then("new contacts about occasional absence are assessed at level {int} by the version the front door started with")
    public void assessedByOriginal(int level) {
        JsonNode a = assessAbsence();
        assertThat(a.at("/ruleSet/version").asText()).isEqualTo(original);
        assertThat(a.at("/children/0/level/value").asInt()).isEqualTo(level);
    }

    @Then("the rolled-back version is retired")
    public void rolledBackRetired() {
        assertThat(get("/api/rule-sets/" + draft).at("/detail/status").asText()).isEqualTo("retired");
    }

    @When("{word} compares the draft with the version in force")
    public void compares(String who) {
        impact = get("/api/rule-sets/" + draft + "/diff?against=" + original);
    }

    @Then("the comparison lists one changed row, {word}, whose level was {int} and is now {int}")
    public void oneChangedRow(String ruleId, int was, int now) {
        assertThat(impact.at("/summary/rowsChanged").asInt()).isEqualTo(1);
        JsonNode row = impact.at("/tables/0/changed/0");
        assertThat(row.get("ruleId").asText()).isEqualTo(ruleId);
        assertThat(texts(row.get("changes"))).containsExactly("output 'level' was " + was + ", now " + now);
    }

    @Then("no rows are added or removed")
    public void noneAddedOrRemoved() {
        assertThat(impact.at("/summary/rowsAdded").asInt()).isZero();
        assertThat(impact.at("/summary/rowsRemoved").asInt()).isZero();
    }

    @Then("the change notice tells partners that indicator {word} is now level {int} and from when")
    public void changeNotice(String code, int level) {
        JsonNode notice = get("/api/rule-sets/" + draft + "/change-notice");
        assertThat(String.join(" ", texts(notice.get("changes")))).contains("Indicator " + code, "is now level " + level);
        assertThat(notice.get("effectiveFrom").asText()).isNotBlank();
        assertThat(notice.get("effectiveFromText").asText()).isNotBlank();
    }

    @Then("the transparency record names the version in force and how to challenge a decision")
    public void transparencyRecord() {
        JsonNode record = get("/api/transparency-record");
        assertThat(record.at("/ruleSet/version").asText()).isEqualTo(inForce().at("/detail/version").asText());
        assertThat(record.at("/decisionMakingProcess/appealsAndReview").asText()).isNotBlank();
    }

    @When("{word} uploads a decision model that {}")
    public void uploadsUnsafe(String who, String danger) {
        String xml = switch (danger) {
            case "reads a file from the server (XXE)" -> """
                    <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                    <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="d" name="&x;" namespace="n"/>""";
            case "expands entities without limit (billion laughs)" -> """
                    <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                    <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                    <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="d" name="&e;" namespace="n"/>""";
            case "calls a Java method" -> """
                    <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="d" name="d" namespace="n">
                      <decision id="x" name="x"><functionDefinition kind="Java">
                        <contextEntry><variable name="class"/><literalExpression><text>"java.lang.System"</text></literalExpression></contextEntry>
                        <contextEntry><variable name="method signature"/><literalExpression><text>"exit(int)"</text></literalExpression></contextEntry>
                      </functionDefinition></decision>
                    </definitions>""";
            case "is not DMN at all" -> "<html><body>not a decision model</body></html>";
            default -> throw new IllegalArgumentException(danger);
        };
        last = upload(who, CATALOGUE, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Then("the upload is refused naming the file")
    public void uploadRefused() {
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(last.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(last.getBody().toString()).contains(CATALOGUE);
    }

    @Then("the draft still holds the tables it was created with")
    public void draftUnchanged() {
        assertThat(get("/api/rule-sets/" + draft).at("/detail/models").findValuesAsText("hash")).isEqualTo(draftFilesBefore);
    }

    private JsonNode scenarioStarting(String start) {
        for (JsonNode s : gate.at("/run/scenarios")) {
            if (s.get("scenario").asText().startsWith(start)) {
                return s;
            }
        }
        throw new AssertionError("No scenario starting \"" + start + "\" in " + gate.at("/run/scenarios").size() + " scenarios run");
    }

    private int levelMoves(int from, int to) {
        return impact.at("/levels/children/" + (from - 1) + "/" + (to - 1)).asInt();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private JsonNode assessAbsence() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/assessments", new HttpEntity<>(ABSENCE, headers), JsonNode.class).getBody();
    }

    private String record(String contact) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> r = http.postForEntity("/api/referrals", new HttpEntity<>(contact, headers), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return r.getBody().get("id").asText();
    }

    private JsonNode inForce() {
        return get("/api/rule-sets/in-force");
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> r = http.getForEntity(path, JsonNode.class);
        assertThat(r.getStatusCode()).as(path + " " + r.getBody()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    private ResponseEntity<JsonNode> act(String who, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.as(account(who)).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> upload(String who, String fileName, byte[] xml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return http.as(account(who)).exchange("/api/rule-sets/" + draft + "/models/" + fileName, HttpMethod.PUT, new HttpEntity<>(xml, headers), JsonNode.class);
    }

    /** The demo policy leads the scenarios name: Asha is asha.policy, Ben is ben.policy. */
    private static String account(String who) {
        return who.toLowerCase(java.util.Locale.ROOT) + ".policy";
    }
}
