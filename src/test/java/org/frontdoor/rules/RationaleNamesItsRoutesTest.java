package org.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.frontdoor.benchmark.RandomContacts;
import org.junit.jupiter.api.Test;

/**
 * A row of any table whose reason names a route (a pathway's label from the Pathway table, up to its first bracket or
 * colon: "pre-birth assessment", "strategy discussion", "return home interview"...) promises that route: whenever
 * the row fires, the answer must have it. Checked over 20,000 seeded random contacts; together with the rule-coverage
 * gate (every row fires in some scenario) no row can name a route the answer then lacks. The words come from the
 * tables, so a council renaming a pathway renames what is checked.
 */
class RationaleNamesItsRoutesTest {
    /** Tables that choose routes: their rows name the route they add, and may name others they do not (e.g. "not a housing referral"). */
    private static final Set<String> ROUTING = Set.of("Primary pathway", "Additional routes", "Early help routes", PathwayRows.TABLE, "Consent",
            "Indicator", "Missing information", "Referral checks");

    @Test
    void everyRouteARowNamesIsInTheAnswerWheneverTheRowFires() {
        RuleSet rules = RulesFixture.ruleSet();
        Map<String, String> routeByWords = new LinkedHashMap<>();
        for (PathwayRows.Row p : new PathwayRows(rules).pathways()) {
            String words = p.label().split("[(:]")[0].strip().toLowerCase(Locale.ROOT);
            if (words.length() >= 8) {
                routeByWords.putIfAbsent(words, p.code());
            }
        }
        assertThat(routeByWords).containsEntry("pre-birth assessment", "P14").containsKey("strategy discussion");
        RandomContacts contacts = new RandomContacts(20261203L, rules.indicators());
        Map<String, List<String>> broken = new TreeMap<>();
        int evaluations = 0;
        for (RandomContacts.GeneratedContact contact : contacts.next(10_000)) {
            for (Map<String, Object> child : contact.children()) {
                evaluations++;
                Evaluation e = rules.evaluate(child);
                Set<String> codes = pathways(e.decision("Pathways"));
                for (RuleHit hit : e.hits()) {
                    if (!hit.explains() || ROUTING.contains(hit.table()) || hit.reason() == null) {
                        continue;
                    }
                    String reason = hit.reason().toLowerCase(Locale.ROOT);
                    routeByWords.forEach((words, code) -> {
                        if (reason.contains(words) && !codes.contains(code)) {
                            broken.computeIfAbsent(hit.table() + " / " + hit.ruleId() + " names '" + words + "' (" + code + ")", k -> new ArrayList<>())
                                    .add(String.join(",", codes));
                        }
                    });
                }
            }
        }
        System.out.println("Rationale rows naming a route, checked over " + evaluations + " children: " + broken.size() + " rows broke the promise");
        assertThat(broken.entrySet().stream().map(en -> en.getKey() + ", answered " + en.getValue().get(0) + " (" + en.getValue().size() + " times)")
                .collect(Collectors.toList())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> pathways(Object decided) {
        if (!(decided instanceof List<?> list)) {
            return Set.of();
        }
        return list.stream().filter(Map.class::isInstance).map(m -> String.valueOf(((Map<String, Object>) m).get("code"))).collect(Collectors.toSet());
    }
}
