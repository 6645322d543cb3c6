package org.frontdoor.referral;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.rules.PathwayRows;
import org.frontdoor.rules.RuleRow;
import org.frontdoor.rules.RuleSet;

/**
 * What the rule set's "Pathway" and "Level" tables say about a code or a level: labels, consent need, whether the
 * pathway is a referral to children's social care, and the row's plain-English reason. Read from the rows, so a
 * council renaming or rewiring pathways changes the letters and follow-up rules without code.
 */
final class PathwayTable {
    static final String LEVEL = "Level";

    record PathwayRow(String code, String label, String consent, boolean socialCare, String reason) {
    }

    record LevelRow(int value, String label, String reason) {
    }

    private final Map<String, PathwayRow> pathways = new LinkedHashMap<>();
    private final Map<Integer, LevelRow> levels = new LinkedHashMap<>();

    PathwayTable(RuleSet ruleSet) {
        // first row of a code wins (a code may have one row per urgency; their labels agree)
        new PathwayRows(ruleSet).pathways().forEach(p -> pathways.put(p.code(),
                new PathwayRow(p.code(), p.label(), p.consent(), p.socialCare(), p.reason())));
        for (RuleRow row : ruleSet.rows()) {
            if (LEVEL.equals(row.table()) && !row.inputEntries().isEmpty() && row.outputEntries().size() > 1) {
                try {
                    int value = Integer.parseInt(row.inputEntries().get(0).strip());
                    levels.putIfAbsent(value, new LevelRow(value, unquote(row.outputEntries().get(1)), row.annotations().get(RuleRow.REASON)));
                } catch (NumberFormatException e) {
                    // not a single level: not a naming row
                }
            }
        }
    }

    Optional<PathwayRow> pathway(String code) {
        return Optional.ofNullable(pathways.get(code));
    }

    Optional<LevelRow> level(int value) {
        return Optional.ofNullable(levels.get(value));
    }

    /** True only when the table has a row for the code and it says socialCare false; an unknown code counts as social care. */
    boolean notSocialCare(String code) {
        return pathway(code).map(p -> !p.socialCare()).orElse(false);
    }

    private static String unquote(String entry) {
        String s = entry == null ? "" : entry.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
