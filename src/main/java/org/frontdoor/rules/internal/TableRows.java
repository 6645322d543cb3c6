package org.frontdoor.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.rules.RuleRow;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Expression;

/** Every decision-table row of a set of models, found by table id and 1-based row number. */
final class TableRows {
    private final Map<String, List<RuleRow>> byTableId = new LinkedHashMap<>();
    /** Column headers by "model/table": the input labels, then the output labels. */
    private final Map<String, List<String>> inputLabels = new LinkedHashMap<>();
    private final Map<String, List<String>> outputLabels = new LinkedHashMap<>();

    TableRows(List<DMNModel> models) {
        for (DMNModel model : models) {
            model.getDecisions().forEach(d -> add(model.getName(), d.getName(), d.getDecision().getExpression()));
            model.getBusinessKnowledgeModels().forEach(b -> add(model.getName(), b.getName(),
                    b.getBusinessKnowledModel().getEncapsulatedLogic().getExpression()));
        }
    }

    private void add(String model, String node, Expression expression) {
        if (!(expression instanceof DecisionTable dt)) {
            return;
        }
        inputLabels.put(model + "/" + node, dt.getInput().stream().map(c -> {
            String label = text(c.getLabel());
            return label.isEmpty() && c.getInputExpression() != null ? text(c.getInputExpression().getText()) : label;
        }).toList());
        outputLabels.put(model + "/" + node, dt.getOutput().stream().map(c -> {
            String label = text(c.getLabel());
            label = label.isEmpty() ? text(c.getName()) : label;
            return label.isEmpty() ? node : label;
        }).toList());
        List<RuleRow> rows = new ArrayList<>();
        for (int i = 0; i < dt.getRule().size(); i++) {
            DecisionRule rule = dt.getRule().get(i);
            Map<String, String> annotations = new LinkedHashMap<>();
            for (int a = 0; a < dt.getAnnotation().size() && a < rule.getAnnotationEntry().size(); a++) {
                annotations.put(dt.getAnnotation().get(a).getName(), text(rule.getAnnotationEntry().get(a).getText()));
            }
            String ruleId = annotations.getOrDefault(RuleRow.RULE_ID, "");
            if (ruleId.isBlank()) {
                ruleId = rule.getId() != null ? rule.getId() : "row " + (i + 1);
            }
            rows.add(new RuleRow(model, node, dt.getHitPolicy().value(), i + 1, ruleId,
                    rule.getInputEntry().stream().map(e -> text(e.getText())).toList(),
                    rule.getOutputEntry().stream().map(e -> text(e.getText())).toList(),
                    Map.copyOf(annotations)));
        }
        byTableId.put(dt.getId(), List.copyOf(rows));
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }

    RuleRow row(String tableId, int number) {
        List<RuleRow> rows = byTableId.get(tableId);
        return rows == null || number < 1 || number > rows.size() ? null : rows.get(number - 1);
    }

    List<String> inputLabels(String model, String table) {
        return inputLabels.getOrDefault(model + "/" + table, List.of());
    }

    List<String> outputLabels(String model, String table) {
        return outputLabels.getOrDefault(model + "/" + table, List.of());
    }

    List<RuleRow> all() {
        return byTableId.values().stream().flatMap(List::stream).toList();
    }

    Map<String, List<RuleRow>> byTable() {
        Map<String, List<RuleRow>> out = new LinkedHashMap<>();
        byTableId.values().forEach(rows -> { if (!rows.isEmpty()) out.put(rows.get(0).table(), rows); });
        return out;
    }
}
