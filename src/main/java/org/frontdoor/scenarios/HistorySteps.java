package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The front door's own records of a child, built up by recording earlier contacts. */
public class HistorySteps {
    private final FrontDoorContact contact;
    private final ScenarioHttp http;

    public HistorySteps(FrontDoorContact contact, ScenarioHttp http) {
        this.contact = contact;
        this.http = http;
    }

    @Given("the child's NHS number is {string}")
    public void nhsNumber(String number) {
        contact.eachChild().forEach(c -> c.put("nhsNumber", number));
    }

    @Given("the front door recorded {int} contacts about this child in the last {int} months")
    public void earlierContacts(int count, int months) {
        Instant now = Instant.now();
        for (int i = 1; i <= count; i++) {
            ObjectNode earlier = contact.body().deepCopy();
            earlier.put("receivedAt", now.minus((long) i * months * 30 / (count + 1), ChronoUnit.DAYS).toString());
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            var response = http.postForEntity("/api/referrals", new HttpEntity<>(earlier.toString(), headers), String.class);
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        }
    }

    @Given("the front door recorded a contact about this child {int} months ago with the concern {word}")
    public void earlierContactWith(int months, String code) {
        ObjectNode earlier = contact.body().deepCopy();
        earlier.put("receivedAt", Instant.now().minus((long) months * 30, ChronoUnit.DAYS).toString());
        earlier.putArray("concerns").add(code);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.postForEntity("/api/referrals", new HttpEntity<>(earlier.toString(), headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Then("the contact is a re-referral")
    public void reReferral() {
        eachChildHistory(h -> assertThat(h.path("reReferral").asBoolean()).as(h.toString()).isTrue());
    }

    @Then("the contact is not a re-referral")
    public void notReReferral() {
        eachChildHistory(h -> assertThat(h.path("reReferral").asBoolean()).as(h.toString()).isFalse());
    }

    private void eachChildHistory(java.util.function.Consumer<JsonNode> check) {
        JsonNode body = contact.answer().body;
        JsonNode assessment = body.has("recommendation") ? body.get("recommendation") : body;
        assessment.path("children").forEach(c -> check.accept(c.path("history")));
    }

    @Then("the audit trail shows {string} with the rule-set version")
    public void auditTrail(String actions) {
        JsonNode trail = http.getForObject(contact.answer().location + "/audit", JsonNode.class);
        java.util.List<String> expected = java.util.Arrays.stream(actions.split(",\\s*")).toList();
        assertThat(trail.findValuesAsText("action")).as(trail.toString()).containsSubsequence(expected);
        assertThat(trail.findValuesAsText("ruleSetVersion")).doesNotContain("");
    }

    @Then("the history used came from {string} with {int} contacts in the last 12 months")
    public void historyUsed(String source, int contacts) {
        JsonNode body = contact.answer().body;
        JsonNode assessment = body.has("recommendation") ? body.get("recommendation") : body;
        assessment.path("children").forEach(c -> {
            assertThat(c.path("history").path("source").asText()).isEqualTo(source);
            assertThat(c.path("history").path("contactsLast12Months").asInt()).isEqualTo(contacts);
        });
    }
}
