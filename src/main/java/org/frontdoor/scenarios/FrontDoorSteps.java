package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sending the contact to the front door, recording it, and what happens to bad contacts. */
public class FrontDoorSteps {
    private final FrontDoorContact contact;
    private final ScenarioHttp http;
    private final JdbcClient jdbc;
    private String rawBody;
    private long referralsBefore;

    public FrontDoorSteps(FrontDoorContact contact, ScenarioHttp http, JdbcClient jdbc) {
        this.contact = contact;
        this.http = http;
        this.jdbc = jdbc;
    }

    @When("the front door checks the contact")
    public void check() {
        send("/api/assessments");
    }

    @When("the practitioner records the referral")
    public void record() {
        send("/api/referrals");
    }

    @When("the practitioner opens the referral again")
    public void reopen() {
        assertThat(contact.answer().location).as("the referral's address").isNotBlank();
        ResponseEntity<JsonNode> response = http.getForEntity(contact.answer().location, JsonNode.class);
        contact.answer().status = response.getStatusCode();
        contact.answer().body = response.getBody();
    }

    private void send(String path) {
        referralsBefore = referrals();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = rawBody != null ? rawBody : contact.body().toString();
        ResponseEntity<JsonNode> response = http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
        contact.answer().status = response.getStatusCode();
        contact.answer().body = response.getBody();
        contact.answer().location = response.getHeaders().getLocation() == null ? null : response.getHeaders().getLocation().toString();
        contact.answer().contentType = response.getHeaders().getContentType() == null ? "" : response.getHeaders().getContentType().toString();
    }

    private long referrals() {
        return jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
    }

    @Given("the form arrives garbled")
    public void garbled() {
        rawBody = "{\"referrer\": {\"type\": \"school\"}, \"children\": [";
    }

    @Given("the child's age is given as {int}")
    public void age(int age) {
        contact.eachChild().forEach(c -> c.put("ageYears", age));
    }

    @Given("the child's age is written as {string}")
    public void ageInWords(String words) {
        contact.eachChild().forEach(c -> c.put("ageYears", words));
    }

    @Given("the child's age and weeks of pregnancy are both given")
    public void ageAndUnborn() {
        contact.eachChild().forEach(c -> c.put("unbornWeeks", 20));
    }

    @Given("the referrer type is given as {string}")
    public void referrerType(String type) {
        contact.object("referrer").put("type", type);
    }

    @Given("the circumstance {string} is given")
    public void circumstance(String text) {
        contact.array("circumstances").add(text);
    }

    @Given("the form has an extra box {string}")
    public void extraField(String name) {
        contact.body().put(name, "something");
    }

    @Given("a contact from a school that names no children")
    public void noChildren() {
        contact.object("referrer").put("type", "school");
    }

    @Then("the front door refuses the contact")
    public void refused() {
        assertThat(contact.answer().status.value()).as("status of " + contact.answer().body).isEqualTo(400);
        assertThat(contact.answer().contentType).startsWith("application/problem+json");
    }

    @Then("the refusal points to {string}")
    public void pointsTo(String field) {
        assertThat(contact.answer().body.path("errors").findValuesAsText("field")).as(contact.answer().body.toString()).contains(field);
    }

    @Then("the refusal for {string} says {string}")
    public void refusalSays(String field, String text) {
        boolean found = false;
        for (JsonNode e : contact.answer().body.path("errors")) {
            if (e.path("field").asText().equals(field) && e.path("message").asText().contains(text)) {
                found = true;
            }
        }
        assertThat(found).as(contact.answer().body.toString()).isTrue();
    }

    @Then("nothing is recorded")
    public void nothingRecorded() {
        assertThat(referrals()).isEqualTo(referralsBefore);
    }

    @Then("the referral is recorded")
    public void recorded() {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(201);
        assertThat(contact.answer().location).startsWith("/api/referrals/");
        assertThat(referrals()).isEqualTo(referralsBefore + 1);
    }
}
