package org.frontdoor.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.rules.InputProblem;
import org.frontdoor.rules.ModelDoesNotCompile;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.SandboxInputInvalid;
import org.frontdoor.rules.SandboxResult;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.internal.io.ResourceFactory;

/**
 * One draft model compiled on its own, in a runtime nobody else uses, evaluated against a JSON context. Nothing is
 * kept after the request. Callers run {@link #compile} and {@link #evaluate} inside a time bound.
 */
public final class SandboxModel {
    private final DMNRuntime runtime;
    private final DMNModel model;
    private final List<SandboxResult.Message> compileMessages;
    private final Map<String, DecisionTable> tables = new LinkedHashMap<>();

    private final List<String> order;

    private SandboxModel(DMNRuntime runtime, DMNModel model, List<SandboxResult.Message> notes) {
        this.runtime = runtime;
        this.model = model;
        List<SandboxResult.Message> messages = new ArrayList<>(notes);
        model.getMessages().stream().map(SandboxModel::message).forEach(messages::add);
        this.compileMessages = List.copyOf(messages);
        this.order = model.getDefinitions().getDrgElement().stream().map(e -> e.getName()).toList();
        model.getDefinitions().findAllChildren(DecisionTable.class).forEach(t -> {
            if (t.getId() != null) {
                tables.putIfAbsent(t.getId(), t);
            }
        });
    }

    /** Compiles one standalone model; throws {@link ModelDoesNotCompile} with the engine's messages. */
    public static SandboxModel compile(ModelFile file) {
        MissingVariables.Added fixed = MissingVariables.addTo(file.content());
        List<SandboxResult.Message> notes = new java.util.ArrayList<>(fixed.elements().stream().map(e -> new SandboxResult.Message("WARN", "MISSING_VARIABLE",
                "The sandbox added the <variable> that DMN requires to the " + e + ", named after it: the model's tool left it out.",
                null)).toList());
        fixed.notes().forEach(n -> notes.add(new SandboxResult.Message("WARN", "ADAPTED_FROM_OTHER_TOOL", n, null)));
        Resource resource = ResourceFactory.newByteArrayResource(fixed.xml());
        resource.setSourcePath(file.fileName());
        DMNRuntime runtime;
        try {
            // type checks on: a value that does not fit its declared type is reported, as DMN requires, not used
            runtime = Engines.builder(true).fromResources(List.of(resource))
                    .getOrElseThrow(e -> new ModelDoesNotCompile(List.of(new SandboxResult.Message("ERROR", "COMPILATION",
                            "The engine could not read the model.", null))));
        } catch (ModelDoesNotCompile e) {
            throw e;
        } catch (RuntimeException e) {
            // the builder throws, rather than reports, on some malformed models; its text is not shown
            throw new ModelDoesNotCompile(List.of(new SandboxResult.Message("ERROR", "COMPILATION",
                    "The engine could not read the model (" + e.getClass().getSimpleName() + ").", null)));
        }
        if (runtime.getModels().size() != 1) {
            throw new ModelDoesNotCompile(List.of(new SandboxResult.Message("ERROR", "COMPILATION",
                    "The engine found " + runtime.getModels().size() + " models in the file; the sandbox needs exactly one.", null)));
        }
        DMNModel model = runtime.getModels().get(0);
        List<DMNMessage> errors = model.getMessages(DMNMessage.Severity.ERROR);
        if (!errors.isEmpty()) {
            List<SandboxResult.Message> all = new ArrayList<>(notes);
            model.getMessages().stream().map(SandboxModel::message).forEach(all::add);
            throw new ModelDoesNotCompile(all);
        }
        return new SandboxModel(runtime, model, notes);
    }

    /**
     * Every input data of the model, converted by its declared type; an input the context does not give is null.
     * Context entries that are not inputs are passed on too (models without input data, as some tools write them,
     * read their variables from the context). Throws {@link SandboxInputInvalid} for values of the wrong form.
     */
    public Map<String, Object> inputs(Map<String, ?> context) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        context.forEach((k, v) -> out.put(k, FeelValues.generic(v)));
        for (InputDataNode input : model.getInputs()) {
            Object value = context.get(input.getName());
            out.put(input.getName(), FeelValues.toFeel("context." + input.getName(), value, input.getType(), problems));
        }
        if (!problems.isEmpty()) {
            throw new SandboxInputInvalid(problems);
        }
        return out;
    }

    /** Evaluates every decision; the engine's statuses and messages are reported, not thrown. */
    public SandboxResult evaluate(SandboxResult.Model summary, Map<String, Object> inputs) {
        List<SandboxResult.FiredRules> fired = Collections.synchronizedList(new ArrayList<>());
        DMNRuntimeEventListener listener = new DMNRuntimeEventListener() {
            @Override
            public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent e) {
                try {
                    fired.add(fired(e));
                } catch (RuntimeException unexpected) {
                    // the engine would swallow it and log it; report the bare event instead
                    fired.add(new SandboxResult.FiredRules(e.getNodeName(), e.getDecisionTableName(), List.copyOf(e.getMatches()),
                            List.copyOf(e.getSelected()), List.of(), Map.of()));
                }
            }
        };
        runtime.addListener(listener);
        DMNResult result;
        try {
            DMNContext ctx = runtime.newContext();
            inputs.forEach(ctx::set);
            result = runtime.evaluateAll(model, ctx);
        } finally {
            runtime.removeListener(listener);
        }
        List<SandboxResult.Decision> decisions = result.getDecisionResults().stream()
                .sorted(java.util.Comparator.comparingInt(d -> {
                    int i = order.indexOf(d.getDecisionName());
                    return i < 0 ? Integer.MAX_VALUE : i;   // in the order the model lists them
                }))
                .map(d -> new SandboxResult.Decision(d.getDecisionName(), d.getEvaluationStatus().name(), FeelValues.toJson(d.getResult())))
                .toList();
        List<SandboxResult.Message> messages = new ArrayList<>(compileMessages);
        result.getMessages().stream().map(SandboxModel::message).forEach(messages::add);
        return new SandboxResult(summary, decisions, List.copyOf(fired), messages);
    }

    private SandboxResult.FiredRules fired(AfterEvaluateDecisionTableEvent e) {
        DecisionTable table = e.getDecisionTableId() == null ? null : tables.get(e.getDecisionTableId());
        Map<String, Map<String, String>> annotations = new LinkedHashMap<>();
        if (table != null) {
            for (Integer number : e.getSelected()) {
                if (number == null || number < 1 || number > table.getRule().size()) {
                    continue;
                }
                DecisionRule rule = table.getRule().get(number - 1);
                Map<String, String> notes = new LinkedHashMap<>();
                try {
                    for (int i = 0; i < rule.getAnnotationEntry().size() && i < table.getAnnotation().size(); i++) {
                        notes.put(table.getAnnotation().get(i).getName(), rule.getAnnotationEntry().get(i).getText());
                    }
                } catch (UnsupportedOperationException before13) {
                    // annotation columns came with DMN 1.3; the KIE 1.1/1.2 model classes refuse the call
                }
                if (rule.getDescription() != null && !rule.getDescription().isBlank()) {
                    notes.put("description", rule.getDescription());
                }
                if (!notes.isEmpty()) {
                    annotations.put(String.valueOf(number), notes);
                }
            }
        }
        String label = null;
        try {
            label = table == null ? null : table.getLabel();
        } catch (UnsupportedOperationException before12) {
            // no labels on DMN 1.1 tables
        }
        String name = label != null && !label.isBlank() ? label : e.getDecisionTableName() != null ? e.getDecisionTableName() : e.getNodeName();
        // the selected rules' ids read from the table: the event's own id list is wrong for COLLECT MIN/MAX in 10.2
        List<String> ids = table == null
                ? (e.getSelectedIds() == null ? List.of() : e.getSelectedIds().stream().map(String::valueOf).toList())
                : e.getSelected().stream().filter(n -> n != null && n >= 1 && n <= table.getRule().size())
                        .map(n -> table.getRule().get(n - 1).getId()).toList();
        return new SandboxResult.FiredRules(e.getNodeName(), name, List.copyOf(e.getMatches()), List.copyOf(e.getSelected()), ids, annotations);
    }

    private static SandboxResult.Message message(DMNMessage m) {
        return new SandboxResult.Message(m.getSeverity() == null ? null : m.getSeverity().name(),
                m.getMessageType() == null ? null : m.getMessageType().name(), m.getText(), m.getSourceId());
    }
}
