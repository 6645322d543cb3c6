package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.frontdoor.decision.WorkingDayCalendar;
import org.frontdoor.referral.FollowUpDue;
import org.frontdoor.referral.FollowUps;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Feedback to the referrer after ratification, and the follow-up of families stepped down or closed. */
public class FeedbackSteps {
    private static final String PRACTITIONER = "pat.practitioner";
    private static final String MANAGER = "morgan.manager";

    private final FrontDoorContact contact;
    private final ScenarioHttp http;
    private final WorkingDayCalendar calendar;
    private final FollowUps followUps;

    public FeedbackSteps(FrontDoorContact contact, ScenarioHttp http, WorkingDayCalendar calendar, FollowUps followUps) {
        this.contact = contact;
        this.http = http;
        this.calendar = calendar;
        this.followUps = followUps;
    }

    @When("the practitioner records that the feedback was sent by {word}")
    public void practitionerSent(String method) {
        send("feedback/sent", "{\"method\": \"" + method + "\"}", PRACTITIONER);
    }

    @When("a manager records that the feedback was sent by {word}")
    public void managerSent(String method) {
        send("feedback/sent", "{\"method\": \"" + method + "\"}", MANAGER);
    }

    @When("the practitioner hands the family to {string} with a check on {string}")
    public void handOver(String handedTo, String checkOn) {
        send("follow-up", "{\"handedTo\": \"" + handedTo.replace("\"", "") + "\", \"checkOn\": \"" + checkOn + "\"}", PRACTITIONER);
    }

    @When("the practitioner records that the follow-up check was done")
    public void checked() {
        send("follow-up/checked", null, PRACTITIONER);
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(200);
    }

    @Then("there is no feedback to send yet")
    public void noFeedbackYet() {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.GET, "feedback", null, PRACTITIONER);
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().path("currentStatus").asText()).isNotEqualTo("ratified");
    }

    @Then("feedback to the referrer is due by the end of the next working day")
    public void dueNextWorkingDay() {
        Instant ratifiedAt = Instant.parse(read("decision").path("ratifiedAt").asText());
        assertThat(Instant.parse(feedback().path("dueBy").asText())).isEqualTo(calendar.due(ratifiedAt, 1, "end-of-working-day"));
    }

    @Then("the feedback letter says {string}")
    public void letterSays(String words) {
        assertThat(feedback().path("letter").asText()).contains(words);
    }

    @Then("the feedback letter refers to the child as {string}")
    public void letterRefersTo(String ref) {
        assertThat(feedback().path("letter").asText()).contains("For " + ref + ":");
    }

    @Then("there is no feedback letter because the referrer asked to stay anonymous")
    public void noLetter() {
        JsonNode feedback = feedback();
        assertThat(feedback.path("letter").isNull()).as(feedback.toString()).isTrue();
        assertThat(feedback.path("noLetterReason").asText()).contains("anonymous");
    }

    @Then("the feedback shows it was sent by {word}")
    public void sentBy(String method) {
        JsonNode feedback = feedback();
        assertThat(feedback.path("method").asText()).isEqualTo(method);
        assertThat(feedback.path("sentBy").asText()).isEqualTo(PRACTITIONER);
        assertThat(feedback.path("sentAt").asText()).isNotBlank();
    }

    @Then("the front door says the feedback was already sent")
    public void alreadySent() {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(409);
        assertThat(contact.answer().contentType).startsWith("application/problem+json");
        assertThat(feedback().path("method").asText()).isEqualTo("email");
    }

    @Then("the audit trail shows the feedback was sent")
    public void audited() {
        List<String> actions = new ArrayList<>();
        http.getForEntity(referral() + "/audit", JsonNode.class).getBody().forEach(e -> actions.add(e.path("action").asText()));
        assertThat(actions).containsSubsequence("ratified", "feedback-sent").containsOnlyOnce("feedback-sent");
    }

    @Then("the follow-up with {string} is due on {string}")
    public void dueOn(String handedTo, String date) {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(200);
        assertThat(followUps.due(LocalDate.parse(date))).contains(new FollowUpDue(id(), handedTo, LocalDate.parse(date)));
    }

    @Then("the follow-up is not yet due on {string}")
    public void notYetDue(String date) {
        assertThat(followUps.due(LocalDate.parse(date))).extracting(FollowUpDue::referralId).doesNotContain(id());
    }

    @Then("the follow-up is no longer due on {string}")
    public void noLongerDue(String date) {
        notYetDue(date);
        assertThat(read("follow-up").path("checkedBy").asText()).isEqualTo(PRACTITIONER);
    }

    @Then("the front door refuses the follow-up because the outcome is social care")
    public void refusedSocialCare() {
        assertThat(contact.answer().status.value()).as(String.valueOf(contact.answer().body)).isEqualTo(409);
        assertThat(contact.answer().body.path("detail").asText()).contains("social care");
        assertThat(exchange(HttpMethod.GET, "follow-up", null, MANAGER).getStatusCode().value()).isEqualTo(409);
    }

    private JsonNode feedback() {
        return read("feedback");
    }

    private JsonNode read(String what) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.GET, what, null, MANAGER);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    private void send(String what, String body, String who) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, what, body, who);
        contact.answer().status = response.getStatusCode();
        contact.answer().body = response.getBody();
        contact.answer().contentType = response.getHeaders().getContentType() == null ? "" : response.getHeaders().getContentType().toString();
    }

    private String referral() {
        String referral = contact.answer().location;
        assertThat(referral).as("the recorded referral's address").startsWith("/api/referrals/");
        return referral;
    }

    private String id() {
        return referral().substring("/api/referrals/".length());
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String what, String body, String who) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.as(who).exchange(referral() + "/" + what, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
