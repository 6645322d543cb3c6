package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The manager's work queue, in their words. */
public class QueueSteps {
    private final FrontDoorContact contact;
    private final ScenarioHttp http;
    private JsonNode queue;

    public QueueSteps(FrontDoorContact contact, ScenarioHttp http) {
        this.contact = contact;
        this.http = http;
    }

    @When("the manager opens the work queue")
    public void open() {
        queue = http.getForObject("/api/queue", JsonNode.class);
    }

    @Then("the referral waits for a {word} and shows {word}")
    public void waits(String kind, String rag) {
        JsonNode item = item();
        assertThat(item).as("the referral in " + queue).isNotNull();
        assertThat(item.path("kind").asText()).isEqualTo(kind);
        assertThat(item.path("rag").asText()).isEqualTo(rag);
    }

    @Then("the referral is due by {string} for {string}")
    public void dueBy(String when, String what) {
        JsonNode item = item();
        assertThat(item).as("the referral in " + queue).isNotNull();
        String due = java.time.Instant.parse(item.path("dueBy").asText()).atZone(ContactSteps.LONDON).format(ContactSteps.WHEN);
        assertThat(due + " for " + item.path("dueWhat").asText()).isEqualTo(when + " for " + what);
    }

    @Then("the queue shows level {int}, {word}")
    public void level(int level, String decidedOrRecommended) {
        JsonNode item = item();
        assertThat(item).as("the referral in " + queue).isNotNull();
        assertThat(item.path("highestLevel").asInt()).isEqualTo(level);
        assertThat(item.path("levelDecided").asBoolean() ? "decided" : "recommended").isEqualTo(decidedOrRecommended);
    }

    @Then("the referral is no longer in the work queue")
    public void gone() {
        assertThat(item()).as(String.valueOf(queue)).isNull();
    }

    private JsonNode item() {
        String location = contact.answer().location;
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (JsonNode item : queue) {
            if (item.path("referralId").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }
}
