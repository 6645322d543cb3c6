package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.springframework.http.ResponseEntity;

/** The contact as the front door records it (who referred, what they said, the children's names and dates of birth), and finding it again. */
public class RecordSteps {
    private static final String PRACTITIONER = "pat.practitioner";

    private final FrontDoorContact contact;
    private final ScenarioHttp http;

    public RecordSteps(FrontDoorContact contact, ScenarioHttp http) {
        this.contact = contact;
        this.http = http;
    }

    @Given("the referrer is {string}, {string} at {string}, on {string}")
    public void referrer(String name, String role, String organisation, String phone) {
        ObjectNode referrer = contact.object("referrer");
        referrer.put("name", name).put("role", role).put("organisation", organisation).put("phone", phone);
    }

    @Given("the referrer said {string}")
    public void account(String words) {
        contact.body().put("account", words);
    }

    @Given("the contact came by {word}")
    public void channel(String channel) {
        contact.body().put("channel", channel);
    }

    @Given("child {int} is {string} {string}, born on {string}")
    public void named(int n, String given, String family, String born) {
        ObjectNode child = child(n);
        child.remove("ageYears");
        child.put("givenName", given).put("familyName", family).put("dateOfBirth", born);
    }

    @Given("child {int} lives at {string} with {string}")
    public void lives(int n, String address, String household) {
        child(n).put("address", address).put("household", household);
    }

    @Given("child {int} said {string}")
    public void views(int n, String views) {
        child(n).put("views", views);
    }

    @Given("only child {int} has the concern {word}")
    public void ownConcern(int n, String code) {
        ObjectNode child = child(n);
        (child.has("concerns") ? (ArrayNode) child.get("concerns") : child.putArray("concerns")).add(code);
    }

    @Given("the referrer saw {word} themselves")
    public void seen(String code) {
        ArrayNode sources = contact.body().has("concernSources") ? (ArrayNode) contact.body().get("concernSources")
                : contact.body().putArray("concernSources");
        sources.addObject().put("concern", code).put("source", "seen-by-referrer");
    }

    @Given("the practitioner records it as advice only")
    public void adviceOnly() {
        contact.body().put("adviceOnly", true);
    }

    @Then("the referral has a reference like FD-2026-000123")
    public void reference() {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(201);
        assertThat(contact.answer().body.path("reference").asText()).matches("FD-\\d{4}-\\d{6}");
    }

    @Then("only child {int}'s recommendation cites {word}")
    public void onlyCites(int n, String ruleId) {
        JsonNode children = contact.answer().body.path("recommendation").path("children");
        assertThat(children.size()).isGreaterThan(1);
        for (int i = 0; i < children.size(); i++) {
            List<String> cited = children.path(i).path("rationale").findValuesAsText("ruleId");
            if (i == n - 1) {
                assertThat(cited).as("child " + (i + 1)).contains(ruleId);
            } else {
                assertThat(cited).as("child " + (i + 1)).doesNotContain(ruleId);
            }
        }
    }

    @Then("the record keeps what the referrer said and child {int}'s name, date of birth, address and views")
    public void kept(int n) {
        JsonNode told = contact.answer().body.path("contact");
        JsonNode sent = contact.body();
        assertThat(told.path("account").asText()).isEqualTo(sent.path("account").asText());
        assertThat(told.path("referrer").path("name").asText()).isEqualTo(sent.path("referrer").path("name").asText());
        for (String field : List.of("givenName", "familyName", "dateOfBirth", "address", "household", "views")) {
            assertThat(told.path("children").path(n - 1).path(field).asText()).as(field).isEqualTo(child(n).path(field).asText());
        }
    }

    @Then("searching for {string} finds the referral")
    public void found(String query) {
        assertThat(references(query)).contains(contact.answer().body.path("reference").asText());
    }

    @Then("searching for {string} does not find it")
    public void notFound(String query) {
        assertThat(references(query)).doesNotContain(contact.answer().body.path("reference").asText());
    }

    private JsonNode first;

    private String nhsNumber;

    @io.cucumber.java.en.When("the practitioner records a later contact about the same child, without the NHS number")
    public void againWithoutNhs() {
        ObjectNode child = child(1);
        if (child.has("nhsNumber")) {
            nhsNumber = child.remove("nhsNumber").asText();
        }
        again();
    }

    @io.cucumber.java.en.When("the practitioner records a later contact about the same child, with the NHS number")
    public void againWithNhs() {
        if (nhsNumber != null) {
            child(1).put("nhsNumber", nhsNumber);
        }
        again();
    }

    private void again() {
        first = contact.answer().body;
        ResponseEntity<JsonNode> response = http.as(PRACTITIONER).postForEntity("/api/referrals",
                new org.springframework.http.HttpEntity<>(contact.body(), jsonHeaders()), JsonNode.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        contact.answer().status = response.getStatusCode();
        contact.answer().body = response.getBody();
    }

    @Then("the front door offers the earlier contact as possibly the same child")
    public void offered() {
        assertThat(earlierOffered()).contains(first.path("id").asText());
    }

    @Then("the front door offers no earlier contact")
    public void nothingOffered() {
        assertThat(earlierOffered()).isEmpty();
    }

    @Then("the child's history comes from the referrer, not the front door's records")
    public void historyFromReferrer() {
        assertThat(contact.answer().body.path("recommendation").path("children").path(0).path("history").path("source").asText())
                .isNotEqualTo("front-door records");
    }

    @io.cucumber.java.en.When("the practitioner confirms it is the same child")
    public void confirm() {
        String body = "{\"position\": 0, \"earlierId\": \"" + first.path("id").asText() + "\", \"earlierPosition\": 0}";
        ResponseEntity<JsonNode> response = http.as(PRACTITIONER).postForEntity("/api/referrals/" + contact.answer().body.path("id").asText()
                + "/same-child", new org.springframework.http.HttpEntity<>(body, jsonHeaders()), JsonNode.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(204);
    }

    @Then("the child's history counts {int} earlier contacts from the front door's records")
    public void historyFromRecords(int count) {
        JsonNode history = contact.answer().body.path("recommendation").path("children").path(0).path("history");
        assertThat(history.path("source").asText()).as(String.valueOf(history)).isEqualTo("front-door records");
        assertThat(history.path("contactsLast12Months").asInt()).isEqualTo(count);
    }

    private List<String> earlierOffered() {
        ResponseEntity<JsonNode> response = http.as(PRACTITIONER).getForEntity("/api/referrals/" + contact.answer().body.path("id").asText()
                + "/possible-earlier-contacts", JsonNode.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        List<String> out = new ArrayList<>();
        response.getBody().forEach(m -> out.add(m.path("earlierId").asText()));
        return out;
    }

    private static org.springframework.http.HttpHeaders jsonHeaders() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
    }

    private List<String> references(String query) {
        // the client encodes the address once (a space becomes %20): the query goes in as typed
        ResponseEntity<JsonNode> response = http.as(PRACTITIONER).getForEntity("/api/referrals?q=" + query, JsonNode.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        List<String> out = new ArrayList<>();
        response.getBody().path("referrals").forEach(r -> out.add(r.path("reference").asText()));
        return out;
    }

    private ObjectNode child(int n) {
        return contact.eachChild().get(n - 1);
    }
}
