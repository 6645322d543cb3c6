package org.frontdoor.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.rules.Finding;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.model.api.DecisionTable;

/**
 * What the service's Java relies on in a rule set, as data in one place, and the check of a compiled set against it.
 *
 * <p>Read from the code that consumes the models: {@link CompiledRules} (the two models, the catalogue's input
 * {@code concerns} and decision {@code Indicators}, the decision model's input {@code indicators} and decision
 * {@code Referral checks}), {@code decision.ThresholdDecisions} (decisions Level, Pathways, Consent, Missing
 * information and the fields it reads), {@code decision.ContactInputs} (every input it sets and its fields) and
 * {@code referral.PathwayTable} (the Pathway and Level tables' output columns, read by position). Only shapes are
 * part of the contract: labels, thresholds and rows are the policy lead's to change.
 *
 * <p>When the Java above changes what it sets or reads, change this list with it.
 */
public final class ServiceContract {

    /** A value shape the service sends or reads. TEXT is a value the service only turns into text (any single value). */
    public record Shape(Kind kind, Shape element, Map<String, Shape> fields) {
        public enum Kind { NUMBER, STRING, BOOLEAN, TEXT, LIST, CONTEXT }

        static Shape number() {
            return new Shape(Kind.NUMBER, null, Map.of());
        }

        static Shape string() {
            return new Shape(Kind.STRING, null, Map.of());
        }

        static Shape bool() {
            return new Shape(Kind.BOOLEAN, null, Map.of());
        }

        static Shape text() {
            return new Shape(Kind.TEXT, null, Map.of());
        }

        static Shape list(Shape element) {
            return new Shape(Kind.LIST, element, Map.of());
        }

        /** Pairs of field name and shape, in order. */
        static Shape context(Object... pairs) {
            Map<String, Shape> fields = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                fields.put((String) pairs[i], (Shape) pairs[i + 1]);
            }
            return new Shape(Kind.CONTEXT, null, fields);
        }

        String describe() {
            return switch (kind) {
                case NUMBER -> "a number";
                case STRING -> "text";
                case BOOLEAN -> "true/false";
                case TEXT -> "a single value";
                case LIST -> "a list of " + element.describe().replaceFirst("^an? ", "");
                case CONTEXT -> "a context with " + String.join(", ", fields.keySet());
            };
        }
    }

    /** An input the service sets on a model. */
    public record Input(String model, String name, Shape sent, String usedBy) {
    }

    /** A decision whose result the service reads. */
    public record Decision(String model, String name, Shape read, String usedBy) {
    }

    /** A decision table (of a decision or business knowledge model) whose output columns the service reads by position. */
    public record Table(String model, String name, Map<Integer, String> outputsByPosition, String usedBy) {
    }

    static final String CATALOGUE = CompiledRules.CATALOGUE_MODEL;
    static final String DECISION = CompiledRules.DECISION_MODEL;

    private static final Shape INDICATOR_READ = Shape.context("level", Shape.number(), "domain", Shape.text(), "category", Shape.text(),
            "significantHarm", Shape.bool());

    public static final List<String> MODELS = List.of(CATALOGUE, DECISION);

    public static final List<Input> INPUTS = List.of(
            new Input(CATALOGUE, CompiledRules.CONCERNS, Shape.list(Shape.string()), "the indicator codes of a contact"),
            new Input(DECISION, CompiledRules.INDICATORS, Shape.list(Shape.context("code", Shape.string(), "level", Shape.number(),
                    "domain", Shape.string(), "category", Shape.string(), "significantHarm", Shape.bool())), "the catalogue entries of the concerns"),
            new Input(DECISION, "child", Shape.context("ageYears", Shape.number(), "unbornWeeks", Shape.number(), "nonMobile", Shape.bool(),
                    "disability", Shape.string()), "the child"),
            new Input(DECISION, "referrer", Shape.context("type", Shape.string(), "anonymous", Shape.bool()), "who made the contact"),
            new Input(DECISION, "domesticAbuse", Shape.context("riskLevel", Shape.string(), "dashYesCount", Shape.number(),
                    "incidentsLast12Months", Shape.number(), "childrenPresent", Shape.bool(), "pregnancy", Shape.bool()), "domestic abuse"),
            new Input(DECISION, "consent", Shape.context("status", Shape.string()), "consent"),
            new Input(DECISION, "openCase", Shape.string(), "an open case"),
            new Input(DECISION, "history", Shape.context("contactsLast12Months", Shape.number(), "referralsLast12Months", Shape.number(),
                    "previousCpPlan", Shape.bool(), "previousRemoval", Shape.bool()), "the child's history"),
            new Input(DECISION, "circumstances", Shape.list(Shape.string()), "circumstances"),
            new Input(DECISION, "privateFostering", Shape.context("carerRelationship", Shape.string(), "intendedDays", Shape.number()),
                    "private fostering"),
            new Input(DECISION, "gcp2MaxGrade", Shape.number(), "the Graded Care Profile 2 grade"),
            new Input(DECISION, "missingEpisode", Shape.context("hoursMissing", Shape.number(), "episodesLast12Months", Shape.number()),
                    "a missing episode"));

    public static final List<Decision> DECISIONS = List.of(
            new Decision(CATALOGUE, CompiledRules.INDICATORS_DECISION, Shape.list(INDICATOR_READ), "the indicator catalogue"),
            new Decision(DECISION, "Level", Shape.context("value", Shape.number(), "label", Shape.text()), "the recommended level of need"),
            new Decision(DECISION, "Pathways", Shape.list(Shape.context("code", Shape.text(), "label", Shape.text(), "primary", Shape.bool(),
                    "timescale", Shape.text(), "amount", Shape.number(), "unit", Shape.text(), "socialCare", Shape.bool(),
                    "partnerAction", Shape.text(), "partnerWhen", Shape.text(), "partnerPriority", Shape.number(), "partnerContact", Shape.text())),
                    "the recommended pathways and their timescales"),
            new Decision(DECISION, "Consent", Shape.context("required", Shape.bool(), "advice", Shape.text()), "the consent advice"),
            new Decision(DECISION, "Missing information", Shape.list(Shape.context("field", Shape.text(), "question", Shape.text())),
                    "the questions about missing information"),
            new Decision(DECISION, CompiledRules.REFERRAL_CHECKS, Shape.list(Shape.context("field", Shape.text(), "problem", Shape.text())),
                    "refusing a contact the tables say cannot be accepted"));

    public static final List<Table> TABLES = List.of(
            new Table(DECISION, "Level", Map.of(2, "label"), "feedback letters"));

    /** Tables the service reads by column name ({@code rules.PathwayRows}): the columns it needs, in any order. */
    public static final List<NamedTable> NAMED_TABLES = List.of(
            new NamedTable(DECISION, org.frontdoor.rules.PathwayRows.TABLE, org.frontdoor.rules.PathwayRows.REQUIRED,
                    "the pages, feedback letters, follow-ups, the work queue and partners' actions"));

    /** A decision table whose output columns the service reads by name. */
    public record NamedTable(String model, String name, List<String> outputs, String usedBy) {
    }

    private ServiceContract() {
    }

    /** Contract findings (errors, and warnings for what the service sends that the model cannot see) for a compiled set. */
    public static List<Finding> check(List<DMNModel> models) {
        List<Finding> out = new ArrayList<>();
        Map<String, DMNModel> byName = new LinkedHashMap<>();
        models.forEach(m -> byName.putIfAbsent(m.getName(), m));
        for (String name : MODELS) {
            if (!byName.containsKey(name)) {
                out.add(error(name, null, "The rule set has no model named '" + name + "'; the service needs it."));
            }
        }
        for (Input in : INPUTS) {
            DMNModel model = byName.get(in.model());
            if (model == null) {
                continue;
            }
            Optional<InputDataNode> node = model.getInputs().stream().filter(i -> in.name().equals(i.getName())).findFirst();
            if (node.isEmpty()) {
                out.add(error(in.model(), null, "Model '" + in.model() + "' has no input named '" + in.name() + "'. The service sets '"
                        + in.name() + "' (" + in.usedBy() + ") as " + in.sent().describe() + "; an input that is renamed or removed would be ignored."));
                continue;
            }
            sent(in.model(), in.name(), in.sent(), node.get().getType(), out);
        }
        for (DMNModel model : byName.values()) {
            if (!MODELS.contains(model.getName())) {
                continue;
            }
            for (InputDataNode node : model.getInputs()) {
                boolean set = INPUTS.stream().anyMatch(i -> i.model().equals(model.getName()) && i.name().equals(node.getName()));
                if (!set) {
                    out.add(warning(model.getName(), null, "Model '" + model.getName() + "' has an input '" + node.getName()
                            + "' that the service never sets, so it is always empty when the rules run."));
                }
            }
        }
        for (Decision d : DECISIONS) {
            DMNModel model = byName.get(d.model());
            if (model == null) {
                continue;
            }
            DecisionNode node = model.getDecisionByName(d.name());
            if (node == null) {
                out.add(error(d.model(), d.name(), "Model '" + d.model() + "' has no decision named '" + d.name() + "'. The service reads it for "
                        + d.usedBy() + " and expects " + d.read().describe() + "."));
                continue;
            }
            read(d.model(), d.name(), d.name(), d.read(), node.getResultType(), out);
        }
        for (NamedTable t : NAMED_TABLES) {
            DMNModel model = byName.get(t.model());
            DecisionTable table = model == null ? null : table(model, t.name());
            if (model == null) {
                continue;
            }
            if (table == null) {
                out.add(error(t.model(), t.name(), "Model '" + t.model() + "' has no decision table named '" + t.name() + "'; the service reads it for "
                        + t.usedBy() + "."));
                continue;
            }
            List<String> names = table.getOutput().stream().map(o -> o.getName() != null ? o.getName() : o.getLabel()).toList();
            for (String needed : t.outputs()) {
                if (!names.contains(needed)) {
                    out.add(error(t.model(), t.name(), "Table '" + t.name() + "' has no output column named '" + needed + "'; the service reads it for "
                            + t.usedBy() + "."));
                }
            }
        }
        for (Table t : TABLES) {
            DMNModel model = byName.get(t.model());
            if (model == null) {
                continue;
            }
            DecisionTable table = table(model, t.name());
            if (table == null) {
                out.add(error(t.model(), t.name(), "Model '" + t.model() + "' has no decision table named '" + t.name() + "'; the service reads it for "
                        + t.usedBy() + "."));
                continue;
            }
            t.outputsByPosition().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                int position = e.getKey();
                String found = table.getOutput().size() >= position ? table.getOutput().get(position - 1).getName() : null;
                if (!e.getValue().equals(found)) {
                    out.add(error(t.model(), t.name(), "Table '" + t.name() + "' must have output column '" + e.getValue() + "' in position " + position
                            + (found == null ? " (it has only " + table.getOutput().size() + " output columns)" : " (found '" + found + "')")
                            + "; the service reads that column by position for " + t.usedBy() + "."));
                }
            });
        }
        return out;
    }

    private static DecisionTable table(DMNModel model, String name) {
        for (DecisionNode d : model.getDecisions()) {
            if (name.equals(d.getName()) && d.getDecision().getExpression() instanceof DecisionTable dt) {
                return dt;
            }
        }
        return model.getBusinessKnowledgeModels().stream().filter(b -> name.equals(b.getName())).findFirst()
                .map(b -> b.getBusinessKnowledModel().getEncapsulatedLogic())
                .map(f -> f == null ? null : f.getExpression())
                .filter(DecisionTable.class::isInstance).map(DecisionTable.class::cast).orElse(null);
    }

    /** The service reads a decision's result as {@code expected}: the declared type must give it. */
    private static void read(String model, String decision, String path, Shape expected, DMNType actual, List<Finding> out) {
        if (actual == null || isAny(actual)) {
            return;   // undeclared: nothing to check statically (the service checks the value when it runs)
        }
        String where = where(decision, path);
        switch (expected.kind()) {
            case LIST -> {
                if (!actual.isCollection()) {
                    out.add(error(model, decision, where + " must be " + expected.describe() + " but is declared as a single " + typeName(actual) + "."));
                    return;
                }
                DMNType element = element(actual);
                if (element != null) {
                    read(model, decision, path + "[]", expected.element(), element, out);
                }
            }
            case CONTEXT -> {
                if (actual.isCollection() || !actual.isComposite()) {
                    out.add(error(model, decision, where + " must be " + expected.describe() + " but is declared as " + typeName(actual) + "."));
                    return;
                }
                expected.fields().forEach((field, shape) -> {
                    DMNType f = actual.getFields().get(field);
                    if (f == null) {
                        out.add(error(model, decision, where + " has no field '" + field + "' (type " + typeName(actual)
                                + "); the service reads it."));
                    } else {
                        read(model, decision, path + "." + field, shape, f, out);
                    }
                });
            }
            default -> {
                if (actual.isCollection() || (actual.isComposite() && !actual.getFields().isEmpty())) {
                    out.add(error(model, decision, where + " must be " + expected.describe() + " but is declared as " + typeName(actual) + "."));
                    return;
                }
                String builtin = builtin(actual);
                boolean ok = switch (expected.kind()) {
                    case NUMBER -> builtin.equals("number");
                    case STRING -> builtin.equals("string");
                    case BOOLEAN -> builtin.equals("boolean");
                    default -> true;
                };
                if (!ok) {
                    out.add(error(model, decision, where + " must be " + expected.describe() + " but is declared as " + typeName(actual) + "."));
                }
            }
        }
    }

    /** "Decision 'Level'", "Each item of decision 'Pathways'", "Field 'label' of each item of decision 'Pathways'". */
    private static String where(String decision, String path) {
        String rest = path.substring(decision.length());
        if (rest.isEmpty()) {
            return "Decision '" + decision + "'";
        }
        if (rest.equals("[]")) {
            return "Each item of decision '" + decision + "'";
        }
        if (rest.startsWith("[].")) {
            return "Field '" + rest.substring(3) + "' of each item of decision '" + decision + "'";
        }
        return "Field '" + rest.replaceFirst("^\\.", "") + "' of decision '" + decision + "'";
    }

    /** The service sends {@code sent} to an input declared as {@code declared}: the declared type must accept it. */
    private static void sent(String model, String path, Shape sent, DMNType declared, List<Finding> out) {
        if (declared == null || isAny(declared)) {
            return;
        }
        String where = "Input '" + path + "' of model '" + model + "'";
        switch (sent.kind()) {
            case LIST -> {
                if (!declared.isCollection()) {
                    out.add(error(model, null, where + " is declared as a single " + typeName(declared) + " but the service sends " + sent.describe() + "."));
                    return;
                }
                DMNType element = element(declared);
                if (element != null) {
                    sent(model, path + "[]", sent.element(), element, out);
                }
            }
            case CONTEXT -> {
                if (declared.isCollection() || !declared.isComposite()) {
                    out.add(error(model, null, where + " is declared as " + typeName(declared) + " but the service sends " + sent.describe() + "."));
                    return;
                }
                sent.fields().forEach((field, shape) -> {
                    DMNType f = declared.getFields().get(field);
                    if (f == null) {
                        // a model need not use every field the service sends; but a renamed field would never be seen
                        out.add(warning(model, null, where + " (type " + typeName(declared) + ") has no field '" + field
                                + "'; the service sends it, so no rule can use it. If it was renamed, the rules will not see the value."));
                    } else {
                        sent(model, path + "." + field, shape, f, out);
                    }
                });
            }
            default -> {
                if (declared.isCollection() || (declared.isComposite() && !declared.getFields().isEmpty())) {
                    out.add(error(model, null, where + " is declared as " + typeName(declared) + " but the service sends " + sent.describe() + "."));
                    return;
                }
                String builtin = builtin(declared);
                boolean ok = switch (sent.kind()) {
                    case NUMBER -> builtin.equals("number");
                    case STRING, TEXT -> builtin.equals("string");
                    case BOOLEAN -> builtin.equals("boolean");
                    default -> true;
                };
                if (!ok) {
                    out.add(error(model, null, where + " is declared as " + typeName(declared) + " but the service sends " + sent.describe() + "."));
                }
            }
        }
    }

    /** The element type of a collection type (a collection of a structure keeps the structure's fields on itself). */
    private static DMNType element(DMNType collection) {
        if (collection.isComposite() && !collection.getFields().isEmpty()) {
            return new ElementView(collection);
        }
        return collection.getBaseType();
    }

    private static boolean isAny(DMNType t) {
        DMNType root = t;
        while (root.getBaseType() != null && !isBuiltinName(root.getName())) {
            root = root.getBaseType();
        }
        return "Any".equalsIgnoreCase(root.getName()) && !t.isCollection() && t.getFields().isEmpty();
    }

    private static String builtin(DMNType t) {
        DMNType root = t;
        while (root.getBaseType() != null && !isBuiltinName(root.getName())) {
            root = root.getBaseType();
        }
        return root.getName() == null ? "" : root.getName();
    }

    private static boolean isBuiltinName(String name) {
        return name != null && List.of("number", "string", "boolean", "Any", "date", "time", "date and time", "days and time duration",
                "years and months duration", "context", "list", "function", "range").contains(name);
    }

    private static String typeName(DMNType t) {
        String name = t.getName() == null ? "an unnamed type" : "'" + t.getName() + "'";
        String b = builtin(t);
        return t.isCollection() ? "list " + name : (b.isEmpty() || b.equals(t.getName()) ? name : name + " (" + b + ")");
    }

    private static Finding error(String model, String table, String message) {
        return new Finding(Finding.ERROR, "contract", model, table, List.of(), message, null);
    }

    private static Finding warning(String model, String table, String message) {
        return new Finding(Finding.WARNING, "contract", model, table, List.of(), message, null);
    }

    /** A collection type seen as one of its elements: same fields, not a collection. */
    private record ElementView(DMNType of) implements DMNType {
        @Override public String getNamespace() { return of.getNamespace(); }
        @Override public String getName() { return of.getName(); }
        @Override public String getId() { return of.getId(); }
        @Override public boolean isCollection() { return false; }
        @Override public boolean isComposite() { return true; }
        @Override public Map<String, DMNType> getFields() { return of.getFields(); }
        @Override public DMNType getBaseType() { return null; }
        @Override public DMNType clone() { return this; }
        @Override public boolean isInstanceOf(Object o) { return of.isInstanceOf(o); }
        @Override public boolean isAssignableValue(Object o) { return of.isAssignableValue(o); }
        @Override public List<org.kie.dmn.api.core.DMNUnaryTest> getAllowedValues() { return of.getAllowedValues(); }
        @Override public List<org.kie.dmn.api.core.DMNUnaryTest> getTypeConstraint() { return of.getTypeConstraint(); }
    }

}
