package org.frontdoor.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.antlr.v4.runtime.tree.ParseTree;
import org.kie.dmn.api.feel.runtime.events.FEELEvent;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.BooleanNode;
import org.kie.dmn.feel.lang.ast.DashNode;
import org.kie.dmn.feel.lang.ast.FunctionInvocationNode;
import org.kie.dmn.feel.lang.ast.InfixOpNode;
import org.kie.dmn.feel.lang.ast.InfixOperator;
import org.kie.dmn.feel.lang.ast.NullNode;
import org.kie.dmn.feel.lang.ast.NumberNode;
import org.kie.dmn.feel.lang.ast.RangeNode;
import org.kie.dmn.feel.lang.ast.StringNode;
import org.kie.dmn.feel.lang.ast.UnaryTestListNode;
import org.kie.dmn.feel.lang.ast.UnaryTestNode;
import org.kie.dmn.feel.lang.impl.FEELEventListenersManager;
import org.kie.dmn.feel.lang.types.BuiltInType;
import org.kie.dmn.feel.lang.types.DefaultBuiltinFEELTypeRegistry;
import org.kie.dmn.feel.parser.feel11.ASTBuilderVisitor;
import org.kie.dmn.feel.parser.feel11.FEELParser;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Parser;

/**
 * One decision-table cell as the engine's own FEEL parser reads it: whether it can be read at all (in plain English
 * when not), and what it says in words for a policy lead ("3 or more", "includes injury"). Input entries are unary
 * tests ({@code ?} is the column's value); output entries and annotations are expressions. Only parsed, never run.
 */
public final class FeelCells {
    private FeelCells() {
    }

    /** What a cell holds: the test in an input column, or the value in an output column. */
    public enum Kind { TEST, VALUE }

    /** Problems in plain English, empty when the engine reads the cell; {@code names} are the names the table can use. */
    public static List<String> problems(String feel, Kind kind, Collection<String> names) {
        String text = feel == null ? "" : feel.strip();
        if (text.isEmpty()) {
            return List.of(kind == Kind.TEST ? "is empty: write - for \"any value\"" : "is empty: write null for \"no value\"");
        }
        List<String> problems = new ArrayList<>(FeelScreen.problems(text));
        List<FEELEvent> events = new ArrayList<>();
        BaseNode node = null;
        try {
            node = parse(text, kind, names, events);
        } catch (RuntimeException parserGaveUp) {
            problems.add(notUnderstood(text, null));
        }
        // the first syntax error is the one worth reading; the ones after it follow from it
        events.stream().filter(e -> e.getSeverity() == FEELEvent.Severity.ERROR).findFirst()
                .ifPresent(e -> problems.add(plain(text, e)));
        if (node == null && problems.isEmpty()) {
            problems.add(notUnderstood(text, null));
        }
        if (node != null && problems.isEmpty()) {
            Set<String> unknown = new LinkedHashSet<>();
            unknownNames(node, names, unknown);
            unknown.forEach(n -> problems.add("names \u2018" + n + "\u2019, which is not a value this table can use"
                    + " (put words in double quotes, e.g. \"" + n + "\")"));
        }
        return problems;
    }

    /**
     * Names the cell uses that the table does not know (the engine's compiler would refuse them as unknown
     * variables). Function names are the engine's own; inside a for, some, every, context or function
     * definition the text defines names of its own, so those parts are left to the engine's validation.
     */
    private static void unknownNames(org.kie.dmn.feel.lang.ast.ASTNode node, Collection<String> names, Set<String> out) {
        if (node == null || node instanceof org.kie.dmn.feel.lang.ast.ForExpressionNode || node instanceof org.kie.dmn.feel.lang.ast.QuantifiedExpressionNode
                || node instanceof org.kie.dmn.feel.lang.ast.ContextNode || node instanceof org.kie.dmn.feel.lang.ast.FunctionDefNode
                || node instanceof org.kie.dmn.feel.lang.ast.FilterExpressionNode) {
            return;
        }
        if (node instanceof FunctionInvocationNode f) {
            unknownNames(f.getParams(), names, out);
            return;
        }
        if (node instanceof org.kie.dmn.feel.lang.ast.NameRefNode n) {
            if (!"?".equals(n.getText()) && !names.contains(n.getText())) {
                out.add(n.getText());
            }
            return;
        }
        if (node instanceof org.kie.dmn.feel.lang.ast.QualifiedNameNode q) {
            unknownNames(q.getParts().get(0), names, out);
            return;
        }
        if (node instanceof org.kie.dmn.feel.lang.ast.PathExpressionNode p) {
            unknownNames(p.getExpression(), names, out);
            return;
        }
        org.kie.dmn.feel.lang.ast.ASTNode[] children = node.getChildrenNode();
        if (children != null) {
            for (org.kie.dmn.feel.lang.ast.ASTNode c : children) {
                unknownNames(c, names, out);
            }
        }
    }

    /** The cell in words, or null when it has no simple wording (the FEEL itself is then the words). */
    public static String words(String feel, Kind kind, Collection<String> names) {
        String text = feel == null ? "" : feel.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            List<FEELEvent> events = new ArrayList<>();
            BaseNode node = parse(text, kind, names, events);
            if (node == null || events.stream().anyMatch(e -> e.getSeverity() == FEELEvent.Severity.ERROR)) {
                return null;
            }
            return kind == Kind.TEST ? test(node) : value(node);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A cell of an input column as the engine's parser reads it (names it does not know are left as references). */
    static BaseNode parseTest(String text) {
        return parse(text, Kind.TEST, List.of(), new ArrayList<>());
    }

    private static BaseNode parse(String text, Kind kind, Collection<String> names, List<FEELEvent> events) {
        Map<String, Type> types = new LinkedHashMap<>();
        names.forEach(n -> types.put(n, BuiltInType.UNKNOWN));
        if (kind == Kind.TEST) {
            types.put("?", BuiltInType.UNKNOWN);
        }
        FEELEventListenersManager listeners = new FEELEventListenersManager();
        listeners.addListener(events::add);
        FEEL_1_1Parser parser = FEELParser.parse(listeners, text, types, Map.of(), List.of(), List.of(), DefaultBuiltinFEELTypeRegistry.INSTANCE);
        ParseTree tree = kind == Kind.TEST ? parser.unaryTestsRoot() : parser.compilation_unit();
        return new ASTBuilderVisitor(types, DefaultBuiltinFEELTypeRegistry.INSTANCE).visit(tree);
    }

    private static String plain(String text, FEELEvent e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.startsWith("Unknown variable")) {
            String name = m.replaceFirst("Unknown variable ", "").replace("'", "");
            return "names \u2018" + name + "\u2019, which is not a value this table can use (put words in double quotes, e.g. \"" + name + "\")";
        }
        return notUnderstood(text, e.getColumn() >= 0 ? e.getColumn() : null);
    }

    private static String notUnderstood(String text, Integer column) {
        String near = column == null || column >= text.length() ? "" : " near \u2018" + text.substring(column, Math.min(text.length(), column + 12)) + "\u2019";
        if (column != null && column >= text.length()) {
            near = " (it stops before it is finished)";
        }
        return "is not written the way the tables can read" + near
                + ": check that words are in double quotes, lists are separated by commas and brackets are closed";
    }

    // ----- in words -----

    private static String test(BaseNode node) {
        if (node instanceof UnaryTestListNode list) {
            String each = list.getElements().stream().map(FeelCells::test).collect(Collectors.joining(" or "));
            return list.isNegated() ? "anything but " + each : each;
        }
        if (node instanceof DashNode) {
            return "any value";
        }
        if (node instanceof UnaryTestNode t) {
            return switch (t.getOperator()) {
                case GTE -> value(t.getValue()) + " or more";
                case GT -> "more than " + value(t.getValue());
                case LTE -> value(t.getValue()) + " or less";
                case LT -> "less than " + value(t.getValue());
                case NE -> "not " + value(t.getValue());
                case EQ, IN -> test(t.getValue());
                case NOT -> "anything but " + test(t.getValue());
                case TEST -> test(t.getValue());
            };
        }
        if (node instanceof NullNode) {
            return "not given";
        }
        if (node instanceof RangeNode r) {
            return range(r);
        }
        if (node instanceof InfixOpNode op && (op.getOperator() == InfixOperator.OR || op.getOperator() == InfixOperator.AND)) {
            return test(op.getLeft()) + (op.getOperator() == InfixOperator.OR ? ", or " : ", and ") + test(op.getRight());
        }
        if (node instanceof FunctionInvocationNode f && "list contains".equals(f.getName().getText())
                && f.getParams().getElements().size() == 2 && "?".equals(f.getParams().getElements().get(0).getText())) {
            return "includes " + value(f.getParams().getElements().get(1));
        }
        if (node instanceof FunctionInvocationNode f && "not".equals(f.getName().getText()) && f.getParams().getElements().size() == 1) {
            return "not (" + test(f.getParams().getElements().get(0)) + ")";
        }
        return value(node);
    }

    private static String range(RangeNode r) {
        boolean fromIncluded = r.getLowerBound() == RangeNode.IntervalBoundary.CLOSED;
        boolean noEnd = open(r.getEnd());
        if (noEnd || open(r.getStart())) {   // ">= 14" is a range with one end
            return noEnd ? (fromIncluded ? value(r.getStart()) + " or more" : "more than " + value(r.getStart()))
                    : r.getUpperBound() == RangeNode.IntervalBoundary.CLOSED ? value(r.getEnd()) + " or less" : "less than " + value(r.getEnd());
        }
        boolean toIncluded = r.getUpperBound() == RangeNode.IntervalBoundary.CLOSED;
        return (fromIncluded ? "from " : "more than ") + value(r.getStart()) + (toIncluded ? " to " : " to less than ") + value(r.getEnd());
    }

    private static boolean open(BaseNode end) {
        return end == null || end instanceof org.kie.dmn.feel.lang.ast.UndefinedValueNode || end instanceof NullNode && end.getText() == null;
    }

    private static String value(BaseNode node) {
        if (node instanceof StringNode s) {
            return s.getValue();
        }
        if (node instanceof NumberNode n) {
            BigDecimal v = n.getValue();
            return v.stripTrailingZeros().toPlainString();
        }
        if (node instanceof BooleanNode b) {
            return Boolean.TRUE.equals(b.getValue()) ? "yes" : "no";
        }
        if (node instanceof NullNode) {
            return "no value";
        }
        if (node instanceof UnaryTestListNode || node instanceof DashNode || node instanceof UnaryTestNode || node instanceof RangeNode) {
            return test(node);
        }
        return node.getText();
    }
}
