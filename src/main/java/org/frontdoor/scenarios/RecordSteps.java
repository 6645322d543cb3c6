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
import org.springframework.web.util.UriComponentsBuilder;

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

    private List<String> references(String query) {
        String path = UriComponentsBuilder.fromPath("/api/referrals").queryParam("q", query).build().encode().toUriString();
        ResponseEntity<JsonNode> response = http.as(PRACTITIONER).getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        List<String> out = new ArrayList<>();
        response.getBody().path("referrals").forEach(r -> out.add(r.path("reference").asText()));
        return out;
    }

    private ObjectNode child(int n) {
        return contact.eachChild().get(n - 1);
    }
}
