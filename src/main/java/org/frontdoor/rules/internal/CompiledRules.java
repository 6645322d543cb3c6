package org.frontdoor.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.Evaluation;
import org.frontdoor.rules.Indicator;
import org.frontdoor.rules.InputProblem;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RuleHit;
import org.frontdoor.rules.RuleRow;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.internal.io.ResourceFactory;

/**
 * A compiled rule set: the indicator catalogue and the front-door decision model.
 *
 * <p>The catalogue is a pure function of one code, so at compile time every catalogue row is evaluated once by
 * the engine and its answer indexed by code. An evaluation then looks its concerns up in that index and runs only
 * the decision model, whose answers are remembered per distinct child context (the model uses no clock, so the
 * same context always gives the same answer). {@link #evaluateWithEngine} does the whole thing through the
 * engine with no index or cache; a test compares the two on every code and on random contacts.
 */
public final class CompiledRules {
    public static final String CATALOGUE_MODEL = "indicator-catalogue";
    public static final String DECISION_MODEL = "front-door-decision";
    static final String CONCERNS = "concerns";
    static final String INDICATORS = "indicators";
    static final String INDICATORS_DECISION = "Indicators";
    /** Decision of the decision model listing facts that make a contact unacceptable: [{field, problem}]. */
    public static final String REFERRAL_CHECKS = "Referral checks";

    private final String version;
    private final String hash;
    private final String hashBesidesCatalogue;
    private final DMNRuntime runtime;
    private final DMNModel catalogue;
    private final DMNModel decision;
    private final TableRows rows;
    private final HitRecorder recorder;
    private final Map<String, IndexedIndicator> index;
    private final Map<String, Indicator> indicators;
    private final Cache<Map<String, Object>, Evaluation> memo;
    private final InputTypes types;
    private final java.util.Set<String> listInputs;
    private final Map<String, Integer> tablePositions = new java.util.HashMap<>();

    private record IndexedIndicator(Indicator indicator, Map<String, Object> entry, List<RuleHit> hits) {
    }

    public static CompiledRules compile(String version, List<ModelFile> sources, int cacheSize) {
        List<Resource> resources = sources.stream().map(s -> {
            Resource r = ResourceFactory.newByteArrayResource(s.content());
            r.setSourcePath(s.fileName());
            return r;
        }).toList();
        DMNRuntime runtime;
        try {
            runtime = Engines.builder(false).fromResources(resources)
                    .getOrElseThrow(e -> new DecisionNotReached(version, List.of("the models do not compile: " + e.getMessage())));
        } catch (DecisionNotReached e) {
            throw e;
        } catch (RuntimeException e) {
            // a file that is not DMN at all makes the builder throw (a NullPointerException) instead of reporting
            throw new DecisionNotReached(version, List.of("the models do not compile: " + e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        for (DMNModel m : runtime.getModels()) {
            m.getMessages(DMNMessage.Severity.ERROR).forEach(msg -> errors.add(m.getName() + ": " + msg.getText()));
        }
        if (!errors.isEmpty()) {
            throw new DecisionNotReached(version, errors);
        }
        return new CompiledRules(version, sources, runtime, cacheSize);
    }

    private CompiledRules(String version, List<ModelFile> sources, DMNRuntime runtime, int cacheSize) {
        this.version = version;
        this.hash = ModelFile.hashOf(sources);
        this.runtime = runtime;
        this.catalogue = model(runtime, CATALOGUE_MODEL);
        this.decision = model(runtime, DECISION_MODEL);
        String catalogueFile = catalogue.getResource() == null ? null : catalogue.getResource().getSourcePath();
        // every file but the catalogue's: when two sets agree on this, only catalogue answers can tell them apart
        this.hashBesidesCatalogue = catalogueFile == null ? null
                : ModelFile.hashOf(sources.stream().filter(s -> !s.fileName().equals(catalogueFile)).toList());
        this.rows = new TableRows(runtime.getModels());
        this.recorder = new HitRecorder(rows);
        runtime.addListener(recorder);
        this.types = new InputTypes(decision);
        this.listInputs = types.lists();
        // the catalogue explains first (what the concerns are), then the decision model's tables as written
        rows.all().stream().sorted(java.util.Comparator.comparing((RuleRow r) -> !r.model().equals(CATALOGUE_MODEL)))
                .forEach(r -> tablePositions.putIfAbsent(r.model() + "/" + r.table(), tablePositions.size()));
        this.index = buildIndex();
        Map<String, Indicator> catalogue = new LinkedHashMap<>();
        index.forEach((code, i) -> catalogue.put(code, i.indicator()));
        this.indicators = Collections.unmodifiableMap(catalogue);
        this.memo = cacheSize > 0 ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
    }

    private DMNModel model(DMNRuntime rt, String name) {
        return rt.getModels().stream().filter(m -> name.equals(m.getName())).findFirst()
                .orElseThrow(() -> new DecisionNotReached(version, List.of("the rule set has no model named " + name)));
    }

    private Map<String, IndexedIndicator> buildIndex() {
        Map<String, IndexedIndicator> out = new LinkedHashMap<>();
        for (RuleRow row : rows.all()) {
            if (!row.model().equals(CATALOGUE_MODEL) || row.inputEntries().isEmpty()) {
                continue;
            }
            String code = unquote(row.inputEntries().get(0));
            Evaluation e = evaluateModel(catalogue, Map.of(CONCERNS, List.of(code)));
            List<?> entries = (List<?>) e.decision(INDICATORS_DECISION);
            if (entries == null || entries.size() != 1 || !(entries.get(0) instanceof Map<?, ?> entry)) {
                throw new DecisionNotReached(version, List.of("indicator " + code + " has no catalogue entry"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) entry;
            Indicator indicator = new Indicator(code, ((Number) typed.get("level")).intValue(), str(typed.get("domain")),
                    str(typed.get("category")), Boolean.TRUE.equals(typed.get("significantHarm")),
                    row.annotations().getOrDefault(RuleRow.REASON, ""), row.annotations().getOrDefault(RuleRow.GUIDANCE, ""));
            // a column may be null (an indicator with no shared circumstance): keep it, as the engine would
            out.put(code, new IndexedIndicator(indicator, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(typed)), List.copyOf(e.hits())));
        }
        return out;
    }

    public String version() {
        return version;
    }

    public String hash() {
        return hash;
    }

    public Map<String, Indicator> indicators() {
        return indicators;
    }

    public List<RuleRow> rows() {
        return rows.all();
    }

    /** Headers of a table's input columns (label, else the input expression), in column order. */
    public List<String> inputLabels(String model, String table) {
        return rows.inputLabels(model, table);
    }

    /** Headers of a table's output columns (label, else name, else the table's name), in column order. */
    public List<String> outputLabels(String model, String table) {
        return rows.outputLabels(model, table);
    }

    /** Where a table comes in the models as written (catalogue first): the order that explains an outcome. */
    public int tablePosition(String model, String table) {
        return tablePositions.getOrDefault(model + "/" + table, Integer.MAX_VALUE);
    }

    /**
     * Indicator codes whose indexed catalogue answer differs between this set and {@code other}, or that only one of
     * them has; null when the sets differ in anything besides the catalogue (then no answer can be assumed equal).
     * For a child none of whose concerns is in the result, both sets give the same decisions: the decision model,
     * its input types and checks are the same files, and its context is the same inputs and catalogue answers.
     */
    public java.util.Set<String> catalogueDifferences(CompiledRules other) {
        if (hashBesidesCatalogue == null || !hashBesidesCatalogue.equals(other.hashBesidesCatalogue)) {
            return null;
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        index.forEach((code, mine) -> {
            IndexedIndicator theirs = other.index.get(code);
            if (theirs == null || !mine.entry().equals(theirs.entry())) {
                out.add(code);
            }
        });
        other.index.keySet().stream().filter(code -> !index.containsKey(code)).forEach(out::add);
        return java.util.Collections.unmodifiableSet(out);
    }

    public List<InputProblem> check(Map<String, Object> inputs) {
        return types.check(normalise(inputs));
    }

    /** Evaluates only the "Referral checks" decision (and what it needs) on inputs that passed {@link #check}. */
    public Evaluation referralChecks(Map<String, Object> inputs) {
        Map<String, Object> context = new LinkedHashMap<>(normalise(inputs));
        context.remove(CONCERNS);
        context.put(INDICATORS, List.of());
        return evaluateModel(decision, context, REFERRAL_CHECKS);
    }

    /** Evaluates one child: indexed catalogue, then the decision model (remembered per distinct context). */
    public Evaluation evaluate(Map<String, Object> inputs) {
        Map<String, Object> normal = normalise(inputs);
        List<RuleHit> hits = new ArrayList<>();
        List<Object> indicators = new ArrayList<>();
        for (Object code : listOf(normal.get(CONCERNS))) {
            IndexedIndicator i = index.get(String.valueOf(code));
            if (i == null) {
                throw new IllegalArgumentException("unknown indicator code");
            }
            indicators.add(i.entry());
            hits.addAll(i.hits());
        }
        Map<String, Object> context = new LinkedHashMap<>(normal);
        context.remove(CONCERNS);
        context.put(INDICATORS, indicators);
        Evaluation decided = memo == null ? evaluateModel(decision, context) : memo.get(context, k -> evaluateModel(decision, k));
        hits.addAll(decided.hits());
        return new Evaluation(decided.decisions(), List.copyOf(hits));
    }

    /**
     * Only the named decisions of the decision model (and those they require), after the indexed catalogue, with no
     * rows recorded and no cache: the cheap answer for a replay that needs outcomes, not their explanation. The
     * decisions are the same as {@link #evaluate}'s for those names; the hits are empty.
     */
    public Evaluation evaluateDecisions(Map<String, Object> inputs, String... decisionNames) {
        Map<String, Object> normal = normalise(inputs);
        List<Object> indicators = new ArrayList<>();
        for (Object code : listOf(normal.get(CONCERNS))) {
            IndexedIndicator i = index.get(String.valueOf(code));
            if (i == null) {
                throw new IllegalArgumentException("unknown indicator code");
            }
            indicators.add(i.entry());
        }
        Map<String, Object> context = new LinkedHashMap<>(normal);
        context.remove(CONCERNS);
        context.put(INDICATORS, indicators);
        return evaluateModel(decision, context, false, decisionNames);
    }

    /** The raw engine: both models through {@code evaluateAll}, no index and no cache. */
    public Evaluation evaluateWithEngine(Map<String, Object> inputs) {
        Map<String, Object> normal = normalise(inputs);
        Evaluation catalogued = evaluateModel(catalogue, Map.of(CONCERNS, listOf(normal.get(CONCERNS))));
        Map<String, Object> context = new LinkedHashMap<>(normal);
        context.remove(CONCERNS);
        context.put(INDICATORS, catalogued.decision(INDICATORS_DECISION));
        Evaluation decided = evaluateModel(decision, context);
        List<RuleHit> hits = new ArrayList<>(catalogued.hits());
        hits.addAll(decided.hits());
        return new Evaluation(decided.decisions(), List.copyOf(hits));
    }

    private Evaluation evaluateModel(DMNModel model, Map<String, Object> inputs) {
        return evaluateModel(model, inputs, true);
    }

    private Evaluation evaluateModel(DMNModel model, Map<String, Object> inputs, String onlyDecision) {
        return evaluateModel(model, inputs, true, onlyDecision);
    }

    /** {@code onlyDecisions} empty: every decision. {@code recordHits} false: the listener ignores this evaluation. */
    private Evaluation evaluateModel(DMNModel model, Map<String, Object> inputs, boolean recordHits, String... onlyDecisions) {
        DMNContext ctx = runtime.newContext();
        // every input is defined, absent facts as null, so the tables can test for "not known"
        model.getInputs().forEach(in -> ctx.set(in.getName(), null));
        inputs.forEach(ctx::set);
        List<RuleHit> hits = recordHits ? recorder.start() : List.of();
        DMNResult result;
        try {
            result = onlyDecisions.length == 0 ? runtime.evaluateAll(model, ctx) : runtime.evaluateByName(model, ctx, onlyDecisions);
        } finally {
            if (recordHits) {
                recorder.stop();
            }
        }
        if (result.hasErrors()) {
            throw new DecisionNotReached(version, result.getMessages(DMNMessage.Severity.ERROR).stream()
                    .map(m -> model.getName() + ": " + m.getText()).distinct().toList());
        }
        Map<String, Object> decisions = new LinkedHashMap<>();
        result.getDecisionResults().forEach(r -> decisions.put(r.getDecisionName(), frozen(r.getResult())));
        return new Evaluation(Collections.unmodifiableMap(decisions), List.copyOf(hits));
    }

    /** A read-only deep copy (values may be null), so a remembered answer cannot be changed by a caller. */
    private static Object frozen(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), frozen(x)));
            return Collections.unmodifiableMap(out);
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(x -> out.add(frozen(x)));
            return Collections.unmodifiableList(out);
        }
        return v;
    }

    /**
     * Numbers as BigDecimal (FEEL's number), so equal contexts are equal map keys and types check; an absent list
     * input as an empty list.
     */
    private Map<String, Object> normalise(Map<String, Object> inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((k, v) -> out.put(k, normaliseValue(v)));
        listInputs.forEach(name -> {
            if (out.get(name) == null) {
                out.put(name, List.of());
            }
        });
        return out;
    }

    private static Object normaliseValue(Object v) {
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normaliseValue(x)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(CompiledRules::normaliseValue).toList();
        }
        return v;
    }

    private static List<?> listOf(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    @Override
    public String toString() {
        return "rule set " + version + " (" + Objects.requireNonNullElse(hash, "").substring(0, 12) + ")";
    }
}
