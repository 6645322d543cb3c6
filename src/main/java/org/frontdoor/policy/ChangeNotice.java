package org.frontdoor.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.frontdoor.policy.RuleSetDiff.CellChange;
import org.frontdoor.policy.RuleSetDiff.RowChange;
import org.frontdoor.policy.RuleSetDiff.TableChange;
import org.frontdoor.rules.Indicator;
import org.frontdoor.rules.RuleRow;
import org.frontdoor.rules.RuleSet;

/**
 * A plain-English notice for partner agencies (schools, police, health) that the front door's threshold guidance
 * changes, written from a {@link RuleSetDiff}. No technical words: indicators and their levels for the catalogue,
 * the rule's reason and guidance reference for everything else.
 *
 * @param title                 e.g. "Changes to the front door's levels of need guidance from 1 September 2025"
 * @param fromVersion           version replaced
 * @param toVersion             version that takes effect
 * @param effectiveFrom         the instant the new version takes effect
 * @param effectiveFromText     the same in UK time, e.g. "Monday 1 September 2025 at 09:00"
 * @param summary               the changes below as one paragraph, or a sentence saying nothing changes
 * @param changes               one sentence per change
 * @param changeNote            the author's own note, as written (may be empty)
 * @param whatThisMeansForYou   advice lines for a professional who makes contacts
 * @param contact               who to ask: the council's configured contacts (council.CouncilContacts)
 */
public record ChangeNotice(String title, String fromVersion, String toVersion, Instant effectiveFrom,
                           String effectiveFromText, String summary, List<String> changes, String changeNote,
                           List<String> whatThisMeansForYou, String contact) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Who to ask when no contact details are given. */
    public static final String CONTACT_GENERIC = "For questions about these changes, contact the children's services front door.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String CATALOGUE = "indicator-catalogue";

    public static ChangeNotice of(String fromVersion, String toVersion, Instant effectiveFrom, String changeNote,
                                  RuleSetDiff diff, RuleSet after) {
        return of(fromVersion, toVersion, effectiveFrom, changeNote, diff, after, CONTACT_GENERIC);
    }

    /** @param contact who to ask, as a sentence with the council's contact details */
    public static ChangeNotice of(String fromVersion, String toVersion, Instant effectiveFrom, String changeNote,
                                  RuleSetDiff diff, RuleSet after, String contact) {
        // a draft not yet published is previewed as if it took effect when it is read
        Instant from = effectiveFrom == null ? Instant.now() : effectiveFrom;
        String when = WHEN.format(from.atZone(LONDON)) + " (UK time)";
        String title = "Changes to the front door's levels of need guidance from "
                + DAY.format(from.atZone(LONDON));
        Map<Integer, String> labels = levelLabels(after);
        List<String> changes = new ArrayList<>();
        int raised = 0;
        int lowered = 0;
        boolean orderChanged = false;
        for (TableChange t : diff.tables()) {
            if (t.model().equals(CATALOGUE)) {
                for (RowChange r : t.added()) {
                    changes.add("New indicator " + r.ruleId() + " '" + r.reason() + "' at " + level(after(r, "level"), labels)
                            + ".");
                }
                for (RowChange r : t.removed()) {
                    changes.add("Removed indicator " + r.ruleId() + " '" + r.reason() + "' (it was "
                            + level(before(r, "level"), labels) + ").");
                }
                for (RowChange r : t.changed()) {
                    int direction = indicatorChange(r, after.indicators(), changes, labels);
                    raised += direction > 0 ? 1 : 0;
                    lowered += direction < 0 ? 1 : 0;
                }
            } else {
                String noun = noun(t);
                for (RowChange r : t.added()) {
                    changes.add("New " + noun + ": " + describe(r) + ".");
                }
                for (RowChange r : t.removed()) {
                    changes.add("Removed " + noun + ": " + describe(r) + ".");
                }
                for (RowChange r : t.changed()) {
                    CellChange reason = r.cell(RuleSetDiff.ANNOTATION, RuleRow.REASON);
                    changes.add("Changed " + noun + ": " + describe(r)
                            + (reason != null && reason.before() != null ? " (previously: " + reason.before() + ")" : "")
                            + ".");
                }
                if (!t.moved().isEmpty()) {
                    orderChanged = true;
                    changes.add("The order in which the '" + t.table()
                            + "' checks are applied has changed, which can change which applies first.");
                }
            }
        }
        String summary = changes.isEmpty()
                ? "There is no change to how the front door assesses contacts; version " + toVersion
                  + " replaces version " + fromVersion + " from " + when + "."
                : "From " + when + " the front door will use version " + toVersion + " of its levels of need guidance"
                  + " in place of version " + fromVersion + ". " + String.join(" ", changes);

        List<String> means = new ArrayList<>();
        means.add("Keep contacting the front door as you do now; how you make a contact does not change.");
        if (raised > 0) {
            means.add("Where a child shows an indicator that is now at a higher level, the front door may suggest"
                    + " a more intensive response than before, and may ask you for more information.");
        }
        if (lowered > 0) {
            means.add("Where a child shows an indicator that is now at a lower level, the response may be early help"
                    + " or support from universal services rather than children's social care. If you think a child"
                    + " is at risk of significant harm, contact the front door straight away whatever the level;"
                    + " in an emergency call 999.");
        }
        if (orderChanged) {
            means.add("Some contacts may be routed differently; the front door will tell you the outcome as usual.");
        }
        means.add("A qualified practitioner at the front door still decides every contact; the guidance only"
                + " informs that decision, and a manager must agree before the front door departs from a response"
                + " the guidance says is required.");
        means.add("Decisions made before " + when + " are not changed.");
        return new ChangeNotice(title, fromVersion, toVersion, effectiveFrom, when, summary, List.copyOf(changes),
                changeNote == null ? "" : changeNote.trim(), List.copyOf(means),
                contact == null || contact.isBlank() ? CONTACT_GENERIC : contact.strip());
    }

    /** Adds the sentences for one changed indicator; returns +1 if its level went up, -1 if down, else 0. */
    private static int indicatorChange(RowChange r, Map<String, Indicator> now, List<String> changes, Map<Integer, String> labels) {
        Indicator indicator = now.get(r.ruleId());
        String text = indicator != null ? indicator.text() : r.reason();
        String name = "Indicator " + r.ruleId() + " '" + text + "'";
        int direction = 0;
        List<String> parts = new ArrayList<>();
        for (CellChange c : r.cells()) {
            if (c.kind().equals(RuleSetDiff.OUTPUT) && c.column().equals("level")) {
                parts.add("is now " + level(c.after(), labels) + " (was " + level(c.before(), labels) + ")");
                direction = Integer.compare(number(c.after()), number(c.before()));
            } else if (c.kind().equals(RuleSetDiff.OUTPUT) && c.column().equals("significantHarm")) {
                parts.add("true".equals(c.after()) ? "now on its own gives reasonable cause to suspect significant harm"
                        : "no longer on its own gives reasonable cause to suspect significant harm");
            } else if (c.kind().equals(RuleSetDiff.OUTPUT) && c.column().equals("domain")) {
                parts.add("now belongs to " + domain(c.after()) + " (was " + domain(c.before()) + ")");
            } else if (c.kind().equals(RuleSetDiff.OUTPUT) && c.column().equals("category")) {
                parts.add("is now grouped with '" + c.after() + "' concerns (was '" + c.before() + "')");
            } else if (c.kind().equals(RuleSetDiff.ANNOTATION) && c.column().equals(RuleRow.REASON)) {
                parts.add("is now worded '" + c.after() + "' (was '" + c.before() + "')");
            } else if (c.kind().equals(RuleSetDiff.ANNOTATION) && c.column().equals(RuleRow.GUIDANCE)) {
                parts.add("now refers to " + c.after());
            }
        }
        if (parts.isEmpty()) {
            parts.add("has been revised");
        }
        changes.add(name + " " + String.join("; ", parts) + ".");
        return direction;
    }

    private static String describe(RowChange r) {
        String reason = r.reason().isBlank() ? r.ruleId() : r.reason();
        return reason + (r.guidance().isBlank() ? "" : " (see guidance: " + r.guidance() + ")");
    }

    private static String noun(TableChange t) {
        String table = t.table().toLowerCase(Locale.UK);
        if (table.contains("route") || table.contains("pathway")) {
            return "route";
        }
        return "rule in '" + t.table() + "'";
    }

    private static String after(RowChange r, String column) {
        CellChange c = r.cell(RuleSetDiff.OUTPUT, column);
        return c == null ? null : c.after();
    }

    private static String before(RowChange r, String column) {
        CellChange c = r.cell(RuleSetDiff.OUTPUT, column);
        return c == null ? null : c.before();
    }

    private static int number(String level) {
        try {
            return Integer.parseInt(level == null ? "" : level.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** "3" as "level 3 Intensive", the name from the rule set's Level table; anything else as written. */
    static String level(String value, Map<Integer, String> labels) {
        int n = number(value);
        return labels.containsKey(n) ? "level " + n + " " + labels.get(n) : "level " + value;
    }

    /** The level names the rule set's Level table gives (rows naming one level: input n, second output the label). */
    private static Map<Integer, String> levelLabels(RuleSet ruleSet) {
        Map<Integer, String> labels = new java.util.HashMap<>();
        for (org.frontdoor.rules.RuleRow row : ruleSet.rows()) {
            if ("Level".equals(row.table()) && row.inputEntries().size() == 1 && row.outputEntries().size() > 1) {
                int n = number(row.inputEntries().get(0));
                String label = row.outputEntries().get(1).strip();
                if (n > 0 && label.length() >= 2 && label.startsWith("\"") && label.endsWith("\"")) {
                    labels.putIfAbsent(n, label.substring(1, label.length() - 1));
                }
            }
        }
        return labels;
    }

    private static String domain(String code) {
        return switch (code == null ? "" : code) {
            case "CD" -> "the child's developmental needs";
            case "PC" -> "parenting capacity";
            case "FE" -> "family and environment";
            default -> String.valueOf(code);
        };
    }

    /** The notice as plain text, for an email or a letter. */
    public String text() {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append("From ").append(effectiveFromText).append(".\n\n").append(summary).append("\n");
        if (!changeNote.isEmpty()) {
            out.append("\nWhy this is changing: ").append(changeNote).append("\n");
        }
        out.append("\nWhat this means for you:\n");
        whatThisMeansForYou.forEach(l -> out.append("- ").append(l).append("\n"));
        return out.append("\n").append(contact).append("\n").toString();
    }
}
