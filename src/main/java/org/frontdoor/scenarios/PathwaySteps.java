package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

/**
 * Pathway due times and the front door's questions, in practitioners' words: "P5 is due before midnight on
 * "Friday 27 November 2026"", "the front door asks "Were the children present at the incident?"".
 */
public class PathwaySteps {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private final FrontDoorContact contact;

    public PathwaySteps(FrontDoorContact contact) {
        this.contact = contact;
    }

    /**
     * The LADO circumstance. (ContactSteps' "the concern is about someone who works with children" also matches its
     * indicator-code step "the concern is ...", so Cucumber rejects it as ambiguous.)
     */
    @Given("an allegation has been made against someone who works with children")
    public void allegationAgainstSomeoneWorkingWithChildren() {
        contact.array("circumstances").add("allegation-against-person-working-with-children");
    }

    /** Reads better than "the child has a some disability". */
    @Given("the child has some disability")
    public void someDisability() {
        contact.eachChild().forEach(c -> c.put("disability", "some"));
    }

    /** "an aunt", "an uncle", "an older sibling": ContactSteps only has "staying with a ...". */
    @Given("the child is staying with an {relationship} for {int} days")
    public void stayingWithAn(String relationship, int days) {
        contact.array("circumstances").add("private-fostering");
        contact.object("privateFostering").put("carerRelationship", relationship).put("intendedDays", days);
    }

    /** A "same day" timescale runs to the last moment of the day the contact arrived, London time. */
    @Then("{word} is due before midnight on {string}")
    public void dueBeforeMidnight(String code, String day) {
        Instant expected = LocalDate.parse(day, DAY).atTime(LocalTime.MAX).atZone(ContactSteps.LONDON).toInstant();
        for (JsonNode child : recommendations()) {
            assertThat(Instant.parse(pathway(child, code).path("dueBy").asText())).as(RecommendationSteps.explain(child)).isEqualTo(expected);
        }
    }

    @Then("the front door asks {string}")
    public void asks(String question) {
        for (JsonNode child : recommendations()) {
            assertThat(questions(child)).as(RecommendationSteps.explain(child)).anySatisfy(q -> assertThat(q).contains(question));
        }
    }

    @Then("the front door does not ask {string}")
    public void doesNotAsk(String question) {
        for (JsonNode child : recommendations()) {
            assertThat(questions(child)).as(RecommendationSteps.explain(child)).noneSatisfy(q -> assertThat(q).contains(question));
        }
    }

    private List<JsonNode> recommendations() {
        assertThat(contact.answer().status.is2xxSuccessful()).as("the front door answered " + contact.answer().status + " " + contact.answer().body).isTrue();
        return contact.recommendations();
    }

    private static List<String> questions(JsonNode child) {
        List<String> out = new ArrayList<>();
        child.path("missingInformation").forEach(m -> out.add(m.path("question").asText()));
        return out;
    }

    private static JsonNode pathway(JsonNode child, String code) {
        for (JsonNode p : child.path("pathways")) {
            if (p.path("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError(code + " is not among the pathways: " + RecommendationSteps.explain(child));
    }
}
