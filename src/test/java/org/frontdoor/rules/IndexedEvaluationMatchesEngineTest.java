package org.frontdoor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.frontdoor.benchmark.RandomContacts;
import org.frontdoor.benchmark.RandomContacts.GeneratedContact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service's fast path ({@link RuleSet#evaluate}: catalogue answers indexed at compile time, decision model
 * answers remembered per context) must give exactly what the engine gives when it evaluates both models itself
 * ({@link RuleSet#evaluateWithEngine}): the same decisions and the same rows in the same order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexedEvaluationMatchesEngineTest {
    private static final long SEED = 20261122L;
    private static final int CONTACTS = 3_000;

    /**
     * Child and referrer contexts each catalogue code is tried in: a bare one, and ones that reach other tables.
     * An absent circumstances list counts as an empty one.
     */
    private static final List<Map<String, Object>> FIXED_CONTEXTS = List.of(
            Map.of(),
            Map.of("child", Map.of("ageYears", 0, "nonMobile", true), "referrer", Map.of("type", "police", "anonymous", false),
                    "domesticAbuse", Map.of("riskLevel", "high", "dashYesCount", 15, "childrenPresent", true),
                    "circumstances", List.of()),
            Map.of("child", Map.of("ageYears", 16, "disability", "severe"), "referrer", Map.of("type", "school"),
                    "circumstances", List.of("homeless-16-17", "out-of-hours"), "openCase", "child-in-need",
                    "consent", Map.of("status", "refused")),
            Map.of("child", Map.of("unbornWeeks", 30), "referrer", Map.of("type", "hospital"),
                    "domesticAbuse", Map.of("riskLevel", "standard", "pregnancy", true), "history",
                    Map.of("contactsLast12Months", 4, "previousCpPlan", true), "circumstances", List.of()),
            Map.of("child", Map.of("ageYears", 12), "referrer", Map.of("type", "public", "anonymous", true),
                    "circumstances", List.of("missing-episode"), "missingEpisode", Map.of("hoursMissing", 30), "gcp2MaxGrade", 4));

    private RuleSet cached;
    private RuleSet indexOnly;

    @BeforeAll
    void compile() {
        // a cache larger than the sample, so every second evaluation below is answered from it
        cached = new RuleSetCatalog(new RulesProperties("rules", "equivalence", 50_000)).active();
        indexOnly = new RuleSetCatalog(new RulesProperties("rules", "equivalence-no-cache", 0)).active();
    }

    @Test
    void everyCatalogueCodeAloneGivesTheEngineAnswer() {
        List<String> divergences = new ArrayList<>();
        for (String code : cached.indicators().keySet()) {
            for (int c = 0; c < FIXED_CONTEXTS.size(); c++) {
                Map<String, Object> inputs = new LinkedHashMap<>(FIXED_CONTEXTS.get(c));
                inputs.put("concerns", List.of(code));
                Evaluation engine = cached.evaluateWithEngine(inputs);
                assertCatalogueRowFired(code, engine);
                String label = code + " in context " + c;
                compare(label + " (cached)", engine, cached.evaluate(inputs), divergences);
                compare(label + " (cached, second time)", engine, cached.evaluate(inputs), divergences);
                compare(label + " (index only)", engine, indexOnly.evaluate(inputs), divergences);
            }
        }
        assertNoDivergence(divergences);
    }

    @Test
    void randomContactsGiveTheEngineAnswerFirstTimeAndFromTheCache() {
        List<GeneratedContact> contacts = new RandomContacts(SEED, cached.indicators()).next(CONTACTS);
        List<String> divergences = new ArrayList<>();
        Coverage coverage = new Coverage();
        for (GeneratedContact contact : contacts) {
            for (int i = 0; i < contact.children().size(); i++) {
                Map<String, Object> inputs = contact.number() % 4 == 0 ? withoutNulls(contact.children().get(i)) : contact.children().get(i);
                String label = "contact " + contact.number() + " child " + i;
                Evaluation engine = cached.evaluateWithEngine(inputs);
                coverage.add(inputs, engine);
                compare(label + " (cached, first time)", engine, cached.evaluate(inputs), divergences);
                compare(label + " (cached, second time)", engine, cached.evaluate(inputs), divergences);
                if (contact.number() % 3 == 0) {   // a third is enough here: every code is checked index-only above
                    compare(label + " (index only)", engine, indexOnly.evaluate(inputs), divergences);
                }
            }
        }
        assertNoDivergence(divergences);
        coverage.assertBroad();
    }

    @Test
    void onlyTheNamedDecisionsGiveTheEngineAnswerForThoseDecisionsWithoutRows() {
        List<GeneratedContact> contacts = new RandomContacts(SEED + 1, cached.indicators()).next(CONTACTS / 3);
        List<String> divergences = new ArrayList<>();
        for (GeneratedContact contact : contacts) {
            for (int i = 0; i < contact.children().size(); i++) {
                Map<String, Object> inputs = contact.children().get(i);
                Evaluation engine = cached.evaluateWithEngine(inputs);
                Evaluation only = indexOnly.evaluateDecisions(inputs, "Level", "Pathways");
                for (String name : List.of("Level", "Pathways")) {
                    if (!Objects.equals(engine.decision(name), only.decision(name))) {
                        divergences.add("contact " + contact.number() + " child " + i + ": '" + name + "' was " + only.decision(name)
                                + ", engine says " + engine.decision(name));
                    }
                }
                if (!only.hits().isEmpty()) {
                    divergences.add("contact " + contact.number() + " child " + i + ": rows recorded " + describe(only.hits()));
                }
            }
        }
        assertNoDivergence(divergences);
        Map<String, Object> bad = Map.of("concerns", List.of("L2-FE-07"), "child", Map.of("ageYears", 7), "gcp2MaxGrade", "four");
        assertThrows(DecisionNotReached.class, () -> indexOnly.evaluateDecisions(bad, "Level", "Pathways"));
    }

    @Test
    void aContextTheModelCannotEvaluateIsRefusedByBothPathsEveryTime() {
        // a grade given as text: the range tests on it cannot be evaluated
        Map<String, Object> inputs = Map.of("concerns", List.of("L2-FE-07"), "child", Map.of("ageYears", 7), "gcp2MaxGrade", "four");
        assertThrows(DecisionNotReached.class, () -> cached.evaluateWithEngine(inputs));
        assertThrows(DecisionNotReached.class, () -> cached.evaluate(inputs));
        // a failure is not remembered as an answer
        assertThrows(DecisionNotReached.class, () -> cached.evaluate(inputs));
        assertThrows(DecisionNotReached.class, () -> indexOnly.evaluate(inputs));
    }

    /** Guards against two equally empty answers passing: the listener's failures are swallowed by the engine. */
    private static void assertCatalogueRowFired(String code, Evaluation engine) {
        assertFalse(engine.hits().isEmpty(), () -> code + ": the engine reported no rows at all");
        RuleHit first = engine.hits().get(0);
        assertEquals("indicator-catalogue", first.model(), () -> code + ": first row should be the catalogue's");
        assertEquals(code, first.ruleId(), () -> code + ": catalogue row fired was " + first.ruleId());
        assertTrue(engine.hits().stream().anyMatch(h -> h.table().equals("Level")), () -> code + ": no Level row fired");
    }

    private static void compare(String label, Evaluation engine, Evaluation fast, List<String> divergences) {
        if (!engine.decisions().keySet().equals(fast.decisions().keySet())) {
            divergences.add(label + ": decisions " + fast.decisions().keySet() + " instead of " + engine.decisions().keySet());
        }
        for (Map.Entry<String, Object> d : engine.decisions().entrySet()) {
            Object got = fast.decisions().get(d.getKey());
            if (!Objects.equals(d.getValue(), got)) {
                divergences.add(label + ": decision '" + d.getKey() + "' was " + got + ", engine says " + d.getValue());
            }
        }
        if (!engine.hits().equals(fast.hits())) {
            divergences.add(label + ": rows fired " + describe(fast.hits()) + ", engine fired " + describe(engine.hits()));
        }
    }

    private static String describe(List<RuleHit> hits) {
        return hits.stream().map(h -> h.table() + "#" + h.row()).toList().toString();
    }

    private static void assertNoDivergence(List<String> divergences) {
        assertTrue(divergences.isEmpty(), () -> divergences.size() + " divergences between the fast path and the engine, first ones:\n  "
                + String.join("\n  ", divergences.subList(0, Math.min(10, divergences.size()))));
    }

    /** The same contact as a caller that leaves unknown sections out rather than sending null. */
    private static Map<String, Object> withoutNulls(Map<String, Object> inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** What the sample reached, so a generator that stopped producing varied contacts cannot pass quietly. */
    private static final class Coverage {
        private final Set<Object> levels = new HashSet<>();
        private final Set<Object> primaryPathways = new HashSet<>();
        private final Set<String> rows = new HashSet<>();
        private int evaluations;
        private int refusedReferrals;
        private int withDomesticAbuse;

        void add(Map<String, Object> inputs, Evaluation engine) {
            evaluations++;
            levels.add(engine.decision("Level of need"));
            primaryPathways.add(engine.decision("Primary pathway"));
            engine.hits().forEach(h -> rows.add(h.table() + "#" + h.row()));
            if (engine.decision("Referral checks") instanceof List<?> problems && !problems.isEmpty()) {
                refusedReferrals++;
            }
            if (inputs.get("domesticAbuse") != null) {
                withDomesticAbuse++;
            }
        }

        void assertBroad() {
            assertTrue(evaluations > CONTACTS, "sibling groups expected: " + evaluations + " children for " + CONTACTS + " contacts");
            assertEquals(4, levels.size(), () -> "levels reached: " + levels);
            assertTrue(primaryPathways.size() >= 10, () -> "primary pathways reached: " + primaryPathways);
            assertTrue(rows.size() >= 150, () -> "distinct rows fired: " + rows.size());
            assertTrue(refusedReferrals > 0, "no professional asked to stay anonymous");
            double share = withDomesticAbuse / (double) evaluations;
            assertTrue(share > 0.2 && share < 0.45, () -> "domestic abuse share " + share);
        }
    }
}
