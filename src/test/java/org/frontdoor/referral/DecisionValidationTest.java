package org.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.referral.DecisionRequest.ChildChoice;
import org.frontdoor.referral.InvalidDecision.Problem;
import org.frontdoor.rules.RulesFixture;
import org.junit.jupiter.api.Test;

class DecisionValidationTest {
    private static final String RECOMMENDATION = """
            {"children": [{"ref": "baby", "level": {"value": 4, "label": "Specialist"},
              "pathways": [{"code": "PAEDS", "primary": false}, {"code": "P5", "primary": true}],
              "rationale": [{"ruleId": "R-01", "table": "Safeguarding overrides", "mandatory": true},
                            {"ruleId": "LV-4", "table": "Level"}]}]}""";

    private final List<Recommended> recommended = Recommended.read(new ObjectMapper(), RECOMMENDATION);

    @Test
    void theMandatoryMarkAndThePrimaryPathwayAreReadFromTheStoredRecommendation() {
        Recommended baby = recommended.get(0);

        assertThat(baby.pathways()).containsExactly("P5", "PAEDS");
        assertThat(baby.citesMandatoryRule()).isTrue();
        assertThat(baby.rationale()).filteredOn(Recommended.Rule::mandatory).extracting(Recommended.Rule::ruleId).containsExactly("R-01");
    }

    @Test
    void pathwayCodesComeFromThePathwayTableOfTheRuleSet() {
        assertThat(DecisionValidation.pathwayCodes(RulesFixture.ruleSet())).contains("P1", "P2", "P3", "P5", "P8", "PAEDS", "ENCOMPASS")
                .allMatch(code -> !code.contains("\""));
    }

    @Test
    void aValidOverridePasses() {
        DecisionValidation.check(new DecisionRequest(List.of(new ChildChoice("baby", false, 3, List.of("P3", "P8"), "family-context", "why"))),
                recommended, RulesFixture.ruleSet());
    }

    @Test
    void acceptingWithAChosenLevelIsContradictory() {
        InvalidDecision e = catchThrowableOfType(InvalidDecision.class, () -> DecisionValidation.check(
                new DecisionRequest(List.of(new ChildChoice("baby", true, 3, null, null, null))), recommended, RulesFixture.ruleSet()));

        assertThat(e.problems()).extracting(Problem::field).containsExactly("children[0].level");
    }

    @Test
    void anEmptyDecisionNamesTheChildrenAndAMissingAnswerNamesTheField() {
        InvalidDecision empty = catchThrowableOfType(InvalidDecision.class, () -> DecisionValidation.check(
                new DecisionRequest(null), recommended, RulesFixture.ruleSet()));
        InvalidDecision noAnswer = catchThrowableOfType(InvalidDecision.class, () -> DecisionValidation.check(
                new DecisionRequest(List.of(new ChildChoice("baby", null, null, null, null, null))), recommended, RulesFixture.ruleSet()));

        assertThat(empty.problems()).extracting(Problem::field).containsExactly("children");
        assertThat(noAnswer.problems()).extracting(Problem::field).containsExactly("children[0].accept");
    }
}
