package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A manager's oversight in words: a note on authorising and ratifying, and sending a decision back with a reason. */
public class OversightSteps {
    private static final String PRACTITIONER = "pat.practitioner";
    private static final String MANAGER = "morgan.manager";

    private final FrontDoorContact contact;
    private final ScenarioHttp http;

    public OversightSteps(FrontDoorContact contact, ScenarioHttp http) {
        this.contact = contact;
        this.http = http;
    }

    @When("a manager tries to authorise the override without saying why")
    public void authoriseWithoutNote() {
        send("authorisations", null, MANAGER);
    }

    @When("a manager ratifies the decision with the note {string}")
    public void ratifyWithNote(String note) {
        send("ratifications", "{\"note\": \"" + note + "\"}", MANAGER);
    }

    @When("a manager sends the decision back because {string}")
    public void sendBack(String reason) {
        send("send-backs", "{\"reason\": \"" + reason + "\"}", MANAGER);
    }

    @When("a manager tries to send the decision back without a reason")
    public void sendBackWithoutReason() {
        send("send-backs", null, MANAGER);
    }

    @When("the practitioner tries to send the decision back")
    public void practitionerSendsBack() {
        send("send-backs", "{\"reason\": \"Look again\"}", PRACTITIONER);
    }

    @Then("the decision is back with the practitioner because {string}")
    public void sentBack(String reason) {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(201);
        JsonNode now = current();
        assertThat(now.path("status").asText()).isEqualTo("sent-back");
        assertThat(now.path("sentBackReason").asText()).isEqualTo(reason);
        assertThat(now.path("sentBackBy").asText()).isNotBlank();
        assertThat(now.path("children")).isEmpty();
    }

    @Then("the ratification keeps the note {string}")
    public void ratifiedNote(String note) {
        JsonNode now = current();
        assertThat(now.path("status").asText()).isEqualTo("ratified");
        assertThat(now.path("ratifiedNote").asText()).isEqualTo(note);
    }

    @Then("the authorisation keeps the manager's note")
    public void authorisedNote() {
        assertThat(current().path("authorisedNote").asText()).isEqualTo("Seen the hospital's assessment: the mark is a birthmark");
    }

    @Then("the front door asks for the {word}")
    public void asksFor(String field) {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(400);
        assertThat(contact.answer().contentType).startsWith("application/problem+json");
        assertThat(contact.answer().body.toString()).contains("\"" + field + "\"");
    }

    private void send(String what, String body, String who) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, what, body, who);
        contact.answer().status = response.getStatusCode();
        contact.answer().body = response.getBody();
        contact.answer().contentType = response.getHeaders().getContentType() == null ? "" : response.getHeaders().getContentType().toString();
    }

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
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.as(who).exchange(referral() + "/" + what, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
