package org.frontdoor.rules;

/** The rule set in {@code rules/}, compiled once for the plain unit tests. */
public final class RulesFixture {
    private static RuleSet ruleSet;

    private RulesFixture() {
    }

    public static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            ruleSet = new RuleSetCatalog(new RulesProperties("rules", "test", 10_000)).active();
        }
        return ruleSet;
    }
}
