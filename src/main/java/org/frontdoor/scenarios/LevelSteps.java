package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

/** Sibling groups for the levels scenarios: a baby and an older sibling in one contact, each with its own recommendation. */
public class LevelSteps {
    private final FrontDoorContact contact;

    public LevelSteps(FrontDoorContact contact) {
        this.contact = contact;
    }

    @Given("a contact from {referrer} about a baby of {int} months and a {int}-year-old sibling")
    public void aBabyAndASibling(String referrer, int months, int siblingAge) {
        contact.object("referrer").put("type", referrer);
        ObjectNode baby = contact.addChild();
        baby.put("ageYears", months / 12);
        contact.addChild().put("ageYears", siblingAge);
    }

    @Given("only the baby is not yet mobile")
    public void onlyTheBabyIsNotMobile() {
        int baby = babyIndex();
        List<ObjectNode> children = contact.eachChild();
        for (int i = 0; i < children.size(); i++) {
            children.get(i).put("nonMobile", i == baby);
        }
    }

    /** The guidance's middle degree of disability ("some"), between none and severe. */
    @Given("the child has a disability that needs some extra support")
    public void someDisability() {
        contact.eachChild().forEach(c -> c.put("disability", "some"));
    }

    /** For an unborn baby the family's history is what counts: an older child was on a plan. */
    @Given("an older child in the family was on a child protection plan")
    public void siblingOnAPlan() {
        contact.object("history").put("previousCpPlan", true);
    }

    @Then("the baby's recommended level is {int}")
    public void babyLevel(int level) {
        JsonNode c = baby();
        assertThat(c.path("level").path("value").asInt()).as(RecommendationSteps.explain(c)).isEqualTo(level);
    }

    @Then("the baby's primary pathway is {word}")
    public void babyPrimary(String code) {
        JsonNode c = baby();
        assertThat(primaryOf(c)).as(RecommendationSteps.explain(c)).isEqualTo(code);
    }

    @Then("the baby's additional routes include {string}")
    public void babyRoutes(String codes) {
        JsonNode c = baby();
        assertThat(additional(c)).as(RecommendationSteps.explain(c)).containsAll(RecommendationSteps.tokens(codes));
    }

    @Then("the baby's rationale cites {string}")
    public void babyCites(String ruleIds) {
        JsonNode c = baby();
        assertThat(ruleIds(c)).as(RecommendationSteps.explain(c)).containsAll(RecommendationSteps.tokens(ruleIds));
    }

    @Then("the {int}-year-old's rationale cites {string}")
    public void siblingCites(int age, String ruleIds) {
        JsonNode c = contact.recommendationForAge(age);
        assertThat(ruleIds(c)).as(RecommendationSteps.explain(c)).containsAll(RecommendationSteps.tokens(ruleIds));
    }

    @Then("the {int}-year-old's rationale does not cite {string}")
    public void siblingDoesNotCite(int age, String ruleIds) {
        JsonNode c = contact.recommendationForAge(age);
        assertThat(ruleIds(c)).as(RecommendationSteps.explain(c)).doesNotContainAnyElementsOf(RecommendationSteps.tokens(ruleIds));
    }

    @Then("each of the {int} children has a recommendation of their own")
    public void oneRecommendationEach(int count) {
        List<JsonNode> recommendations = contact.recommendations();
        assertThat(recommendations).hasSize(count);
        List<String> refs = new ArrayList<>();
        recommendations.forEach(r -> refs.add(r.path("ref").asText()));
        List<String> expected = new ArrayList<>();
        contact.eachChild().forEach(c -> expected.add(c.path("ref").asText()));
        assertThat(refs).as("each recommendation names its child").containsExactlyElementsOf(expected);
    }

    private JsonNode baby() {
        return contact.recommendations().get(babyIndex());
    }

    /** The baby of a sibling group: the child under one year old. */
    private int babyIndex() {
        List<ObjectNode> children = contact.eachChild();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).has("ageYears") && children.get(i).path("ageYears").asInt(-1) == 0) {
                return i;
            }
        }
        throw new AssertionError("No baby (a child under one) in this contact");
    }

    private static String primaryOf(JsonNode child) {
        return RecommendationSteps.primaryOf(child).path("code").asText();
    }

    private static List<String> additional(JsonNode child) {
        return RecommendationSteps.additional(child);
    }

    private static List<String> ruleIds(JsonNode child) {
        return child.path("rationale").findValuesAsText("ruleId");
    }
}
