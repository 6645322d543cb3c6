package org.frontdoor.rules;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RuleSetTest {
    private static final String CATALOGUE = "indicator-catalogue";
    private static final String DECISION = "front-door-decision";

    private static RuleSetCatalog catalog;
    private static RuleSet ruleSet;

    @BeforeAll
    static void compileTheRuleSetInRules() {
        catalog = new RuleSetCatalog(new RulesProperties("rules", "test", 1000));
        ruleSet = catalog.active();
    }

    @Test
    void theCatalogueHasOneHundredIndicatorsSplitAcrossTheFourLevels() {
        Map<String, Indicator> indicators = ruleSet.indicators();

        assertThat(indicators).hasSize(100);
        Map<String, Long> perLevel = indicators.keySet().stream().collect(groupingBy(code -> code.substring(0, 3), counting()));
        assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of("L1-", 11L, "L2-", 28L, "L3-", 28L, "L4-", 33L));
    }

    @Test
    void everyIndicatorHasTheLevelItsCodeNamesAndSaysWhatItIsAndWhereItComesFrom() {
        assertThat(ruleSet.indicators()).allSatisfy((code, indicator) -> {
            assertThat(indicator.code()).isEqualTo(code);
            assertThat(code).matches("L[1-4]-(CD|PC|FE)-\\d{2}");
            assertThat(indicator.level()).as(code).isEqualTo(Character.getNumericValue(code.charAt(1)));
            assertThat(indicator.domain()).as(code).isEqualTo(code.substring(3, 5));
            assertThat(indicator.text()).as(code).isNotBlank();
            assertThat(indicator.guidanceRef()).as(code).isNotBlank();
        });
    }

    @Test
    void everyRowOfEveryTableHasARuleIdAReasonAndAGuidanceReference() {
        assertThat(ruleSet.rows()).allSatisfy(row -> {
            assertThat(row.annotations().get(RuleRow.RULE_ID)).as(row.label() + " rule id").isNotBlank();
            assertThat(row.annotations().get(RuleRow.REASON)).as(row.label() + " reason").isNotBlank();
            assertThat(row.annotations().get(RuleRow.GUIDANCE)).as(row.label() + " guidance").isNotBlank();
        });
    }

    @Test
    void ruleIdsAreUniqueWithinTheRuleSet() {
        Map<String, Long> uses = ruleSet.rows().stream()
                .collect(groupingBy(r -> r.annotations().getOrDefault(RuleRow.RULE_ID, ""), counting()));

        assertThat(uses).doesNotContainKey("");
        assertThat(uses.entrySet()).filteredOn(e -> e.getValue() > 1).extracting(Map.Entry::getKey).isEmpty();
    }

    @Test
    void aNonMobileBabyWithABruiseFiresTheNonMobileInjuryOverride() {
        Evaluation evaluation = ruleSet.evaluate(nonMobileBabyWith("L4-CD-01"));

        // the engine's listener swallows exceptions, so an empty list would hide a broken rationale
        assertThat(evaluation.hits()).isNotEmpty();
        assertThat(evaluation.hits()).extracting(RuleHit::ruleId).contains("R-01", "L4-CD-01");
        RuleHit override = evaluation.hits().stream().filter(h -> h.ruleId().equals("R-01")).findFirst().orElseThrow();
        assertThat(override.explains()).isTrue();
        assertThat(override.mandatory()).isTrue();
        assertThat(override.guidanceRef()).contains("R-01");
    }

    @Test
    void theIndexedEvaluationFiresTheSameRowsAsTheEngineAlone() {
        Map<String, Object> inputs = nonMobileBabyWith("L4-CD-01");

        assertThat(ruleSet.evaluate(inputs).hits()).extracting(RuleHit::ruleId)
                .containsExactlyInAnyOrderElementsOf(ruleSet.evaluateWithEngine(inputs).hits().stream().map(RuleHit::ruleId).toList());
    }

    @Test
    void rationaleOrderIsTheCatalogueFirstThenTheDecisionTablesAsWritten() {
        assertThat(ruleSet.tablePosition(CATALOGUE, "Indicator")).isZero();
        assertThat(List.of("Safeguarding overrides", "Level", "Urgency", "Primary pathway", "Additional routes", "Consent"))
                .extracting(table -> ruleSet.tablePosition(DECISION, table))
                .isSortedAccordingTo(Integer::compare)
                .allSatisfy(position -> assertThat(position).isPositive().isLessThan(Integer.MAX_VALUE));
    }

    @Test
    void theRuleSetCarriesItsVersionAndTheSha256OfItsModels() {
        assertThat(ruleSet.version()).isEqualTo("test");
        assertThat(ruleSet.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void modelsThatDoNotCompileGiveNoRuleSet() {
        List<ModelFile> bad = List.of(new ModelFile("x.dmn", "<not-dmn/>".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> catalog.compile("bad", bad))
                .isInstanceOf(DecisionNotReached.class)
                .satisfies(e -> assertThat(((DecisionNotReached) e).ruleSetVersion()).isEqualTo("bad"));
    }

    @Test
    void aRuleSetWithoutTheDecisionModelIsRefused() throws Exception {
        byte[] catalogueOnly = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("rules", CATALOGUE + ".dmn"));

        assertThatThrownBy(() -> catalog.compile("half", List.of(new ModelFile(CATALOGUE + ".dmn", catalogueOnly))))
                .isInstanceOf(DecisionNotReached.class)
                .hasMessageContaining(DECISION);
    }

    private static String tableOf(RuleRow row) {
        return row.model() + "/" + row.table();
    }

    private static Map<String, Object> nonMobileBabyWith(String... concerns) {
        Map<String, Object> child = new HashMap<>();
        child.put("ageYears", 0);
        child.put("nonMobile", true);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("referrer", Map.of("type", "police"));
        inputs.put("concerns", List.of(concerns));
        inputs.put("child", child);
        inputs.put("circumstances", List.of());   // as ContactInputs sends it: the tables test it with list contains()
        return inputs;
    }
}
