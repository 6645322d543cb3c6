package org.frontdoor.referral;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.frontdoor.referral.DecisionRequest.ChildChoice;
import org.frontdoor.referral.InvalidDecision.Problem;
import org.frontdoor.rules.RuleRow;
import org.frontdoor.rules.RuleSet;

/** Checks a decision against the referral's children and the pathway codes of the rule set; names every offending field. */
final class DecisionValidation {
    static final Set<String> REASON_CATEGORIES = new LinkedHashSet<>(
            List.of("new-information", "professional-judgement", "family-context", "resource-constraint", "other"));
    private static final int MAX_REASON = 4000;

    private DecisionValidation() {
    }

    /** Pathway codes are data in the rule set's "Pathway" table (first input of each row), never a list in Java. */
    static Set<String> pathwayCodes(RuleSet ruleSet) {
        Set<String> codes = new HashSet<>();
        new org.frontdoor.rules.PathwayRows(ruleSet).pathways().forEach(p -> codes.add(p.code()));
        return codes;
    }

    static void check(DecisionRequest request, List<Recommended> recommended, RuleSet ruleSet) {
        List<Problem> problems = new ArrayList<>();
        List<ChildChoice> children = request == null || request.children() == null ? List.of() : request.children();
        if (children.isEmpty()) {
            problems.add(new Problem("children", "must give a decision for every child of the referral"));
        }
        Set<String> refs = new HashSet<>();
        recommended.forEach(r -> refs.add(r.ref()));
        Set<String> seen = new HashSet<>();
        Set<String> codes = pathwayCodes(ruleSet);
        for (int i = 0; i < children.size(); i++) {
            String at = "children[" + i + "]";
            ChildChoice c = children.get(i);
            if (c == null) {
                problems.add(new Problem(at, "is required"));
                continue;
            }
            if (c.ref() == null || c.ref().isBlank()) {
                problems.add(new Problem(at + ".ref", "is required"));
            } else if (!refs.contains(c.ref())) {
                problems.add(new Problem(at + ".ref", "is not a child of this referral"));
            } else if (!seen.add(c.ref())) {
                problems.add(new Problem(at + ".ref", "is decided more than once"));
            }
            if (c.accept() == null) {
                problems.add(new Problem(at + ".accept", "is required: true to accept the recommendation, false to choose another response"));
            } else if (c.accept()) {
                refuseWhenAccepting(c, at, problems);
            } else {
                checkChoice(c, at, codes, ruleSet.version(), problems);
            }
            if (c.reason() != null && c.reason().length() > MAX_REASON) {
                problems.add(new Problem(at + ".reason", "must be at most " + MAX_REASON + " characters"));
            } else if (org.frontdoor.decision.PlainText.Check.problem(c.reason()) != null) {
                problems.add(new Problem(at + ".reason", org.frontdoor.decision.PlainText.Check.problem(c.reason())));
            }
        }
        if (!children.isEmpty()) {
            recommended.stream().filter(r -> !seen.contains(r.ref())).forEach(r ->
                    problems.add(new Problem("children", "has no decision for " + r.ref() + ": every child of the referral is decided at once")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecision(problems);
        }
    }

    private static void refuseWhenAccepting(ChildChoice c, String at, List<Problem> problems) {
        if (c.level() != null) {
            problems.add(new Problem(at + ".level", "must not be given when accepting the recommendation"));
        }
        if (c.pathways() != null) {
            problems.add(new Problem(at + ".pathways", "must not be given when accepting the recommendation"));
        }
        if (c.reasonCategory() != null) {
            problems.add(new Problem(at + ".reasonCategory", "must not be given when accepting the recommendation"));
        }
    }

    private static void checkChoice(ChildChoice c, String at, Set<String> codes, String version, List<Problem> problems) {
        if (c.level() == null) {
            problems.add(new Problem(at + ".level", "is required when not accepting the recommendation"));
        } else if (c.level() < 1 || c.level() > 4) {
            problems.add(new Problem(at + ".level", "must be a level from 1 to 4"));
        }
        if (c.pathways() == null || c.pathways().isEmpty()) {
            problems.add(new Problem(at + ".pathways", "must name at least one pathway, the primary first"));
        } else {
            Set<String> chosen = new HashSet<>();
            for (int j = 0; j < c.pathways().size(); j++) {
                String code = c.pathways().get(j);
                String field = at + ".pathways[" + j + "]";
                if (code == null || !codes.contains(code)) {
                    problems.add(new Problem(field, code != null && code.length() <= 20
                            ? "'" + code + "' is not a pathway code in rule set " + version
                            : "is not a pathway code in rule set " + version));
                } else if (!chosen.add(code)) {
                    problems.add(new Problem(field, "is given more than once"));
                }
            }
        }
        if (c.reasonCategory() == null || c.reasonCategory().isBlank()) {
            problems.add(new Problem(at + ".reasonCategory", "is required when not accepting the recommendation"));
        } else if (!REASON_CATEGORIES.contains(c.reasonCategory())) {
            problems.add(new Problem(at + ".reasonCategory", "must be one of " + String.join(", ", REASON_CATEGORIES)));
        }
        if (c.reason() == null || c.reason().isBlank()) {
            problems.add(new Problem(at + ".reason", "is required when not accepting the recommendation: say why"));
        }
    }
}
