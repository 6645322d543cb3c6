package org.frontdoor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.rules.Indicator;
import org.frontdoor.rules.PathwayRows;
import org.frontdoor.rules.RuleRow;
import org.frontdoor.rules.RuleSet;

/**
 * What the pages show about the published tables, read from one rule set's rows: level names, pathway names and
 * timescales, and the indicator catalogue by level and domain. Nothing here is written in Java or in a template.
 */
public final class Tables {
    static final String LEVEL = "Level";

    public record LevelRow(int value, String label, String reason, String guidance) {
    }

    /**
     * One pathway, with every timescale the table gives it (a pathway may have one row per urgency), and what a
     * partner does about it, how fast and whom they contact (the table's partner columns).
     */
    public record PathwayRow(String code, String label, List<String> timescales, String unit, String consent, boolean socialCare,
                             String reason, String guidance, String partnerAction, String partnerWhen, String partnerContact,
                             int partnerPriority) {
    }

    public record DomainGroup(String domain, List<Indicator> indicators) {
    }

    public record LevelGroup(LevelRow level, List<DomainGroup> domains) {
        public int count() {
            return domains.stream().mapToInt(d -> d.indicators().size()).sum();
        }
    }

    private final RuleSet ruleSet;
    private final Map<Integer, LevelRow> levels = new LinkedHashMap<>();
    private final Map<String, PathwayRow> pathways = new LinkedHashMap<>();

    Tables(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        for (RuleRow row : ruleSet.rows()) {
            if (LEVEL.equals(row.table()) && row.outputEntries().size() > 1 && row.inputEntries().size() == 1) {
                parseLevel(row).ifPresent(l -> levels.putIfAbsent(l.value(), l));
            }
        }
        new PathwayRows(ruleSet).rows().forEach(this::addPathway);
    }

    private static Optional<LevelRow> parseLevel(RuleRow row) {
        try {
            int value = Integer.parseInt(row.inputEntries().get(0).strip());
            return Optional.of(new LevelRow(value, unquote(row.outputEntries().get(1)), row.annotations().get(RuleRow.REASON),
                    row.annotations().get(RuleRow.GUIDANCE)));
        } catch (NumberFormatException e) {
            return Optional.empty();   // a range, not a naming row
        }
    }

    private void addPathway(PathwayRows.Row row) {
        PathwayRow existing = pathways.get(row.code());
        if (existing != null) {
            List<String> timescales = new ArrayList<>(existing.timescales());
            timescales.add(row.timescale());
            pathways.put(row.code(), new PathwayRow(row.code(), existing.label(), List.copyOf(timescales), existing.unit(), existing.consent(),
                    existing.socialCare(), existing.reason(), existing.guidance(), existing.partnerAction(), existing.partnerWhen(),
                    existing.partnerContact(), existing.partnerPriority()));
            return;
        }
        pathways.put(row.code(), new PathwayRow(row.code(), row.label(), List.of(row.timescale()), row.unit(), row.consent(), row.socialCare(),
                row.reason(), row.guidance(), row.partnerAction(), row.partnerWhen(), row.partnerContact(), row.partnerPriority()));
    }

    public String version() {
        return ruleSet.version();
    }

    public List<LevelRow> levels() {
        return List.copyOf(levels.values());
    }

    public Optional<LevelRow> level(int value) {
        return Optional.ofNullable(levels.get(value));
    }

    public List<PathwayRow> pathways() {
        return List.copyOf(pathways.values());
    }

    public Optional<PathwayRow> pathway(String code) {
        return Optional.ofNullable(pathways.get(code));
    }

    /** Pathway labels for codes, in order, primary first: "Label; Label" (a code the table no longer has is shown as it is). */
    public String labels(List<String> codes) {
        return String.join("; ", codes.stream().map(c -> pathway(c).map(PathwayRow::label).orElse(c)).toList());
    }

    public Map<String, Indicator> indicators() {
        return ruleSet.indicators();
    }

    /** The catalogue, highest level first, by domain in table order; only indicators whose text, code or domain match the filter. */
    List<LevelGroup> catalogue(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        Map<Integer, Map<String, List<Indicator>>> grouped = new LinkedHashMap<>();
        ruleSet.indicators().values().stream()
                .filter(i -> f.isEmpty() || matches(i, f))
                .sorted((a, b) -> Integer.compare(b.level(), a.level()))
                .forEach(i -> grouped.computeIfAbsent(i.level(), l -> new LinkedHashMap<>())
                        .computeIfAbsent(i.domain(), d -> new ArrayList<>()).add(i));
        List<LevelGroup> out = new ArrayList<>();
        grouped.forEach((level, domains) -> out.add(new LevelGroup(levels.getOrDefault(level, new LevelRow(level, null, null, null)),
                domains.entrySet().stream().map(e -> new DomainGroup(e.getKey(), List.copyOf(e.getValue()))).toList())));
        return out;
    }

    static boolean matches(Indicator i, String lowerFilter) {
        return (i.text() + " " + i.code() + " " + i.domain() + " " + i.category()).toLowerCase(Locale.ROOT).contains(lowerFilter);
    }

    private static String unquote(String entry) {
        String s = entry == null ? "" : entry.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).replace("\\\"", "\"") : s;
    }
}
