package org.frontdoor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule set's "Pathway" table read once, by column name: every other module asks this reader what a pathway is
 * called, how fast it happens, whether it needs consent, whether it is a referral to children's social care and
 * what a partner should do about it. A policy lead may reorder, rename the label of, or add columns in an editor:
 * the columns are found by their names ({@link #LABEL}, ...), never by their position, and a table missing one of
 * them is reported by name.
 */
public final class PathwayRows {
    public static final String TABLE = "Pathway";
    public static final String LABEL = "label";
    public static final String TIMESCALE = "timescale";
    public static final String AMOUNT = "amount";
    public static final String UNIT = "unit";
    public static final String CONSENT = "consent";
    public static final String SOCIAL_CARE = "socialCare";
    public static final String PARTNER_ACTION = "partnerAction";
    public static final String PARTNER_WHEN = "partnerWhen";
    public static final String PARTNER_PRIORITY = "partnerPriority";
    public static final String PARTNER_CONTACT = "partnerContact";
    /** Columns every rule set's Pathway table must have. */
    public static final List<String> REQUIRED = List.of(LABEL, TIMESCALE, AMOUNT, UNIT, CONSENT, SOCIAL_CARE,
            PARTNER_ACTION, PARTNER_WHEN, PARTNER_PRIORITY, PARTNER_CONTACT);

    /**
     * One row: a pathway code, the urgency it applies to ("-" for any), and its columns.
     *
     * @param partnerPriority 0 for the most urgent action a partner can take (call 999), higher for less urgent
     * @param partnerContact  who the partner contacts, as a key the council's contact details name (front-door, lado, ...)
     */
    public record Row(String code, String urgency, String label, String timescale, int amount, String unit, String consent,
                      boolean socialCare, String partnerAction, String partnerWhen, int partnerPriority, String partnerContact,
                      String reason, String guidance) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Row> first = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    public PathwayRows(RuleSet ruleSet) {
        String model = ruleSet.rows().stream().filter(r -> TABLE.equals(r.table())).map(RuleRow::model).findFirst().orElse(null);
        List<String> columns = model == null ? List.of() : ruleSet.outputLabels(model, TABLE);
        for (String required : REQUIRED) {
            if (!columns.contains(required)) {
                missing.add(required);
            }
        }
        List<String> inputs = model == null ? List.of() : ruleSet.inputLabels(model, TABLE);
        if (!missing.isEmpty() || inputs.isEmpty()) {
            return;
        }
        for (RuleRow r : ruleSet.rows()) {
            if (!TABLE.equals(r.table()) || r.outputEntries().size() != columns.size() || r.inputEntries().isEmpty()) {
                continue;
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                out.put(columns.get(i), r.outputEntries().get(i));
            }
            Row row = new Row(text(r.inputEntries().get(0)), r.inputEntries().size() > 1 ? text(r.inputEntries().get(1)) : "-",
                    text(out.get(LABEL)), text(out.get(TIMESCALE)), number(out.get(AMOUNT)), text(out.get(UNIT)), text(out.get(CONSENT)),
                    "true".equals(text(out.get(SOCIAL_CARE))), text(out.get(PARTNER_ACTION)), text(out.get(PARTNER_WHEN)),
                    number(out.get(PARTNER_PRIORITY)), text(out.get(PARTNER_CONTACT)),
                    r.annotations().get(RuleRow.REASON), r.annotations().get(RuleRow.GUIDANCE));
            rows.add(row);
            first.putIfAbsent(row.code(), row);
        }
    }

    /** Every row in table order (a code may have one row per urgency). */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The first row of a code (its rows agree on everything but the timescale). */
    public Optional<Row> pathway(String code) {
        return Optional.ofNullable(first.get(code));
    }

    /** Every code once, in table order. */
    public List<Row> pathways() {
        return List.copyOf(first.values());
    }

    /** Columns {@link #REQUIRED} that the table does not have, by name; empty when it is complete. */
    public List<String> missingColumns() {
        return List.copyOf(missing);
    }

    /** The text of a FEEL literal: a string without its quotes and escapes, anything else as written. */
    static String text(String entry) {
        String s = entry == null ? "" : entry.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s;
    }

    private static int number(String entry) {
        try {
            return new java.math.BigDecimal(text(entry)).intValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
