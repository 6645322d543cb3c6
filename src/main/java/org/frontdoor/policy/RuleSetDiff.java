package org.frontdoor.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.frontdoor.rules.RuleRow;
import org.frontdoor.rules.RuleSet;

/**
 * What changed between two rule sets, table by table, in words a policy lead can check. Rows are matched by their
 * rule id (the "Rule id" annotation, else the row's DMN id), never by position, so moving a row is not a change;
 * where the hit policy makes order matter (FIRST, PRIORITY, RULE ORDER) a move is reported separately.
 *
 * @param fromVersion version of the set before
 * @param fromHash    hash of the set before
 * @param toVersion   version of the set after
 * @param toHash      hash of the set after
 * @param tables      every table with a difference, in the order of the set after, then tables removed
 * @param summary     counts and one sentence
 */
public record RuleSetDiff(String fromVersion, String fromHash, String toVersion, String toHash,
                          List<TableChange> tables, Summary summary) {

    public static final String TABLE_ADDED = "added";
    public static final String TABLE_REMOVED = "removed";
    public static final String TABLE_CHANGED = "changed";

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String ANNOTATION = "annotation";

    /** Hit policies under which the order of the rows can change the answer. */
    private static final Set<String> ORDERED = Set.of("FIRST", "PRIORITY", "RULE ORDER");

    /**
     * One table's differences.
     *
     * @param status  {@link #TABLE_ADDED}, {@link #TABLE_REMOVED} or {@link #TABLE_CHANGED}
     * @param notes   changes to the table itself: hit policy, columns added or removed
     * @param added   rows only in the set after (all rows of an added table)
     * @param removed rows only in the set before (all rows of a removed table)
     * @param changed rows in both whose cells or annotations differ
     * @param moved   sentences on rows whose relative order changed, only where the hit policy makes order matter
     */
    public record TableChange(String model, String table, String hitPolicy, String status, List<String> notes,
                              List<RowChange> added, List<RowChange> removed, List<RowChange> changed,
                              List<String> moved) {
        public boolean isEmpty() {
            return notes.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty() && moved.isEmpty();
        }
    }

    /**
     * One row added, removed or changed. For an added row {@code changes} describes what it tests and gives; for
     * a removed row what it tested and gave; for a changed row each cell or annotation that differs.
     *
     * @param reason   the "Reason" annotation (of the set after, or before for a removed row)
     * @param guidance the "Guidance" annotation, same rule
     * @param changes  the differences in words, e.g. "input 'Indicator level' was `>= 3`, now `>= 4`"
     * @param cells    the same differences as data
     */
    public record RowChange(String ruleId, String reason, String guidance, List<String> changes,
                            List<CellChange> cells) {
        /** The cell of the given kind and column, if it is among the differences. */
        public CellChange cell(String kind, String column) {
            return cells.stream().filter(c -> c.kind().equals(kind) && c.column().equals(column)).findFirst()
                    .orElse(null);
        }
    }

    /**
     * One cell or annotation that differs. {@code before} is null for an added row or column, {@code after} for a
     * removed one. Values are as written in the table, except that a plain quoted output text loses its quotes.
     *
     * @param kind {@link #INPUT}, {@link #OUTPUT} or {@link #ANNOTATION}
     */
    public record CellChange(String kind, String column, String before, String after) {
    }

    public record Summary(int tablesAdded, int tablesRemoved, int tablesChanged, int rowsAdded, int rowsRemoved,
                          int rowsChanged, int rowsMoved, String text) {
    }

    /** True when the two sets have the same tables with the same rows in an order that gives the same answers. */
    public boolean isEmpty() {
        return tables.isEmpty();
    }

    public static RuleSetDiff between(RuleSet before, RuleSet after) {
        Map<String, List<RuleRow>> old = byTable(before.rows());
        Map<String, List<RuleRow>> now = byTable(after.rows());
        List<TableChange> tables = new ArrayList<>();
        for (Map.Entry<String, List<RuleRow>> e : now.entrySet()) {
            List<RuleRow> was = old.get(e.getKey());
            TableChange change = was == null ? whole(after, e.getValue(), TABLE_ADDED)
                    : compare(before, after, was, e.getValue());
            if (!change.isEmpty()) {
                tables.add(change);
            }
        }
        old.forEach((key, rows) -> {
            if (!now.containsKey(key)) {
                tables.add(whole(before, rows, TABLE_REMOVED));
            }
        });
        return new RuleSetDiff(before.version(), before.hash(), after.version(), after.hash(), List.copyOf(tables),
                summarise(tables));
    }

    private static Map<String, List<RuleRow>> byTable(List<RuleRow> rows) {
        Map<String, List<RuleRow>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.model() + "/" + r.table(), k -> new ArrayList<>()).add(r));
        return out;
    }

    private static TableChange whole(RuleSet set, List<RuleRow> rows, String status) {
        RuleRow first = rows.get(0);
        boolean added = TABLE_ADDED.equals(status);
        List<RowChange> described = rows.stream().map(r -> added ? rowChange(set, null, r) : rowChange(set, r, null))
                .toList();
        return new TableChange(first.model(), first.table(), first.hitPolicy(), status,
                List.of((added ? "new table with " : "table removed, it had ") + plural(rows.size(), "rule")),
                added ? described : List.of(), added ? List.of() : described, List.of(), List.of());
    }

    private static TableChange compare(RuleSet before, RuleSet after, List<RuleRow> was, List<RuleRow> now) {
        RuleRow head = now.get(0);
        String model = head.model();
        String table = head.table();
        List<String> notes = new ArrayList<>();
        String oldPolicy = was.get(0).hitPolicy();
        if (!Objects.equals(oldPolicy, head.hitPolicy())) {
            notes.add("hit policy was " + oldPolicy + ", now " + head.hitPolicy());
        }
        columnNotes(notes, INPUT, before.inputLabels(model, table), after.inputLabels(model, table));
        columnNotes(notes, OUTPUT, before.outputLabels(model, table), after.outputLabels(model, table));

        Map<String, RuleRow> oldByKey = keyed(was);
        Map<String, RuleRow> newByKey = keyed(now);
        List<RowChange> added = new ArrayList<>();
        List<RowChange> removed = new ArrayList<>();
        List<RowChange> changed = new ArrayList<>();
        newByKey.forEach((key, row) -> {
            RuleRow prior = oldByKey.get(key);
            if (prior == null) {
                added.add(rowChange(after, null, row));
            } else {
                RowChange c = rowChange(before, after, prior, row);
                if (!c.changes().isEmpty()) {
                    changed.add(c);
                }
            }
        });
        oldByKey.forEach((key, row) -> {
            if (!newByKey.containsKey(key)) {
                removed.add(rowChange(before, row, null));
            }
        });
        List<String> moved = ORDERED.contains(head.hitPolicy()) ? moved(oldByKey, newByKey, head.hitPolicy())
                : List.of();
        return new TableChange(model, table, head.hitPolicy(), TABLE_CHANGED, List.copyOf(notes), List.copyOf(added),
                List.copyOf(removed), List.copyOf(changed), moved);
    }

    private static void columnNotes(List<String> notes, String kind, List<String> was, List<String> now) {
        for (String c : now) {
            if (!was.contains(c)) {
                notes.add(kind + " column '" + c + "' added");
            }
        }
        for (String c : was) {
            if (!now.contains(c)) {
                notes.add(kind + " column '" + c + "' removed");
            }
        }
        List<String> common = now.stream().filter(was::contains).toList();
        List<String> oldOrder = was.stream().filter(now::contains).toList();
        if (!common.equals(oldOrder)) {
            notes.add(kind + " columns reordered: was " + oldOrder + ", now " + common);
        }
    }

    /** Rows by rule id; a rule id used twice in one table is matched occurrence by occurrence. */
    private static Map<String, RuleRow> keyed(List<RuleRow> rows) {
        Map<String, RuleRow> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RuleRow r : rows) {
            int n = seen.merge(r.ruleId(), 1, Integer::sum);
            out.put(n == 1 ? r.ruleId() : r.ruleId() + "#" + n, r);
        }
        return out;
    }

    /**
     * Rows kept in both sets whose order relative to each other changed: the fewest rows that, put back, restore
     * the old order (those outside a longest run that kept its order).
     */
    private static List<String> moved(Map<String, RuleRow> was, Map<String, RuleRow> now, String policy) {
        List<String> common = now.keySet().stream().filter(was::containsKey).toList();
        int n = common.size();
        int[] oldPos = common.stream().mapToInt(k -> was.get(k).number()).toArray();
        int[] len = new int[n];
        int[] prev = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            len[i] = 1;
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (oldPos[j] < oldPos[i] && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    prev[i] = j;
                }
            }
            if (best < 0 || len[i] > len[best]) {
                best = i;
            }
        }
        Set<Integer> kept = new LinkedHashSet<>();
        for (int i = best; i >= 0; i = prev[i]) {
            kept.add(i);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!kept.contains(i)) {
                RuleRow o = was.get(common.get(i));
                RuleRow r = now.get(common.get(i));
                out.add("row " + r.ruleId() + " moved from " + ordinal(o.number()) + " to " + ordinal(r.number())
                        + "; under " + policy + " the order decides");
            }
        }
        return List.copyOf(out);
    }

    /** A row added ({@code before} null) or removed ({@code after} null), described cell by cell. */
    private static RowChange rowChange(RuleSet set, RuleRow before, RuleRow after) {
        RuleRow row = after != null ? after : before;
        List<String> inputs = set.inputLabels(row.model(), row.table());
        List<String> outputs = set.outputLabels(row.model(), row.table());
        List<CellChange> cells = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < row.inputEntries().size(); i++) {
            String v = row.inputEntries().get(i);
            if (v.isEmpty() || v.equals("-")) {
                continue;
            }
            String column = label(inputs, i, "input");
            cells.add(new CellChange(INPUT, column, after == null ? v : null, after == null ? null : v));
            words.add((after == null ? "tested input '" : "when input '") + column + "' is `" + v + "`");
        }
        for (int i = 0; i < row.outputEntries().size(); i++) {
            String v = plain(row.outputEntries().get(i));
            String column = label(outputs, i, "output");
            cells.add(new CellChange(OUTPUT, column, after == null ? v : null, after == null ? null : v));
            words.add((after == null ? "gave output '" : "gives output '") + column + "' " + v);
        }
        row.annotations().forEach((name, v) -> {
            if (!name.equals(RuleRow.RULE_ID) && !v.isBlank()) {
                cells.add(new CellChange(ANNOTATION, name, after == null ? v : null, after == null ? null : v));
            }
        });
        return new RowChange(row.ruleId(), reason(row), guidance(row), List.copyOf(words), List.copyOf(cells));
    }

    private static RowChange rowChange(RuleSet before, RuleSet after, RuleRow was, RuleRow now) {
        List<CellChange> cells = new ArrayList<>();
        List<String> words = new ArrayList<>();
        if (!Objects.equals(was.ruleId(), now.ruleId())) {
            words.add("rule id was " + was.ruleId() + ", now " + now.ruleId());
        }
        compareCells(INPUT, before.inputLabels(was.model(), was.table()), was.inputEntries(),
                after.inputLabels(now.model(), now.table()), now.inputEntries(), cells, words);
        compareCells(OUTPUT, before.outputLabels(was.model(), was.table()), was.outputEntries(),
                after.outputLabels(now.model(), now.table()), now.outputEntries(), cells, words);
        Set<String> names = new LinkedHashSet<>(now.annotations().keySet());
        names.addAll(was.annotations().keySet());
        for (String name : names) {
            if (name.equals(RuleRow.RULE_ID)) {
                continue;
            }
            String a = was.annotations().getOrDefault(name, "");
            String b = now.annotations().getOrDefault(name, "");
            if (!a.equals(b)) {
                cells.add(new CellChange(ANNOTATION, name, a.isEmpty() ? null : a, b.isEmpty() ? null : b));
                words.add(a.isEmpty() ? name + " added: \"" + b + "\""
                        : b.isEmpty() ? name + " removed (was \"" + a + "\")"
                        : name + " changed from \"" + a + "\" to \"" + b + "\"");
            }
        }
        return new RowChange(now.ruleId(), reason(now), guidance(now), List.copyOf(words), List.copyOf(cells));
    }

    /** Cells compared column by column under the columns' names, so an added column does not shift the rest. */
    private static void compareCells(String kind, List<String> oldLabels, List<String> oldValues,
                                     List<String> newLabels, List<String> newValues,
                                     List<CellChange> cells, List<String> words) {
        Map<String, String> was = cellsByLabel(kind, oldLabels, oldValues);
        Map<String, String> now = cellsByLabel(kind, newLabels, newValues);
        Set<String> columns = new LinkedHashSet<>(now.keySet());
        columns.addAll(was.keySet());
        for (String column : columns) {
            String a = was.get(column);
            String b = now.get(column);
            if (Objects.equals(a, b)) {
                continue;
            }
            cells.add(new CellChange(kind, column, a, b));
            String shownA = show(kind, a);
            String shownB = show(kind, b);
            words.add(a == null ? kind + " '" + column + "' is new: " + shownB
                    : b == null ? kind + " '" + column + "' removed (was " + shownA + ")"
                    : kind + " '" + column + "' was " + shownA + ", now " + shownB);
        }
    }

    private static Map<String, String> cellsByLabel(String kind, List<String> labels, List<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String column = label(labels, i, kind);
            if (out.containsKey(column)) {
                column = column + " (" + (i + 1) + ")";
            }
            String v = values.get(i);
            out.put(column, kind.equals(OUTPUT) ? plain(v) : (v.isEmpty() ? "-" : v));
        }
        return out;
    }

    private static String show(String kind, String value) {
        if (value == null) {
            return "";
        }
        if (kind.equals(INPUT)) {
            return value.equals("-") ? "any value (`-`)" : "`" + value + "`";
        }
        return value;
    }

    private static String label(List<String> labels, int i, String kind) {
        return i < labels.size() ? labels.get(i) : kind + " " + (i + 1);
    }

    /** {@code "universal"} as {@code universal}; any other text as written. */
    static String plain(String value) {
        String v = value == null ? "" : value.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") && v.indexOf('"', 1) == v.length() - 1) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    static String reason(RuleRow row) {
        return row.annotations().getOrDefault(RuleRow.REASON, "");
    }

    static String guidance(RuleRow row) {
        return row.annotations().getOrDefault(RuleRow.GUIDANCE, "");
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Summary summarise(List<TableChange> tables) {
        int tAdded = 0;
        int tRemoved = 0;
        int tChanged = 0;
        int added = 0;
        int removed = 0;
        int changed = 0;
        int moved = 0;
        for (TableChange t : tables) {
            switch (t.status()) {
                case TABLE_ADDED -> tAdded++;
                case TABLE_REMOVED -> tRemoved++;
                default -> tChanged++;
            }
            added += t.added().size();
            removed += t.removed().size();
            changed += t.changed().size();
            moved += t.moved().size();
        }
        String text;
        if (tables.isEmpty()) {
            text = "No differences.";
        } else {
            List<String> parts = new ArrayList<>();
            if (tChanged > 0) {
                parts.add(plural(tChanged, "table") + " changed");
            }
            if (tAdded > 0) {
                parts.add(plural(tAdded, "table") + " added");
            }
            if (tRemoved > 0) {
                parts.add(plural(tRemoved, "table") + " removed");
            }
            List<String> rows = new ArrayList<>();
            if (added > 0) {
                rows.add(plural(added, "row") + " added");
            }
            if (removed > 0) {
                rows.add(plural(removed, "row") + " removed");
            }
            if (changed > 0) {
                rows.add(plural(changed, "row") + " changed");
            }
            if (moved > 0) {
                rows.add(plural(moved, "row") + " moved where order matters");
            }
            text = String.join(", ", parts) + (rows.isEmpty() ? "" : ": " + String.join(", ", rows)) + ".";
        }
        return new Summary(tAdded, tRemoved, tChanged, added, removed, changed, moved, text);
    }
}
