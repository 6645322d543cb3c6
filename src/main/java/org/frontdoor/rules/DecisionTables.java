package org.frontdoor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.rules.internal.DmnTables;
import org.frontdoor.rules.internal.FeelCells;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.OutputClause;
import org.kie.dmn.model.api.RuleAnnotationClause;

/**
 * The decision tables of a model file as a policy lead edits them in the browser: read as rows of cells in words,
 * and changed one row at a time (change, add, remove, move). Every cell is checked with the engine's FEEL parser
 * before anything is written, and the file is rewritten through the engine's own DMN model, so it stays DMN of the
 * same version with its diagram. Nothing here stores anything: the caller saves the returned file to a draft.
 */
public final class DecisionTables {
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)([a-z]?)$");

    private DecisionTables() {
    }

    public record TableRef(String fileName, String table, String hitPolicy, int rows, boolean orderMatters) {
    }

    /** A column: its heading, its declared type, and whether its cells are plain words (a string value). */
    public record Column(String label, String type, boolean words) {
    }

    /** A cell as written in FEEL, and in words when it has a simple wording (else null). */
    public record Cell(String feel, String words) {
    }

    public record Row(int number, String ruleId, List<Cell> inputs, List<Cell> outputs, List<String> annotations) {
        /** The cell as the form shows it: words for a words column, else its FEEL. */
        public String outputText(int i, Column column) {
            return column.words() ? plain(outputs.get(i).feel()) : outputs.get(i).feel();
        }
    }

    public record Table(String fileName, String table, String hitPolicy, boolean orderMatters, List<Column> inputs, List<Column> outputs,
                        List<String> annotationColumns, List<Row> rows) {
        public Row row(int number) {
            if (number < 1 || number > rows.size()) {
                throw new NoSuchTable(table + " has no row " + number + " (it has " + rows.size() + ")");
            }
            return rows.get(number - 1);
        }

        public int annotationIndex(String name) {
            return annotationColumns.indexOf(name);
        }
    }

    /** What a row should hold, as the form gives it: tests in FEEL, outputs as words or FEEL by column, annotations as text. */
    public record RowValues(List<String> inputs, List<String> outputs, List<String> annotations) {
    }

    /** A changed file and what changed, in a sentence for the draft's history. */
    public record Edit(ModelFile file, String summary) {
    }

    /** One cell that cannot be saved: {@code field} is input-N, output-N or annotation-N (0-based), or "row". */
    public record CellProblem(String field, String message) {
    }

    /** The row was not saved: every cell that is wrong, in plain English. */
    public static final class Refused extends RuntimeException {
        private final transient List<CellProblem> problems;

        public Refused(List<CellProblem> problems) {
            super(String.join("; ", problems.stream().map(CellProblem::message).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<CellProblem> problems() {
            return problems;
        }
    }

    public static final class NoSuchTable extends RuntimeException {
        public NoSuchTable(String message) {
            super(message);
        }
    }

    // ----- reading -----

    public static List<TableRef> tables(ModelFile file) {
        return DmnTables.read(file).tables().stream().map(e -> new TableRef(file.fileName(), e.getKey(), e.getValue().getHitPolicy().value(),
                e.getValue().getRule().size(), DmnTables.orderMatters(e.getValue()))).toList();
    }

    public static Table table(ModelFile file, String name) {
        DmnTables model = DmnTables.read(file);
        return view(model, name, model.table(name));
    }

    private static Table view(DmnTables model, String name, DecisionTable dt) {
        Set<String> names = model.names(name);
        List<Column> inputs = dt.getInput().stream().map(c -> new Column(DmnTables.inputLabel(c), DmnTables.inputType(c), false)).toList();
        List<Column> outputs = new ArrayList<>();
        for (int i = 0; i < dt.getOutput().size(); i++) {
            OutputClause c = dt.getOutput().get(i);
            outputs.add(new Column(DmnTables.outputLabel(c, name), DmnTables.outputType(c), wordsColumn(dt, i, DmnTables.outputType(c))));
        }
        List<String> annotations = dt.getAnnotation().stream().map(RuleAnnotationClause::getName).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < dt.getRule().size(); r++) {
            DecisionRule rule = dt.getRule().get(r);
            List<String> notes = new ArrayList<>();
            for (int a = 0; a < annotations.size(); a++) {
                notes.add(rule.getAnnotationEntry() != null && a < rule.getAnnotationEntry().size() ? text(rule.getAnnotationEntry().get(a).getText()) : "");
            }
            int idIndex = annotations.indexOf(RuleRow.RULE_ID);
            String ruleId = idIndex >= 0 && !notes.get(idIndex).isBlank() ? notes.get(idIndex) : "row " + (r + 1);
            rows.add(new Row(r + 1, ruleId,
                    rule.getInputEntry().stream().map(e -> cell(text(e.getText()), FeelCells.Kind.TEST, names)).toList(),
                    rule.getOutputEntry().stream().map(e -> cell(text(e.getText()), FeelCells.Kind.VALUE, names)).toList(),
                    List.copyOf(notes)));
        }
        return new Table(model.fileName(), name, dt.getHitPolicy().value(), DmnTables.orderMatters(dt), inputs, List.copyOf(outputs), annotations,
                List.copyOf(rows));
    }

    /** A string column, or an untyped one whose every entry is a string or null: edited as plain words. */
    private static boolean wordsColumn(DecisionTable dt, int column, String type) {
        if ("string".equals(type)) {
            return true;
        }
        if (!type.isEmpty()) {
            return false;
        }
        boolean anyString = false;
        for (DecisionRule rule : dt.getRule()) {
            String t = text(rule.getOutputEntry().get(column).getText());
            if (isString(t)) {
                anyString = true;
            } else if (!"null".equals(t)) {
                return false;
            }
        }
        return anyString;
    }

    private static Cell cell(String feel, FeelCells.Kind kind, Set<String> names) {
        return new Cell(feel, FeelCells.words(feel, kind, names));
    }

    // ----- changing -----

    public static Edit changeRow(ModelFile file, String name, int number, RowValues values) {
        DmnTables model = DmnTables.read(file);
        DecisionTable dt = model.table(name);
        Table before = view(model, name, dt);
        Row old = before.row(number);
        List<String> outputs = checked(model, name, dt, before, values, number);
        model.setRow(dt, number - 1, values.inputs(), outputs, values.annotations());
        Table after = view(model, name, dt);
        Row changed = after.row(number);
        List<String> what = new ArrayList<>();
        for (int i = 0; i < before.inputs().size(); i++) {
            if (!old.inputs().get(i).feel().equals(changed.inputs().get(i).feel())) {
                what.add(before.inputs().get(i).label() + " from " + old.inputs().get(i).feel() + " to " + changed.inputs().get(i).feel());
            }
        }
        for (int i = 0; i < before.outputs().size(); i++) {
            if (!old.outputs().get(i).feel().equals(changed.outputs().get(i).feel())) {
                what.add(before.outputs().get(i).label() + " from " + old.outputs().get(i).feel() + " to " + changed.outputs().get(i).feel());
            }
        }
        for (int i = 0; i < before.annotationColumns().size(); i++) {
            if (!old.annotations().get(i).equals(changed.annotations().get(i))) {
                what.add(before.annotationColumns().get(i) + " changed");
            }
        }
        if (what.isEmpty()) {
            throw new Refused(List.of(new CellProblem("row", "Nothing was changed: the row already says this.")));
        }
        return new Edit(model.write(), name + ", row " + number + " (" + changed.ruleId() + "): " + String.join("; ", what) + ".");
    }

    /** Adds a row so that it becomes row {@code position} (1 = first; past the end = last). */
    public static Edit addRow(ModelFile file, String name, int position, RowValues values) {
        DmnTables model = DmnTables.read(file);
        DecisionTable dt = model.table(name);
        Table before = view(model, name, dt);
        int at = Math.max(1, Math.min(position, before.rows().size() + 1));
        List<String> outputs = checked(model, name, dt, before, values, 0);
        model.addRow(dt, at - 1, values.inputs(), outputs, values.annotations());
        Row added = view(model, name, dt).row(at);
        return new Edit(model.write(), name + ": row " + at + " (" + added.ruleId() + ") added.");
    }

    public static Edit removeRow(ModelFile file, String name, int number) {
        DmnTables model = DmnTables.read(file);
        DecisionTable dt = model.table(name);
        Row old = view(model, name, dt).row(number);
        if (dt.getRule().size() == 1) {
            throw new Refused(List.of(new CellProblem("row", "A table needs at least one row: change this row instead of removing it.")));
        }
        model.removeRow(dt, number - 1);
        return new Edit(model.write(), name + ": row " + number + " (" + old.ruleId() + ") removed.");
    }

    /** Moves a row to position {@code to} (1-based); only where the hit policy makes order matter. */
    public static Edit moveRow(ModelFile file, String name, int number, int to) {
        DmnTables model = DmnTables.read(file);
        DecisionTable dt = model.table(name);
        Row old = view(model, name, dt).row(number);
        if (!DmnTables.orderMatters(dt)) {
            throw new Refused(List.of(new CellProblem("row", "The order of this table's rows does not change what it gives (hit policy "
                    + dt.getHitPolicy().value() + "), so rows are not moved.")));
        }
        int target = Math.max(1, Math.min(to, dt.getRule().size()));
        if (target == number) {
            throw new Refused(List.of(new CellProblem("row", "The row is already there.")));
        }
        model.moveRow(dt, number - 1, target - 1);
        return new Edit(model.write(), name + ": row " + number + " (" + old.ruleId() + ") moved to row " + target + ".");
    }

    /**
     * A Rule id for a new row, following the table's own numbering: the next number after the highest id that
     * starts with {@code prefix} ("L3-CD-" gives "L3-CD-15" after "L3-CD-14"), or with the prefix of the row
     * {@code near} when no prefix is given.
     */
    public static String suggestRuleId(Table table, String prefix, int near) {
        String p = prefix;
        if (p == null || p.isBlank()) {
            p = "";
            if (!table.rows().isEmpty()) {
                Matcher m = NUMBERED.matcher(table.rows().get(Math.max(0, Math.min(near, table.rows().size()) - 1)).ruleId());
                p = m.matches() ? m.group(1) : "";
            }
        }
        int max = 0;
        int width = 2;
        Set<String> taken = new TreeSet<>();
        for (Row r : table.rows()) {
            taken.add(r.ruleId());
            Matcher m = NUMBERED.matcher(r.ruleId());
            if (m.matches() && m.group(1).equals(p)) {
                max = Math.max(max, Integer.parseInt(m.group(2)));
                width = m.group(2).length();
            }
        }
        String id = p + String.format("%0" + width + "d", max + 1);
        while (taken.contains(id)) {
            id = id + "a";
        }
        return id;
    }

    /** Checks every cell (all problems at once) and returns the outputs as FEEL. */
    private static List<String> checked(DmnTables model, String name, DecisionTable dt, Table table, RowValues values, int number) {
        List<CellProblem> problems = new ArrayList<>();
        if (values.inputs().size() != dt.getInput().size() || values.outputs().size() != dt.getOutput().size()
                || values.annotations().size() != dt.getAnnotation().size()) {
            throw new Refused(List.of(new CellProblem("row", "The form did not have one entry per column; reload the page and try again.")));
        }
        Set<String> names = model.names(name);
        for (int i = 0; i < values.inputs().size(); i++) {
            String label = DmnTables.inputLabel(dt.getInput().get(i));
            for (String p : FeelCells.problems(values.inputs().get(i), FeelCells.Kind.TEST, names)) {
                problems.add(new CellProblem("input-" + i, label + " " + p));
            }
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < values.outputs().size(); i++) {
            Column column = table.outputs().get(i);
            String given = values.outputs().get(i) == null ? "" : values.outputs().get(i).strip();
            String feel = column.words() ? feelString(given) : given;
            outputs.add(feel);
            for (String p : FeelCells.problems(feel, FeelCells.Kind.VALUE, names)) {
                problems.add(new CellProblem("output-" + i, column.label() + " " + p));
            }
        }
        int idIndex = table.annotationIndex(RuleRow.RULE_ID);
        for (int i = 0; i < values.annotations().size(); i++) {
            String column = table.annotationColumns().get(i);
            String v = values.annotations().get(i) == null ? "" : values.annotations().get(i).strip();
            boolean needed = List.of(RuleRow.RULE_ID, RuleRow.REASON, RuleRow.GUIDANCE).contains(column);
            if (needed && v.isEmpty()) {
                problems.add(new CellProblem("annotation-" + i, column + " must not be empty: every row says its "
                        + (column.equals(RuleRow.RULE_ID) ? "Rule id" : column.equals(RuleRow.REASON) ? "reason in plain English" : "guidance reference")));
            }
            if (v.length() > 2000) {
                problems.add(new CellProblem("annotation-" + i, column + " is longer than 2,000 characters"));
            }
        }
        if (idIndex >= 0) {
            String id = values.annotations().get(idIndex).strip();
            for (Row r : table.rows()) {
                if (r.number() != number && r.ruleId().equalsIgnoreCase(id) && !id.isEmpty()) {
                    problems.add(new CellProblem("annotation-" + idIndex, "Rule id " + id + " is already row " + r.number() + "'s: each row needs its own"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return outputs;
    }

    /** Words as a FEEL string ("Family help"), or null when there are none. */
    public static String feelString(String words) {
        if (words == null || words.isBlank()) {
            return "null";
        }
        return "\"" + words.strip().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "") + "\"";
    }

    /** A FEEL string's words; anything else as written ("null" as nothing). */
    public static String plain(String feel) {
        String t = text(feel);
        if ("null".equals(t)) {
            return "";
        }
        if (isString(t)) {
            return t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
        }
        return t;
    }

    private static boolean isString(String t) {
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") && !t.substring(1, t.length() - 1).replace("\\\"", "").contains("\"");
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
