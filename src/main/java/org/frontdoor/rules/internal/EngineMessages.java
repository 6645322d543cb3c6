package org.frontdoor.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.rules.Finding;
import org.frontdoor.rules.RuleRow;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.validation.dtanalysis.DMNDTAnalysisMessage;
import org.kie.dmn.validation.dtanalysis.model.DTAnalysis;
import org.kie.dmn.validation.dtanalysis.model.Hyperrectangle;
import org.kie.dmn.validation.dtanalysis.model.Interval;
import org.kie.dmn.validation.dtanalysis.model.Overlap;

/**
 * Turns the engine's validation messages into {@link Finding}s a policy lead can read: rows named by their
 * "Rule id", tables by their decision's name, and the engine's text kept alongside.
 *
 * <p>Noise, decided here once:
 * <ul>
 * <li>"First Normal Form Violation: hit policy First/Rule order/Output order/Collect ..." is dropped: it only restates
 * the hit policy the author chose on purpose; there is nothing in the table to fix. Other 1st-normal-form findings
 * (duplicate rows) stay, as style warnings.</li>
 * <li>The hit-policy recommender on a COLLECT table is dropped (a COLLECT table exists to gather every matching
 * row, overlaps are its point). On a FIRST table it is kept as a style warning, reworded: it tells the editor that
 * rows overlap with different answers, so the order of rows decides the answer.</li>
 * <li>"Decision table with single output ... should not have output name/typeRef" is dropped: the KIE DMN editor
 * writes that name and type itself, and the engine ignores them.</li>
 * <li>"One of the supplied DMN Models has failed validation; cannot proceed" is dropped: the schema finding it
 * summarises is reported for its own file.</li>
 * <li>Second-normal-form and contraction findings are kept as style warnings; INFO messages are dropped.</li>
 * </ul>
 */
final class EngineMessages {
    private static final Pattern MASKED = Pattern.compile("Rule (\\d+) is masked by rule: (\\d+)");
    private static final Pattern CONTAINS = Pattern.compile("Rule (\\d+) contains rule: (\\d+)");
    private static final Pattern RULE_COLUMN = Pattern.compile("in rule (\\d+) column (\\d+)");
    private static final Pattern SKIPPED_COLUMNS = Pattern.compile("Columns: \\[(.*?)\\] relate to FEEL string values");
    private static final Pattern UNKNOWN_VARIABLE = Pattern.compile(
            "Error compiling FEEL expression '(.*?)' on decision table '(.*?)', input clause #(\\d+): Unknown variable '(.*?)'");
    private static final Pattern GAP = Pattern.compile("Gap detected: (.*?) \\(DMN id");

    private EngineMessages() {
    }

    /** The finding for one engine message, or null when the message is noise (see the class comment). */
    static Finding translate(DMNMessage m, String fileName) {
        if (m.getSeverity() == DMNMessage.Severity.INFO || m.getSeverity() == null) {
            return null;
        }
        String engine = m.getText();
        String text = clean(engine);
        DMNMessageType type = m.getMessageType();
        if (type == DMNMessageType.FAILED_VALIDATION) {
            return null;
        }
        if ((type == DMNMessageType.ILLEGAL_USE_OF_NAME || type == DMNMessageType.ILLEGAL_USE_OF_TYPEREF) && text.contains("single output")) {
            return null;
        }
        if (type == DMNMessageType.FAILED_XML_VALIDATION) {
            return new Finding(Finding.ERROR, "schema", fileName, null, List.of(), schema(fileName, text), engine);
        }
        if (m instanceof DMNDTAnalysisMessage dt && dt.getAnalysis() != null && dt.getAnalysis().getSource() != null) {
            return table(dt, type, text, engine);
        }
        DMNModelInstrumentedBase source = m.getSourceReference() instanceof DMNModelInstrumentedBase b ? b : null;
        String model = modelName(source, fileName);
        String node = nodeName(source);
        boolean error = m.getSeverity() == DMNMessage.Severity.ERROR;
        String where = "Model '" + model + "'" + (node == null ? "" : ", '" + node + "'");
        Matcher unknown = UNKNOWN_VARIABLE.matcher(text);
        if (unknown.find()) {
            return new Finding(error ? Finding.ERROR : Finding.WARNING, "model", model, node, List.of(), "Table '" + unknown.group(2) + "', input column "
                    + unknown.group(3) + (unknown.group(1).equals(unknown.group(4)) ? "" : " ('" + unknown.group(1) + "')") + " uses '"
                    + unknown.group(4) + "', which the model does not define (was an input, decision or field renamed or removed?).", engine);
        }
        return new Finding(error ? Finding.ERROR : Finding.WARNING, "model", model, node, List.of(), where + ": " + text, engine);
    }

    private static Finding table(DMNDTAnalysisMessage m, DMNMessageType type, String text, String engine) {
        DTAnalysis analysis = m.getAnalysis();
        DecisionTable dt = analysis.getSource();
        String model = modelName(dt, null);
        String table = nodeName(dt);
        if (table == null) {
            table = analysis.nameOrIDOfTable();
        }
        String hitPolicy = hitPolicy(dt);
        String t = "Table '" + table + "'";
        Collection<Integer> rules = m.getRules() == null ? List.of() : m.getRules();
        switch (type) {
            case DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE, DECISION_TABLE_OVERLAP_HITPOLICY_ANY, DECISION_TABLE_OVERLAP -> {
                List<String> ids = ids(dt, rules);
                String where = overlapValues(analysis, rules, dt);
                boolean single = type != DMNMessageType.DECISION_TABLE_OVERLAP;
                String why = switch (type) {
                    case DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE -> " under hit policy UNIQUE: only one row may match, so such a case gets no answer.";
                    case DECISION_TABLE_OVERLAP_HITPOLICY_ANY -> " and give different answers under hit policy ANY: rows that overlap must agree.";
                    default -> ".";
                };
                return new Finding(single ? Finding.ERROR : Finding.WARNING, "overlap", model, table, ids,
                        t + ": rows " + and(ids) + " overlap" + where + why, engine);
            }
            case DECISION_TABLE_GAP -> {
                Matcher skipped = SKIPPED_COLUMNS.matcher(text);
                if (skipped.find()) {
                    return new Finding(Finding.WARNING, "not analysed", model, table, List.of(), t + ": gaps were not looked for, because "
                            + "the column(s) " + skipped.group(1) + " hold text with no list of allowed values. Give the input's type allowed "
                            + "values to have gaps found.", engine);
                }
                Matcher g = GAP.matcher(engine);
                String box = g.find() ? g.group(1) : text;
                return new Finding(Finding.WARNING, "gap", model, table, List.of(), t + " has a gap: no row covers " + gap(analysis, box, dt)
                        + ", so a case with " + (dt.getInput().size() == 1 ? "such a value" : "such values") + " gets no answer from this table.", engine);
            }
            case DECISION_TABLE_MASKED_RULE -> {
                Matcher mm = MASKED.matcher(text);
                List<Integer> both = mm.find() ? List.of(Integer.parseInt(mm.group(1)), Integer.parseInt(mm.group(2))) : List.copyOf(rules);
                List<String> ids = ids(dt, both);
                String masked = ids.isEmpty() ? "a row" : "row " + ids.get(0);
                String by = ids.size() > 1 ? "row " + ids.get(1) : "another row";
                return new Finding(Finding.ERROR, "masked rule", model, table, ids, t + ": " + masked + " can never give its answer: " + by
                        + " matches every case it matches and wins under hit policy " + hitPolicy + ".", engine);
            }
            case DECISION_TABLE_MISLEADING_RULE -> {
                List<String> ids = ids(dt, numbers(text, rules));
                return new Finding(Finding.WARNING, "misleading rule", model, table, ids, t + ": rows " + and(ids)
                        + " mislead a reader: a row that looks like it applies is overridden under hit policy " + hitPolicy + ". " + text, engine);
            }
            case DECISION_TABLE_SUBSUMPTION_RULE -> {
                Matcher c = CONTAINS.matcher(text);
                List<Integer> both = c.find() ? List.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2))) : List.copyOf(rules);
                List<String> ids = ids(dt, both);
                String message = ids.size() == 2
                        ? t + ": row " + ids.get(0) + " covers every case of row " + ids.get(1) + " with the same answer, so row " + ids.get(1)
                                + " adds nothing and can be removed."
                        : t + ": one row covers another with the same answer. " + text;
                return new Finding(Finding.WARNING, "subsumption", model, table, ids, message, engine);
            }
            case DECISION_TABLE_CONTRACTION_RULE -> {
                List<String> ids = ids(dt, rules);
                return new Finding(Finding.WARNING, "style", model, table, ids, t + ": rows " + and(ids)
                        + " could be written as one row (" + text.replaceFirst("^Table is not fully contracted\\. ", "") + ").", engine);
            }
            case DECISION_TABLE_1STNFVIOLATION -> {
                if (text.contains("hit policy")) {
                    return null;
                }
                List<String> ids = ids(dt, numbers(text, rules));
                return new Finding(Finding.WARNING, "style", model, table, ids, t + ": rows " + and(ids) + " are duplicates. " + text, engine);
            }
            case DECISION_TABLE_2NDNFVIOLATION -> {
                Matcher rc = RULE_COLUMN.matcher(text);
                if (rc.find()) {
                    int rule = Integer.parseInt(rc.group(1));
                    int column = Integer.parseInt(rc.group(2));
                    List<String> ids = ids(dt, List.of(rule));
                    return new Finding(Finding.WARNING, "style", model, table, ids, t + ", row " + (ids.isEmpty() ? rule : ids.get(0)) + ": the test on '"
                            + inputName(dt, column - 1) + "' matches every possible value; write '-' instead.", engine);
                }
                List<String> ids = ids(dt, rules);
                return new Finding(Finding.WARNING, "style", model, table, ids, t + ": " + text.replaceFirst("^Second Normal Form Violation: ", "")
                        + (ids.isEmpty() ? "" : " (rows " + and(ids) + ")"), engine);
            }
            case DECISION_TABLE_HITPOLICY_RECOMMENDER -> {
                if (dt.getHitPolicy() == HitPolicy.COLLECT) {
                    return null;
                }
                if (dt.getHitPolicy() == HitPolicy.FIRST) {
                    return new Finding(Finding.WARNING, "style", model, table, List.of(), t + ": rows overlap and give different answers; under hit "
                            + "policy FIRST the order of the rows decides which answer is given, so keep the order in mind when editing.", engine);
                }
                return new Finding(Finding.WARNING, "style", model, table, List.of(), t + ": " + text, engine);
            }
            case DECISION_TABLE_ANALYSIS_ERROR -> {
                return new Finding(Finding.WARNING, "not analysed", model, table, List.of(), t + " could not be checked for gaps and overlaps "
                        + "(it uses tests the analysis does not understand, such as list contains or null); check its rows by hand.", engine);
            }
            default -> {
                boolean error = m.getSeverity() == DMNMessage.Severity.ERROR;
                List<String> ids = ids(dt, rules);
                return new Finding(error ? Finding.ERROR : Finding.WARNING, "table", model, table, ids, t + ": " + text, engine);
            }
        }
    }

    private static String schema(String fileName, String text) {
        String detail = text.replaceFirst("^Failed XML validation of DMN file: .*? - ", "").replaceFirst("\\s*\\(DMN model failed XML schema validation\\)\\s*$", "");
        if (detail.contains("Content is not allowed in prolog") || detail.contains("Premature end of file")) {
            return "File '" + fileName + "' is not a DMN model: it is not XML.";
        }
        Matcher invalid = Pattern.compile("Invalid content was found starting with element '\\{?\"?[^\"}]*\"?:?([^}']*)\\}?'").matcher(detail);
        if (invalid.find()) {
            return "File '" + fileName + "' does not follow the DMN schema: element '" + invalid.group(1) + "' is not allowed where it is.";
        }
        return "File '" + fileName + "' does not follow the DMN schema: " + detail.replaceFirst("^cvc-[\\w.-]+: ", "");
    }

    /** The engine's text without its "DMN: " prefix and its "(DMN id: ..., analysis name)" suffix. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceFirst("^DMN: ", "").replaceFirst("\\s*\\((DMN id|DMN Validation|DMN model)[^()]*\\)\\s*$", "").strip();
    }

    private static String overlapValues(DTAnalysis analysis, Collection<Integer> rules, DecisionTable dt) {
        for (Overlap o : analysis.getOverlaps()) {
            if (Set.copyOf(o.getRules()).equals(Set.copyOf(rules))) {
                String box = box(o.getOverlap(), dt);
                return box.isEmpty() ? "" : " for " + box;
            }
        }
        return "";
    }

    private static String gap(DTAnalysis analysis, String text, DecisionTable dt) {
        for (Hyperrectangle h : analysis.getGaps()) {
            if (h.asHumanFriendly(analysis.getDdtaTable()).equals(text) || h.toString().equals(text)) {
                String box = box(h, dt);
                if (!box.isEmpty()) {
                    return box;
                }
            }
        }
        return text;
    }

    /** "Risk Score in [40..50)" for each column the region does not leave open. */
    private static String box(Hyperrectangle h, DecisionTable dt) {
        List<String> parts = new ArrayList<>();
        List<Interval> edges = h.getEdges();
        for (int i = 0; i < edges.size(); i++) {
            String edge = edges.get(i).toString().replaceAll("\\s+", " ").replace("[ ", "[").replace(" ]", "]").replace("( ", "(").replace(" )", ")")
                    .replace(" .. ", "..");
            parts.add(inputName(dt, i) + " " + edge);
        }
        return String.join(" and ", parts);
    }

    private static String inputName(DecisionTable dt, int index) {
        if (index < 0 || index >= dt.getInput().size()) {
            return "column " + (index + 1);
        }
        InputClause in = dt.getInput().get(index);
        if (in.getLabel() != null && !in.getLabel().isBlank()) {
            return in.getLabel();
        }
        return in.getInputExpression() != null && in.getInputExpression().getText() != null ? in.getInputExpression().getText().strip() : "column " + (index + 1);
    }

    private static List<Integer> numbers(String text, Collection<Integer> rules) {
        if (!rules.isEmpty()) {
            return List.copyOf(rules);
        }
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\b(\\d+)\\b").matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return List.copyOf(out);
    }

    /** 1-based rule numbers as the policy lead names the rows: "Rule id" annotation, else the rule's DMN id, else "row N". */
    static List<String> ids(DecisionTable dt, Collection<Integer> numbers) {
        List<String> out = new ArrayList<>();
        int annotation = -1;
        for (int a = 0; a < dt.getAnnotation().size(); a++) {
            if (RuleRow.RULE_ID.equalsIgnoreCase(String.valueOf(dt.getAnnotation().get(a).getName()).strip())) {
                annotation = a;
            }
        }
        for (Integer n : numbers) {
            if (n == null || n < 1 || n > dt.getRule().size()) {
                out.add("row " + n);
                continue;
            }
            DecisionRule rule = dt.getRule().get(n - 1);
            String id = null;
            if (annotation >= 0 && annotation < rule.getAnnotationEntry().size() && rule.getAnnotationEntry().get(annotation).getText() != null) {
                id = rule.getAnnotationEntry().get(annotation).getText().strip();
            }
            if (id == null || id.isEmpty()) {
                id = rule.getId() != null && !rule.getId().isBlank() ? rule.getId() : "row " + n;
            }
            out.add(id);
        }
        return out;
    }

    private static String and(List<String> ids) {
        if (ids.isEmpty()) {
            return "(unnamed)";
        }
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    private static String hitPolicy(DecisionTable dt) {
        return dt.getHitPolicy() == null ? "UNIQUE" : dt.getHitPolicy().value().replace('_', ' ');
    }

    private static String modelName(DMNModelInstrumentedBase node, String fallback) {
        for (DMNModelInstrumentedBase n = node; n != null; n = n.getParent()) {
            if (n instanceof Definitions d) {
                return d.getName();
            }
        }
        return fallback;
    }

    /** The decision or business knowledge model a model element belongs to. */
    private static String nodeName(DMNModelInstrumentedBase node) {
        for (DMNModelInstrumentedBase n = node; n != null; n = n.getParent()) {
            if (n instanceof DRGElement e && (e instanceof org.kie.dmn.model.api.Decision || e instanceof BusinessKnowledgeModel)) {
                return e.getName();
            }
            if (n instanceof DRGElement e) {
                return e.getName();
            }
        }
        return null;
    }
}
