package org.frontdoor.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.frontdoor.rules.Finding;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.BusinessKnowledgeModelNode;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.feel.FEEL;
import org.kie.dmn.feel.lang.EvaluationContext;
import org.kie.dmn.feel.lang.ast.ASTNode;
import org.kie.dmn.feel.lang.ast.BooleanNode;
import org.kie.dmn.feel.lang.ast.FunctionInvocationNode;
import org.kie.dmn.feel.lang.ast.NameRefNode;
import org.kie.dmn.feel.lang.ast.NullNode;
import org.kie.dmn.feel.lang.ast.NumberNode;
import org.kie.dmn.feel.lang.ast.StringNode;
import org.kie.dmn.feel.lang.impl.FEELBuilder;
import org.kie.dmn.feel.lang.impl.FEELImpl;
import org.kie.dmn.feel.runtime.UnaryTest;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.UnaryTests;

/**
 * The service's own gap and overlap analysis, for the tables the KIE analyser leaves unchecked (tests such as
 * {@code list contains(?, "x")}, {@code not(...)}, {@code null}, or text columns with no list of allowed values).
 *
 * <p>Each input column gets a finite set of values that stand for every case: the values its rows name, and for a
 * column read from the contact (input data) also the neighbours of each number, a text no row names, and no value at
 * all; a list column (tested with {@code ?} inside a function) gets the empty list, each named item alone, and all of
 * them together. A column fed by another decision is taken to give only the values the rows name (the finding says
 * so). Every combination is then tried, by the engine's own FEEL (each cell parsed and applied as the engine does),
 * pruned where the rows still possible no longer depend on the remaining columns:
 * <ul>
 *   <li>a single-hit table (UNIQUE, ANY, FIRST, PRIORITY) with a combination no row matches has a gap;</li>
 *   <li>UNIQUE with two rows matching the same combination, or ANY with two differing answers, overlaps;</li>
 *   <li>a row that never matches (COLLECT, UNIQUE, ANY) or, under FIRST, is never the first to match, can never give its
 *       answer.</li>
 * </ul>
 * COLLECT and RULE ORDER give every matching row: a case matching none gets an empty list, and rows may overlap by
 * design, so only rows that can never match are reported.
 */
final class TableCoverage {
    /** Combinations tried before the analysis gives up and says so (a few seconds at most). */
    static final long BUDGET = 3_000_000;
    private static final int GAPS_SHOWN = 5;
    /** A text no row names. */
    private static final String OTHER = "\u0000another value";

    private final FEEL feel = FEELBuilder.builder().build();
    private final EvaluationContext context = ((FEELImpl) feel).newEvaluationContext(List.of(), Map.of());
    /** Each cell's text compiled once by the engine's FEEL, then applied to every value. */
    private final Map<String, List<UnaryTest>> compiled = new java.util.HashMap<>();

    /** The table's findings, or null when it is too large to try every combination. */
    List<Finding> analyse(DMNModel model, String table, DecisionTable dt) {
        Set<String> inputData = new LinkedHashSet<>();
        model.getInputs().stream().map(InputDataNode::getName).forEach(inputData::add);
        Set<String> decisions = new LinkedHashSet<>();
        model.getDecisions().stream().map(DecisionNode::getName).forEach(decisions::add);
        model.getBusinessKnowledgeModels().stream().map(BusinessKnowledgeModelNode::getName).forEach(decisions::add);

        int columns = dt.getInput().size();
        int rows = dt.getRule().size();
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cols.add(column(dt, c, inputData));
        }
        // matches[c][v] = the rows whose cell in column c accepts value v
        List<List<BitSet>> matches = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            // values every row treats alike stand for one another: one of them is enough
            List<BitSet> byValue = new ArrayList<>();
            List<Object> kept = new ArrayList<>();
            for (Object v : cols.get(c).values()) {
                BitSet accepting = new BitSet(rows);
                for (int r = 0; r < rows; r++) {
                    if (accepts(cell(dt, r, c), v)) {
                        accepting.set(r);
                    }
                }
                if (!byValue.contains(accepting)) {
                    byValue.add(accepting);
                    kept.add(v);
                }
            }
            cols.set(c, new Column(cols.get(c).name(), kept, cols.get(c).namedOnly()));
            matches.add(byValue);
        }
        HitPolicy hp = dt.getHitPolicy() == null ? HitPolicy.UNIQUE : dt.getHitPolicy();
        List<Finding> out = new ArrayList<>();
        String t = "Table '" + table + "'";
        String assumed = assumption(cols);
        if (hp == HitPolicy.COLLECT || hp == HitPolicy.RULE_ORDER || hp == HitPolicy.OUTPUT_ORDER) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    boolean any = false;
                    for (BitSet accepting : matches.get(c)) {
                        any |= accepting.get(r);
                    }
                    if (!any) {
                        String id = EngineMessages.ids(dt, List.of(r + 1)).get(0);
                        out.add(new Finding(Finding.WARNING, "masked rule", model.getName(), table, List.of(id), t + ": row " + id
                                + " can never apply: its test on '" + cols.get(c).name() + "' (" + cell(dt, r, c) + ") accepts none of the values "
                                + "this column can take" + assumed + ".", null));
                        break;
                    }
                }
            }
            return out;
        }
        // the columns the first rows test come first: under FIRST a row that has matched ends the search below it
        Integer[] order = new Integer[columns];
        for (int c = 0; c < columns; c++) {
            order[c] = c;
        }
        int[] firstUse = new int[columns];
        for (int c = 0; c < columns; c++) {
            firstUse[c] = rows;
            for (int r = 0; r < rows; r++) {
                if (!isAny(cell(dt, r, c))) {
                    firstUse[c] = r;
                    break;
                }
            }
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(c -> firstUse[c]));
        List<Column> ordered = new ArrayList<>();
        List<List<BitSet>> orderedMatches = new ArrayList<>();
        for (int c : order) {
            ordered.add(cols.get(c));
            orderedMatches.add(matches.get(c));
        }
        Search search = new Search(dt, hp, ordered, orderedMatches, rows, order);
        BitSet all = new BitSet(rows);
        all.set(0, rows);
        try {
            search.visit(0, all, new Object[columns]);
        } catch (TooLarge e) {
            return null;
        }
        for (String gap : search.gaps) {
            out.add(new Finding(Finding.WARNING, "gap", model.getName(), table, List.of(), t + " has a gap: no row covers a case such as " + gap
                    + ", so such a case gets no answer from this table" + assumed + ".", null));
        }
        if (search.moreGaps > 0) {
            out.add(new Finding(Finding.WARNING, "gap", model.getName(), table, List.of(), t + " has " + search.moreGaps
                    + " more gaps like these.", null));
        }
        for (Map.Entry<List<Integer>, String> o : search.overlaps.entrySet()) {
            List<String> ids = EngineMessages.ids(dt, o.getKey().stream().map(r -> r + 1).toList());
            out.add(new Finding(Finding.WARNING, "overlap", model.getName(), table, ids, t + ": rows " + String.join(" and ", ids)
                    + " both match a case such as " + o.getValue() + (hp == HitPolicy.UNIQUE ? " under hit policy UNIQUE, where only one row may match"
                    : " and give different answers under hit policy ANY") + assumed + ".", null));
        }
        for (int r = 0; r < rows; r++) {
            if (!search.reached.get(r)) {
                String id = EngineMessages.ids(dt, List.of(r + 1)).get(0);
                out.add(new Finding(Finding.WARNING, "masked rule", model.getName(), table, List.of(id), t + ": row " + id
                        + (hp == HitPolicy.FIRST ? " can never give its answer: for every case it matches, an earlier row matches first"
                        : " can never apply: no case matches all its tests") + assumed + ".", null));
            }
        }
        return out;
    }

    /** One input column: its name and the values that stand for every case. */
    record Column(String name, List<Object> values, boolean namedOnly) {
    }

    private Column column(DecisionTable dt, int c, Set<String> inputData) {
        InputClause in = dt.getInput().get(c);
        String expression = in.getInputExpression() == null || in.getInputExpression().getText() == null ? "" : in.getInputExpression().getText().strip();
        String name = in.getLabel() != null && !in.getLabel().isBlank() ? in.getLabel() : expression;
        String root = expression.split("[.\\[ ]", 2)[0];
        boolean fromContact = inputData.contains(root) || inputData.contains(expression);
        String type = in.getInputExpression() == null || in.getInputExpression().getTypeRef() == null ? ""
                : in.getInputExpression().getTypeRef().getLocalPart();
        Set<String> strings = new TreeSet<>();
        Set<BigDecimal> numbers = new TreeSet<>();
        boolean booleans = "boolean".equals(type);
        boolean list = false;
        boolean dashOnly = true;
        List<String> allowed = allowedValues(in);
        for (int r = 0; r < dt.getRule().size(); r++) {
            String text = cell(dt, r, c);
            if (isAny(text)) {
                continue;
            }
            dashOnly = false;
            Literals found = new Literals();
            try {
                found.walk(FeelCells.parseTest(text), false);
            } catch (RuntimeException unreadable) {
                continue;
            }
            strings.addAll(found.strings);
            numbers.addAll(found.numbers);
            booleans |= found.booleans;
            list |= found.questionInFunction;
        }
        List<Object> values = new ArrayList<>();
        if (dashOnly) {
            values.add(OTHER);   // every cell is "-": one value stands for all
            return new Column(name, values, true);
        }
        if (allowed != null) {
            strings.addAll(allowed);
            fromContact = false;
        }
        if (list) {
            values.add(List.of());
            strings.forEach(s -> values.add(List.of(s)));
            if (strings.size() > 1) {
                values.add(List.copyOf(strings));
            }
        } else if (booleans && strings.isEmpty() && numbers.isEmpty()) {
            values.add(Boolean.TRUE);
            values.add(Boolean.FALSE);
        } else if (!numbers.isEmpty() && strings.isEmpty()) {
            Set<BigDecimal> tried = new TreeSet<>(numbers);
            if (fromContact) {
                numbers.forEach(n -> {
                    tried.add(n.subtract(BigDecimal.ONE));
                    tried.add(n.add(BigDecimal.ONE));
                });
            }
            values.addAll(tried);
        } else if ("number".equals(type)) {
            values.add(BigDecimal.ZERO);   // a number column whose rows name no number (e.g. only not(null))
        } else {
            values.addAll(strings);
            if (fromContact) {
                values.add(OTHER);
            }
        }
        if (fromContact) {
            values.add(null);
        }
        return new Column(name, values, !fromContact);
    }

    /** The input clause's own list of allowed values (DMN inputValues), as texts, or null. */
    private static List<String> allowedValues(InputClause in) {
        UnaryTests values = in.getInputValues();
        if (values == null || values.getText() == null || values.getText().isBlank()) {
            return null;
        }
        try {
            Literals found = new Literals();
            found.walk(FeelCells.parseTest(values.getText()), false);
            return found.strings.isEmpty() ? null : List.copyOf(found.strings);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String assumption(List<Column> cols) {
        List<String> named = cols.stream().filter(c -> c.namedOnly() && !(c.values().size() == 1 && OTHER.equals(c.values().get(0))))
                .map(Column::name).toList();
        return named.isEmpty() ? "" : " (found by the service's own analysis, taking " + String.join(", ", named.stream().map(n -> "'" + n + "'").toList())
                + " to give only the values the rows name)";
    }

    private boolean accepts(String text, Object value) {
        if (isAny(text)) {
            return true;
        }
        if (OTHER.equals(value) && text.contains(OTHER)) {
            return false;
        }
        try {
            List<UnaryTest> tests = compiled.computeIfAbsent(text, feel::evaluateUnaryTests);
            if (tests == null) {
                return false;
            }
            for (UnaryTest test : tests) {
                if (Boolean.TRUE.equals(test.apply(context, value))) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException notForThisValue) {
            return false;
        }
    }

    private static boolean isAny(String text) {
        return text == null || text.isBlank() || "-".equals(text.strip());
    }

    private static String cell(DecisionTable dt, int r, int c) {
        DecisionRule rule = dt.getRule().get(r);
        UnaryTests entry = c < rule.getInputEntry().size() ? rule.getInputEntry().get(c) : null;
        return entry == null || entry.getText() == null ? "-" : entry.getText().strip();
    }

    static String describe(Object v) {
        if (v == null) {
            return "no value";
        }
        if (OTHER.equals(v)) {
            return "a value no row names";
        }
        if (v instanceof List<?> l) {
            return l.isEmpty() ? "none" : "only " + String.join(" and ", l.stream().map(x -> "\"" + x + "\"").toList());
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    /** The depth-first search over columns, keeping the rows still possible. */
    private static final class Search {
        private final DecisionTable dt;
        private final HitPolicy hp;
        private final List<Column> cols;
        private final List<List<BitSet>> matches;
        /** Per row, the first column from which all its cells are "-". */
        private final int[] anyFrom;
        final BitSet reached;
        final List<String> gaps = new ArrayList<>();
        int moreGaps;
        final Map<List<Integer>, String> overlaps = new java.util.LinkedHashMap<>();
        private long nodes;

        /** States already searched: the same column with the same rows still possible gives the same answers. */
        private final Set<State> seen = new java.util.HashSet<>();

        record State(int col, BitSet candidates) {
        }

        Search(DecisionTable dt, HitPolicy hp, List<Column> cols, List<List<BitSet>> matches, int rows, Integer[] order) {
            this.dt = dt;
            this.hp = hp;
            this.cols = cols;
            this.matches = matches;
            this.reached = new BitSet(rows);
            this.anyFrom = new int[rows];
            for (int r = 0; r < rows; r++) {
                int from = cols.size();
                while (from > 0 && isAny(cell(dt, r, order[from - 1]))) {
                    from--;
                }
                anyFrom[r] = from;
            }
        }

        void visit(int col, BitSet candidates, Object[] assignment) {
            if (++nodes > BUDGET) {
                throw new TooLarge();
            }
            if (!candidates.isEmpty() && !seen.add(new State(col, candidates))) {
                return;
            }
            if (candidates.isEmpty()) {
                String gap = describe(assignment, col, essential(assignment, col));
                if (gaps.contains(gap)) {
                    return;
                }
                if (gaps.size() < GAPS_SHOWN) {
                    gaps.add(gap);
                } else {
                    moreGaps++;
                }
                return;
            }
            int first = candidates.nextSetBit(0);
            if (hp == HitPolicy.FIRST && anyFrom[first] <= col) {
                reached.set(first);   // it matches everything from here on, and comes first
                return;
            }
            boolean settled = true;
            for (int r = first; r >= 0; r = candidates.nextSetBit(r + 1)) {
                settled &= anyFrom[r] <= col;
            }
            if (col == cols.size() || settled) {
                leaf(candidates, assignment, col);
                return;
            }
            List<BitSet> byValue = matches.get(col);
            for (int v = 0; v < byValue.size(); v++) {
                BitSet next = (BitSet) candidates.clone();
                next.and(byValue.get(v));
                assignment[col] = cols.get(col).values().get(v);
                visit(col + 1, next, assignment);
            }
            assignment[col] = null;
        }

        private void leaf(BitSet candidates, Object[] assignment, int col) {
            int first = candidates.nextSetBit(0);
            if (hp == HitPolicy.FIRST) {
                reached.set(first);
                return;
            }
            reached.or(candidates);
            if (candidates.cardinality() > 1 && overlaps.size() < GAPS_SHOWN && (hp == HitPolicy.UNIQUE || (hp == HitPolicy.ANY && differ(candidates)))) {
                List<Integer> pair = List.of(first, candidates.nextSetBit(first + 1));
                overlaps.putIfAbsent(pair, describe(assignment, col));
            }
        }

        private boolean differ(BitSet candidates) {
            String firstAnswer = null;
            for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
                String answer = dt.getRule().get(r).getOutputEntry().stream().map(Expression.class::cast)
                        .map(e -> e instanceof org.kie.dmn.model.api.LiteralExpression l ? Objects.toString(l.getText(), "").strip() : "")
                        .toList().toString();
                if (firstAnswer == null) {
                    firstAnswer = answer;
                } else if (!firstAnswer.equals(answer)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The columns of a gap that matter: one at a time, a column is set free (any of its values) and dropped from the
         * description when no row matches even so.
         */
        private boolean[] essential(Object[] assignment, int upTo) {
            boolean[] kept = new boolean[upTo];
            java.util.Arrays.fill(kept, true);
            int[] valueAt = new int[upTo];
            for (int c = 0; c < upTo; c++) {
                valueAt[c] = cols.get(c).values().indexOf(assignment[c]);
            }
            for (int free = 0; free < upTo; free++) {
                kept[free] = false;
                BitSet rows = new BitSet();
                rows.set(0, dt.getRule().size());
                for (int c = 0; c < upTo; c++) {
                    if (kept[c]) {
                        rows.and(matches.get(c).get(valueAt[c]));
                    }
                }
                boolean matchedWhenFree = false;
                for (BitSet any : matches.get(free)) {
                    matchedWhenFree |= rows.intersects(any);
                }
                if (matchedWhenFree) {
                    kept[free] = true;
                }
            }
            return kept;
        }

        private String describe(Object[] assignment, int upTo) {
            boolean[] all = new boolean[upTo];
            java.util.Arrays.fill(all, true);
            return describe(assignment, upTo, all);
        }

        private String describe(Object[] assignment, int upTo, boolean[] kept) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < upTo; c++) {
                if (!kept[c]) {
                    continue;
                }
                Column column = cols.get(c);
                if (column.values().size() == 1 && OTHER.equals(column.values().get(0))) {
                    continue;   // every row says "-": not part of the case
                }
                parts.add("'" + column.name() + "' " + TableCoverage.describe(assignment[c]));
            }
            return parts.isEmpty() ? "any values" : String.join(", ", parts) + (parts.size() < cols.size() ? " (whatever the other columns hold)" : "");
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** The literal values a cell names, and whether it tests the value with {@code ?} inside a function (a list column). */
    private static final class Literals {
        final Set<String> strings = new TreeSet<>();
        final Set<BigDecimal> numbers = new TreeSet<>();
        boolean booleans;
        boolean questionInFunction;

        void walk(ASTNode node, boolean inFunction) {
            if (node == null) {
                return;
            }
            if (node instanceof StringNode s) {
                String v = s.getValue();
                if (v != null && v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                strings.add(v);
                return;
            }
            if (node instanceof NumberNode n) {
                numbers.add(n.getValue());
                return;
            }
            if (node instanceof BooleanNode) {
                booleans = true;
                return;
            }
            if (node instanceof NullNode) {
                return;
            }
            if (node instanceof NameRefNode n && "?".equals(n.getText()) && inFunction) {
                questionInFunction = true;
                return;
            }
            boolean function = inFunction || node instanceof FunctionInvocationNode;
            ASTNode[] children = node.getChildrenNode();
            if (children != null) {
                for (ASTNode c : children) {
                    walk(c, function);
                }
            }
        }
    }
}
