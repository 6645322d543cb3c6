package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;

/** What the front door recommends, checked the way a practitioner reads it. Statements about "the child" hold for every child. */
public class RecommendationSteps {
    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Za-z0-9]+)*");
    private final FrontDoorContact contact;

    public RecommendationSteps(FrontDoorContact contact) {
        this.contact = contact;
    }

    /** Codes and rule ids listed in prose: "P11 and ENCOMPASS", "R-01, UR-01 and PP-02". */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private List<JsonNode> children() {
        assertThat(contact.answer().status.is2xxSuccessful()).as("the front door answered " + contact.answer().status + " " + contact.answer().body).isTrue();
        return contact.recommendations();
    }

    @Then("the recommended level is {int} {string}")
    public void level(int value, String label) {
        children().forEach(c -> {
            assertThat(c.path("level").path("value").asInt()).as(c.toString()).isEqualTo(value);
            assertThat(c.path("level").path("label").asText()).isEqualTo(label);
        });
    }

    @Then("the recommended level is {int}")
    public void level(int value) {
        children().forEach(c -> assertThat(c.path("level").path("value").asInt()).as(explain(c)).isEqualTo(value));
    }

    @Then("the primary pathway is {word}")
    public void primary(String code) {
        children().forEach(c -> assertThat(primaryOf(c).path("code").asText()).as(explain(c)).isEqualTo(code));
    }

    @Then("the primary pathway is {word} {string}")
    public void primary(String code, String label) {
        primary(code);
        children().forEach(c -> assertThat(primaryOf(c).path("label").asText()).isEqualTo(label));
    }

    @Then("the first thing a partner is told to do is to {string}")
    public void firstPartnerAction(String text) {
        children().forEach(c -> assertThat(c.path("partnerActions").path(0).path("text").asText()).as(explain(c)).contains(text));
    }

    @Then("a partner is also told to {string}")
    public void anyPartnerAction(String text) {
        children().forEach(c -> {
            List<String> texts = new ArrayList<>();
            c.path("partnerActions").forEach(a -> texts.add(a.path("text").asText()));
            assertThat(texts).as(explain(c)).anySatisfy(t -> assertThat(t).contains(text));
        });
    }

    @Then("a partner is told to act {string}, contacting {string}")
    public void firstPartnerActionWhenAndWho(String when, String contactKey) {
        children().forEach(c -> {
            assertThat(c.path("partnerActions").path(0).path("due").asText()).as(explain(c)).isEqualTo(when);
            assertThat(c.path("partnerActions").path(0).path("contact").asText()).as(explain(c)).isEqualTo(contactKey);
        });
    }

    @Then("no partner is told to {string}")
    public void noPartnerAction(String text) {
        children().forEach(c -> c.path("partnerActions").forEach(a -> assertThat(a.path("text").asText()).as(explain(c)).doesNotContain(text)));
    }

    @Then("the additional routes include {string}")
    public void routesInclude(String codes) {
        children().forEach(c -> assertThat(additional(c)).as(explain(c)).containsAll(tokens(codes)));
    }

    @Then("the additional routes do not include {string}")
    public void routesExclude(String codes) {
        children().forEach(c -> assertThat(additional(c)).as(explain(c)).doesNotContainAnyElementsOf(tokens(codes)));
    }

    @Then("there are no additional routes")
    public void noRoutes() {
        children().forEach(c -> assertThat(additional(c)).as(explain(c)).isEmpty());
    }

    @Then("for the {int}-year-old the primary pathway is {word}")
    public void primaryForAge(int age, String code) {
        JsonNode c = contact.recommendationForAge(age);
        assertThat(primaryOf(c).path("code").asText()).as(explain(c)).isEqualTo(code);
    }

    @Then("for the {int}-year-old the recommended level is {int}")
    public void levelForAge(int age, int level) {
        JsonNode c = contact.recommendationForAge(age);
        assertThat(c.path("level").path("value").asInt()).as(explain(c)).isEqualTo(level);
    }

    @Then("for the {int}-year-old the additional routes include {string}")
    public void routesForAge(int age, String codes) {
        JsonNode c = contact.recommendationForAge(age);
        assertThat(additional(c)).as(explain(c)).containsAll(tokens(codes));
    }

    @Then("for the {int}-year-old the additional routes do not include {string}")
    public void routesNotForAge(int age, String codes) {
        JsonNode c = contact.recommendationForAge(age);
        assertThat(additional(c)).as(explain(c)).doesNotContainAnyElementsOf(tokens(codes));
    }

    @Then("the rationale cites {string}")
    public void rationaleCites(String ruleIds) {
        children().forEach(c -> assertThat(c.path("rationale").findValuesAsText("ruleId")).as(explain(c)).containsAll(tokens(ruleIds)));
    }

    @Then("the rationale does not cite {string}")
    public void rationaleDoesNotCite(String ruleIds) {
        children().forEach(c -> assertThat(c.path("rationale").findValuesAsText("ruleId")).as(explain(c)).doesNotContainAnyElementsOf(tokens(ruleIds)));
    }

    @Then("the rationale marks {string} as a mandatory escalation")
    public void mandatory(String ruleId) {
        children().forEach(c -> {
            boolean marked = false;
            for (JsonNode r : c.path("rationale")) {
                marked |= r.path("ruleId").asText().equals(ruleId) && r.path("mandatory").asBoolean(false);
            }
            assertThat(marked).as(explain(c)).isTrue();
        });
    }

    @Then("every reason gives its guidance reference and the rule-set version")
    public void everyReasonReferenced() {
        children().forEach(c -> {
            assertThat(c.path("rationale").size()).isPositive();
            c.path("rationale").forEach(r -> {
                assertThat(r.path("reason").asText()).isNotBlank();
                assertThat(r.path("guidanceRef").asText()).isNotBlank();
            });
            assertThat(c.path("ruleSet").path("version").asText()).isNotBlank();
            assertThat(c.path("ruleSet").path("hash").asText()).matches("[0-9a-f]{64}");
        });
    }

    @Then("{word} is due by {string}")
    public void dueBy(String code, String when) {
        Instant expected = LocalDateTime.parse(when, ContactSteps.WHEN).atZone(ContactSteps.LONDON).toInstant();
        children().forEach(c -> assertThat(Instant.parse(pathway(c, code).path("dueBy").asText())).as(explain(c)).isEqualTo(expected));
    }

    @Then("the timescale for {word} says {string}")
    public void timescale(String code, String text) {
        children().forEach(c -> assertThat(pathway(c, code).path("timescale").asText()).contains(text));
    }

    @Then("consent is needed")
    public void consentNeeded() {
        children().forEach(c -> assertThat(c.path("consent").path("required").asBoolean()).as(explain(c)).isTrue());
    }

    @Then("consent is not needed")
    public void consentNotNeeded() {
        children().forEach(c -> assertThat(c.path("consent").path("required").asBoolean()).as(explain(c)).isFalse());
    }

    @Then("the consent advice says {string}")
    public void consentAdvice(String text) {
        children().forEach(c -> assertThat(c.path("consent").path("advice").asText()).contains(text));
    }

    @Then("the practitioner is asked about {string}")
    public void askedAbout(String field) {
        children().forEach(c -> assertThat(c.path("missingInformation").findValuesAsText("field")).as(explain(c)).contains(field));
    }

    @Then("the practitioner is not asked about {string}")
    public void notAskedAbout(String field) {
        children().forEach(c -> assertThat(c.path("missingInformation").findValuesAsText("field")).as(explain(c)).doesNotContain(field));
    }

    @Then("the referral shows the same recommendation and rule-set version as when it was recorded")
    public void sameAsRecorded() {
        assertThat(contact.answer().status.value()).isEqualTo(200);
        assertThat(contact.answer().body.path("recommendation").path("ruleSet").path("version").asText()).isNotBlank();
    }

    static JsonNode primaryOf(JsonNode child) {
        for (JsonNode p : child.path("pathways")) {
            if (p.path("primary").asBoolean()) {
                return p;
            }
        }
        throw new AssertionError("no primary pathway in " + child);
    }

    static List<String> additional(JsonNode child) {
        List<String> out = new ArrayList<>();
        child.path("pathways").forEach(p -> {
            if (!p.path("primary").asBoolean()) {
                out.add(p.path("code").asText());
            }
        });
        return out;
    }

    private static JsonNode pathway(JsonNode child, String code) {
        for (JsonNode p : child.path("pathways")) {
            if (p.path("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError(code + " is not among the pathways: " + explain(child));
    }

    /** A short account of the recommendation for failure messages. */
    static String explain(JsonNode child) {
        List<String> pathways = new ArrayList<>();
        child.path("pathways").forEach(p -> pathways.add(p.path("code").asText() + (p.path("primary").asBoolean() ? "*" : "")));
        return "level " + child.path("level").path("value").asText() + ", pathways " + pathways + ", rules "
                + child.path("rationale").findValuesAsText("ruleId");
    }
}
