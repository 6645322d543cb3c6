package org.frontdoor.rules;

import java.util.List;
import java.util.Map;

import org.frontdoor.rules.internal.CompiledRules;

/**
 * One immutable, compiled version of the decision tables. Evaluations in flight keep the instance they started
 * with, so a later publish never changes an answer half way.
 */
public final class RuleSet {
    private final CompiledRules rules;
    private final List<RuleHitObserver> observers;

    RuleSet(CompiledRules rules, List<RuleHitObserver> observers) {
        this.rules = rules;
        this.observers = List.copyOf(observers);
    }

    /**
     * Compiles models with no hit observers, outside a catalogue: for a worker process that evaluates a draft (the
     * service compiles through {@link RuleSetCatalog#compile}). Throws {@link DecisionNotReached} if they do not compile.
     */
    public static RuleSet compileAlone(String version, List<ModelFile> sources, int cacheSize) {
        return new RuleSet(CompiledRules.compile(version, sources, cacheSize), List.of());
    }

    public String version() {
        return rules.version();
    }

    public String hash() {
        return rules.hash();
    }

    /** The indicator catalogue, in table order, keyed by code. */
    public Map<String, Indicator> indicators() {
        return rules.indicators();
    }

    /** Every row of every decision table in the set. */
    public List<RuleRow> rows() {
        return rules.rows();
    }

    /**
     * Headers of a table's input columns in column order, as {@link RuleRow#inputEntries()} are: the column's
     * label, else its input expression. Empty for a table the set does not have.
     */
    public List<String> inputLabels(String model, String table) {
        return rules.inputLabels(model, table);
    }

    /**
     * Headers of a table's output columns in column order, as {@link RuleRow#outputEntries()} are: the column's
     * label, else its name, else (a single unnamed output) the table's name. Empty for a table the set does not have.
     */
    public List<String> outputLabels(String model, String table) {
        return rules.outputLabels(model, table);
    }

    /** Position of a table in the models as written, catalogue first: rationale is listed in this order. */
    public int tablePosition(String model, String table) {
        return rules.tablePosition(model, table);
    }

    /**
     * Everything wrong with one child's inputs: values the model's input types do not allow, then (if those are
     * sound) the facts the model's "Referral checks" table refuses, such as a professional asking to stay anonymous.
     */
    public List<InputProblem> check(Map<String, Object> inputs) {
        List<InputProblem> problems = rules.check(inputs);
        if (!problems.isEmpty()) {
            return problems;
        }
        Evaluation checks = rules.referralChecks(inputs);
        observers.forEach(o -> o.observed(version(), checks.hits()));
        if (!(checks.decision(CompiledRules.REFERRAL_CHECKS) instanceof List<?> found)) {
            throw new DecisionNotReached(version(), List.of("the Referral checks table gave no answer"));
        }
        return found.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .map(m -> new InputProblem(String.valueOf(m.get("field")), String.valueOf(m.get("problem")))).toList();
    }

    /** Evaluates one child's inputs ({@code concerns} as codes plus the decision model's inputs). */
    public Evaluation evaluate(Map<String, Object> inputs) {
        Evaluation evaluation = rules.evaluate(inputs);
        observers.forEach(o -> o.observed(version(), evaluation.hits()));
        return evaluation;
    }

    /**
     * Only the named decisions (and what they require) for one child, as {@link #evaluate} would give them, without
     * recording rows (the hits are empty, observers see nothing) and without the cache: for replays that need
     * outcomes, not explanations.
     */
    public Evaluation evaluateDecisions(Map<String, Object> inputs, String... decisionNames) {
        if (decisionNames.length == 0) {
            throw new IllegalArgumentException("name at least one decision");
        }
        return rules.evaluateDecisions(inputs, decisionNames);
    }

    /**
     * Indicator codes whose catalogue entry differs between this rule set and {@code other} (or that only one has);
     * empty when they decide alike. Null when they differ in more than the catalogue. A child none of whose concerns
     * is among these codes gets the same decisions from both sets (and the same input problems).
     */
    public java.util.Set<String> catalogueDifferences(RuleSet other) {
        return rules.catalogueDifferences(other.rules);
    }

    /** Same answer as {@link #evaluate}, computed by the engine alone: for comparison and benchmarks. */
    public Evaluation evaluateWithEngine(Map<String, Object> inputs) {
        return rules.evaluateWithEngine(inputs);
    }

    @Override
    public String toString() {
        return rules.toString();
    }
}
