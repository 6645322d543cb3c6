package org.frontdoor.rules.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.dmn.model.api.DMNElement;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.FunctionDefinition;
import org.kie.dmn.model.api.FunctionKind;
import org.kie.dmn.model.api.Import;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.NamedElement;
import org.kie.dmn.model.api.UnaryTests;

/**
 * Judges an untrusted DMN model by what the engine's own reader makes of it: the file is unmarshalled by the
 * engine's marshaller (the one that feeds its compiler), every element of the resulting model is visited, and every
 * FEEL text in it - literal expressions (decision logic, table input expressions, output entries, default outputs,
 * context entries, bindings, function bodies, boxed conditionals, iterators and filters) and unary tests (table
 * input entries, allowed values, type constraints) - is read by {@link FeelScreen} with the engine's FEEL lexer and
 * parser. Function definitions of kind Java or PMML and imports of anything but DMN are refused from the model, not
 * from the XML's spelling.
 *
 * <p>The walk follows both the children the reader registered and every getter of the model classes that returns a
 * model element or a collection of them, so an element the reader files in only one of those places is still seen.
 */
public final class ModelScreen {
    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    private ModelScreen() {
    }

    /** Problems in plain English, each naming where in the model it is; empty when the model may reach the engine. */
    public static List<String> problems(Definitions definitions) {
        List<String> problems = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(definitions);
        while (!todo.isEmpty()) {
            Object node = todo.pop();
            if (node == null || !seen.add(node)) {
                continue;
            }
            if (node instanceof Collection<?> many) {
                many.forEach(todo::push);
                continue;
            }
            if (!(node instanceof DMNModelInstrumentedBase element)) {
                continue;
            }
            check(element, problems);
            element.getChildren().forEach(todo::push);
            for (Method getter : getters(element.getClass())) {
                try {
                    todo.push(getter.invoke(element));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a getter that cannot answer holds nothing the engine will read either
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    private static void check(DMNModelInstrumentedBase element, List<String> problems) {
        if (element instanceof FunctionDefinition f) {
            FunctionKind kind = f.getKind();
            if (kind != null && kind != FunctionKind.FEEL) {
                problems.add("the function definition " + where(element) + " is of kind " + kind.value() + ", which would call "
                        + (kind == FunctionKind.JAVA ? "Java classes" : "an external PMML model") + "; only FEEL functions are allowed");
            }
        }
        if (element instanceof Import imp && imp.getImportType() != null
                && !org.frontdoor.rules.UntrustedModels.DMN_NAMESPACES.containsKey(imp.getImportType().trim())) {
            problems.add("the import " + where(element) + " is of type " + imp.getImportType().trim()
                    + "; only DMN models may be imported (PMML and other models would run outside FEEL)");
        }
        String text = element instanceof LiteralExpression l ? l.getText() : element instanceof UnaryTests u ? u.getText() : null;
        for (String p : FeelScreen.problems(text)) {
            problems.add("the expression " + where(element) + " " + p);
        }
    }

    /** "in 'Decision name' (line 12)". */
    static String where(DMNModelInstrumentedBase element) {
        String owner = null;
        for (DMNModelInstrumentedBase e = element; e != null && owner == null; e = e.getParent()) {
            if (e instanceof org.kie.dmn.model.api.ContextEntry c && c.getVariable() != null && c.getVariable().getName() != null) {
                owner = "'" + c.getVariable().getName() + "'";
            } else if (e instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
                owner = "'" + n.getName() + "'";
            } else if (e instanceof DMNElement d && d.getId() != null && !d.getId().isBlank() && e != element) {
                owner = "element " + d.getId();
            }
        }
        int line = element.getLocation() == null ? -1 : element.getLocation().getLineNumber();
        return "in " + (owner == null ? "the model" : owner) + (line > 0 ? " (line " + line + ")" : "");
    }

    private static List<Method> getters(Class<?> type) {
        return GETTERS.computeIfAbsent(type, t -> {
            List<Method> out = new ArrayList<>();
            for (Method m : t.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("get")
                        && !m.getName().equals("getParent") && !m.getName().equals("getChildren")
                        && (DMNModelInstrumentedBase.class.isAssignableFrom(m.getReturnType())
                        || Collection.class.isAssignableFrom(m.getReturnType()))) {
                    out.add(m);
                }
            }
            return List.copyOf(out);
        });
    }
}
