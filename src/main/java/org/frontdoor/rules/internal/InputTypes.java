package org.frontdoor.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.frontdoor.rules.InputProblem;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.InputDataNode;

/**
 * Checks request values against the decision model's own input types (allowed values and ranges), so the
 * vocabulary a council accepts lives in its tables and the request is refused before anything is evaluated.
 */
final class InputTypes {
    private final Map<String, DMNType> inputs;

    InputTypes(DMNModel model) {
        this.inputs = model.getInputs().stream().collect(Collectors.toMap(InputDataNode::getName, InputDataNode::getType));
    }

    /** Inputs the model declares as lists: an absent list means an empty one (FEEL's list functions refuse null). */
    java.util.Set<String> lists() {
        return inputs.entrySet().stream().filter(e -> e.getValue().isCollection()).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    List<InputProblem> check(Map<String, Object> values) {
        List<InputProblem> problems = new ArrayList<>();
        values.forEach((name, value) -> {
            DMNType type = inputs.get(name);
            if (type != null) {
                check(name, value, type, problems);
            }
        });
        return problems;
    }

    private void check(String path, Object value, DMNType type, List<InputProblem> problems) {
        if (value == null) {
            return;
        }
        if (type.isCollection()) {
            if (!(value instanceof Collection<?> items)) {
                problems.add(new InputProblem(path, "must be a list"));
                return;
            }
            DMNType element = type.getBaseType() != null ? type.getBaseType() : type;
            int i = 0;
            for (Object item : items) {
                if (element.isCollection()) {
                    if (!type.isAssignableValue(List.of(item))) {
                        problems.add(new InputProblem(path + "[" + i + "]", notAllowed(item, type)));
                    }
                } else {
                    check(path + "[" + i + "]", item, element, problems);
                }
                i++;
            }
            return;
        }
        if (type.isComposite() && !type.getFields().isEmpty()) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(new InputProblem(path, "must be an object"));
                return;
            }
            type.getFields().forEach((field, fieldType) -> check(path + "." + field, map.get(field), fieldType, problems));
            return;
        }
        if (!type.isAssignableValue(value)) {
            problems.add(new InputProblem(path, notAllowed(value, type)));
        }
    }

    private static String notAllowed(Object value, DMNType type) {
        String allowed = type.getAllowedValues() == null || type.getAllowedValues().isEmpty() ? ""
                : type.getAllowedValues().stream().map(Object::toString).collect(Collectors.joining(", "));
        String shown = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
        return allowed.isEmpty() ? shown + " is not a valid value" : shown + " is not allowed: it must be " + plain(allowed);
    }

    /** "[0..17]" as "from 0 to 17", and "police", "school" as "one of: police, school": what a person reads. */
    static String plain(String allowed) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String part : allowed.split(",\\s*")) {
            java.util.regex.Matcher range = java.util.regex.Pattern.compile("[\\[(](-?[\\d.]+)\\.\\.(-?[\\d.]+)[\\])]").matcher(part.strip());
            parts.add(range.matches() ? "from " + range.group(1) + " to " + range.group(2) : part.strip().replace("\"", ""));
        }
        return parts.size() == 1 ? parts.get(0) : "one of: " + String.join(", ", parts);
    }
}
