package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The practitioner's decision on a recorded referral, the manager's authorisation and ratification. */
public class DecisionSteps {
    private static final String PRACTITIONER = "pat.practitioner";
    private static final String OTHER_PRACTITIONER = "sam.practitioner";
    private static final String MANAGER = "morgan.manager";
    private static final String OTHER_MANAGER = "alex.manager";
    private static final String REASON = "Recorded in the practitioner's analysis";
    private static final Map<String, String> REASONS = Map.of("new information", "new-information",
            "professional judgement", "professional-judgement", "family context", "family-context",
            "a lack of resources", "resource-constraint", "another reason", "other");

    private final FrontDoorContact contact;
    private final ScenarioHttp http;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Integer> simultaneous = new ArrayList<>();

    public DecisionSteps(FrontDoorContact contact, ScenarioHttp http) {
        this.contact = contact;
        this.http = http;
    }

    @ParameterType("new information|professional judgement|family context|a lack of resources|another reason")
    public String overrideReason(String words) {
        return REASONS.get(words);
    }

    @When("the practitioner accepts the recommendation")
    public void accept() {
        ArrayNode children = json.createArrayNode();
        eachChildRef().forEach(ref -> children.addObject().put("ref", ref).put("accept", true));
        decide(children, PRACTITIONER);
    }

    @When("the practitioner chooses level {int} with {word} and {word} because of {overrideReason}")
    public void chooseTwo(int level, String primary, String other, String category) {
        choose(level, List.of(primary, other), category, REASON);
    }

    @When("the practitioner chooses level {int} with {word} because of {overrideReason}")
    public void chooseOne(int level, String primary, String category) {
        choose(level, List.of(primary), category, REASON);
    }

    @When("the practitioner chooses level {int} with {word} without giving a reason")
    public void chooseWithoutReason(int level, String primary) {
        choose(level, List.of(primary), null, null);
    }

    /** Early help for a child under the front door's threshold: level 2, single-agency early help (P2). */
    @When("the practitioner overrides the strategy discussion with early help because of {overrideReason}")
    public void overrideWithEarlyHelp(String category) {
        choose(2, List.of("P2"), category, "The hospital confirmed a birth mark, not a bruise");
    }

    @When("a manager ratifies the decision")
    public void ratify() {
        send("ratifications", null, MANAGER);
    }

    @When("another manager ratifies the decision too")
    public void ratifyAgain() {
        send("ratifications", null, OTHER_MANAGER);
    }

    @When("the practitioner tries to ratify the decision")
    public void practitionerRatifies() {
        send("ratifications", null, PRACTITIONER);
    }

    private static final String NOTE = "{\"note\": \"Seen the hospital's assessment: the mark is a birthmark\"}";

    @When("a manager authorises the override")
    public void authorise() {
        send("authorisations", NOTE, MANAGER);
    }

    @When("the practitioner who decided tries to authorise the override as a manager")
    public void authoriseOwnOverride() {
        send("authorisations", NOTE, PRACTITIONER);
    }

    @When("another practitioner tries to authorise the override")
    public void practitionerAuthorises() {
        send("authorisations", NOTE, OTHER_PRACTITIONER);
    }

    /** Both requests wait at a latch and go together; the scenario-scoped contact is only touched on this thread. */
    @When("two practitioners decide the referral at the same moment")
    public void decideAtOnce() throws Exception {
        ArrayNode children = json.createArrayNode();
        eachChildRef().forEach(ref -> children.addObject().put("ref", ref).put("accept", true));
        String body = json.createObjectNode().set("children", children).toString();
        String referral = referral();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
        for (String who : List.of(PRACTITIONER, OTHER_PRACTITIONER)) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return exchange(referral, HttpMethod.POST, "decisions", body, who);
            }));
        }
        start.countDown();
        for (CompletableFuture<ResponseEntity<JsonNode>> call : calls) {
            ResponseEntity<JsonNode> r = call.get();
            simultaneous.add(r.getStatusCode().value());
            if (r.getStatusCode().value() == 409) {
                contact.answer().body = r.getBody();
            }
        }
    }

    @Then("the decision waits for a manager's ratification")
    public void awaitingRatification() {
        assertThat(current().path("status").asText()).isEqualTo("awaiting-ratification");
    }

    @Then("the decision waits for a manager's authorisation")
    public void awaitingAuthorisation() {
        assertThat(current().path("status").asText()).isEqualTo("awaiting-authorisation");
    }

    @Then("the referral is still awaiting a decision")
    public void awaitingDecision() {
        assertThat(current().path("status").asText()).isEqualTo("awaiting-decision");
    }

    @Then("the decision is ratified by that manager")
    public void ratified() {
        JsonNode state = current();
        assertThat(state.path("status").asText()).isEqualTo("ratified");
        assertThat(state.path("ratifiedBy").asText()).isEqualTo(MANAGER);
        assertThat(state.path("ratifiedAt").asText()).isNotBlank();
    }

    @Then("the decision was made within one working day of the referral")
    public void decidedInTime() {
        assertThat(current().path("decidedWithinOneWorkingDay").asBoolean()).isTrue();
    }

    @Then("the decision was not made within one working day of the referral")
    public void decidedLate() {
        assertThat(current().path("decidedWithinOneWorkingDay").asBoolean()).isFalse();
    }

    @Then("the ratification was made within one working day of the referral")
    public void ratifiedInTime() {
        assertThat(current().path("ratifiedWithinOneWorkingDay").asBoolean()).isTrue();
    }

    @Then("the ratification was not made within one working day of the referral")
    public void ratifiedLate() {
        assertThat(current().path("ratifiedWithinOneWorkingDay").asBoolean()).isFalse();
    }

    @Then("the override is logged as {string} with the practitioner's reason")
    public void overrideLogged(String category) {
        JsonNode override = current().path("overrides").get(0);
        assertThat(override).as("an override").isNotNull();
        assertThat(override.path("reasonCategory").asText()).isEqualTo(category);
        assertThat(override.path("reason").asText()).isEqualTo(REASON);
    }

    @Then("the override sets aside the recommended primary pathway's rule {string}")
    public void setsAsidePrimaryRule(String ruleId) {
        List<String> rules = new ArrayList<>();
        current().path("overrides").get(0).path("rulesDisagreedWith").forEach(r -> rules.add(r.asText()));
        assertThat(rules).contains(ruleId);
    }

    @Then("the override sets aside the mandatory escalation {string}")
    public void setsAsideMandatory(String ruleId) {
        List<String> rules = new ArrayList<>();
        current().path("overrides").get(0).path("mandatoryRulesOverridden").forEach(r -> rules.add(r.asText()));
        assertThat(rules).contains(ruleId);
    }

    @Then("no mandatory escalation was set aside")
    public void noMandatory() {
        assertThat(current().path("overrides").get(0).path("mandatoryRulesOverridden")).isEmpty();
        assertThat(current().path("authorisationRequired").asBoolean()).isFalse();
    }

    @Then("the front door refuses the decision")
    public void refused() {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(400);
        assertThat(contact.answer().contentType).startsWith("application/problem+json");
    }

    @Then("the front door does not allow it")
    public void forbidden() {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(403);
        assertThat(contact.answer().contentType).startsWith("application/problem+json");
    }

    @Then("the front door says the decision is {string}")
    public void conflict(String status) {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(409);
        assertThat(contact.answer().contentType).startsWith("application/problem+json");
        assertThat(contact.answer().body.path("currentStatus").asText()).isEqualTo(status);
    }

    @Then("one decision is recorded and the other practitioner is told it is {string}")
    public void oneWins(String status) {
        assertThat(simultaneous).containsExactlyInAnyOrder(201, 409);
        assertThat(contact.answer().body.path("currentStatus").asText()).isEqualTo(status);
        assertThat(current().path("status").asText()).isEqualTo(status);
    }

    private void choose(int level, List<String> pathways, String category, String reason) {
        ArrayNode children = json.createArrayNode();
        for (String ref : eachChildRef()) {
            ObjectNode child = children.addObject().put("ref", ref).put("accept", false).put("level", level);
            pathways.forEach(child.putArray("pathways")::add);
            if (category != null) {
                child.put("reasonCategory", category);
            }
            if (reason != null) {
                child.put("reason", reason);
            }
        }
        decide(children, PRACTITIONER);
    }

    private List<String> eachChildRef() {
        List<String> refs = new ArrayList<>();
        contact.body().path("children").forEach(c -> refs.add(c.path("ref").asText()));
        return refs;
    }

    private void decide(ArrayNode children, String who) {
        send("decisions", json.createObjectNode().set("children", children).toString(), who);
    }

    private void send(String what, String body, String who) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, what, body, who);
        contact.answer().status = response.getStatusCode();
        contact.answer().body = response.getBody();
        contact.answer().contentType = response.getHeaders().getContentType() == null ? "" : response.getHeaders().getContentType().toString();
    }

    /** The decision as it stands now, read as a manager would see it. */
    private JsonNode current() {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.GET, "decision", null, MANAGER);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    private String referral() {
        String referral = contact.answer().location;
        assertThat(referral).as("the recorded referral's address").startsWith("/api/referrals/");
        return referral;
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String what, String body, String who) {
        return exchange(referral(), method, what, body, who);
    }

    private ResponseEntity<JsonNode> exchange(String referral, HttpMethod method, String what, String body, String who) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.as(who).exchange(referral + "/" + what, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
