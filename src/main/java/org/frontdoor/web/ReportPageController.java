package org.frontdoor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.report.FrontDoorReport;
import org.frontdoor.report.FrontDoorReports;
import org.frontdoor.rules.RuleSetCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Manager: the front door's figures for a period, with charts drawn on the server and the same figures as tables. */
@Controller
class ReportPageController {
    private final FrontDoorReports reports;
    private final RuleSetCatalog ruleSets;
    private final PageIdentity identity;
    private final Clock clock;
    private final ZoneId zone;

    ReportPageController(FrontDoorReports reports, RuleSetCatalog ruleSets, PageIdentity identity, Clock clock,
                         @org.springframework.beans.factory.annotation.Value("${frontdoor.calendar.zone:Europe/London}") String zone) {
        this.reports = reports;
        this.ruleSets = ruleSets;
        this.identity = identity;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/reports")
    String report(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, HttpSession session, Model model) {
        identity.require(session, "/reports");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate end = date(to, today);
        LocalDate start = date(from, end.minusMonths(6).withDayOfMonth(1));
        if (start.isAfter(end)) {
            start = end;
        }
        FrontDoorReport report = reports.report(start, end);
        Tables tables = new Tables(ruleSets.active());

        Map<String, Double> byPathway = new LinkedHashMap<>();
        report.outcomeMix().forEach(o -> byPathway.merge(o.primaryPathway(), (double) o.children(), Double::sum));
        List<String> pathwayLabels = byPathway.keySet().stream().map(c -> tables.pathway(c).map(Tables.PathwayRow::label).orElse(c)).toList();

        List<String> months = new ArrayList<>();
        List<Double> contacts = new ArrayList<>();
        List<Map<String, Integer>> mixByMonth = new ArrayList<>();
        for (LocalDate m = start.withDayOfMonth(1); !m.isAfter(end); m = m.plusMonths(1)) {
            LocalDate mEnd = m.plusMonths(1).minusDays(1).isAfter(end) ? end : m.plusMonths(1).minusDays(1);
            months.add(m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK) + " " + m.getYear());
            FrontDoorReport month = reports.report(m.isBefore(start) ? start : m, mEnd);
            contacts.add((double) month.contacts());
            Map<String, Integer> mix = new LinkedHashMap<>();
            month.outcomeMix().forEach(o -> mix.merge(o.primaryPathway(), o.children(), Integer::sum));
            mixByMonth.add(mix);
        }

        List<FrontDoorReport.RuleOverrides> byRule = report.overrides().byRule().stream().filter(r -> r.overridden() > 0).toList();
        FrontDoorReport.Timeliness t = report.timeliness();

        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
        model.addAttribute("totals", plural(report.contacts(), "contact") + " about " + plural(report.children(), "child", "children")
                + ", " + day.format(start) + " to " + day.format(end) + ".");
        List<String> mixCodes = mixByMonth.stream().flatMap(m -> m.keySet().stream()).distinct().sorted(
                java.util.Comparator.comparingInt((String c) -> c.replaceAll("\\D", "").isEmpty() ? 999 : Integer.parseInt(c.replaceAll("\\D", "")))
                        .thenComparing(c -> c)).toList();
        model.addAttribute("months", months);
        model.addAttribute("mixCodes", mixCodes);
        model.addAttribute("mixLabels", mixCodes.stream().map(c -> tables.pathway(c).map(Tables.PathwayRow::label).orElse(c)).toList());
        model.addAttribute("mixByMonth", mixByMonth);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("report", report);
        model.addAttribute("charts", List.of(
                BarChart.of("outcome-mix", "Children by primary pathway", "How many children each primary pathway was recommended for",
                        pathwayLabels, List.copyOf(byPathway.values()), ""),
                BarChart.of("over-time", "Contacts by month", "How many contacts the front door recorded each month",
                        months, contacts, ""),
                BarChart.of("override-rate", "Override rate by rule", "Of the children a rule fired for, the share whose recommendation was overridden",
                        byRule.stream().map(FrontDoorReport.RuleOverrides::ruleId).toList(),
                        byRule.stream().map(r -> r.rate() == null ? 0.0 : r.rate() * 100).toList(), "%"),
                BarChart.of("timeliness", "Within one working day", "The share of decisions and ratifications made within one working day",
                        List.of("Decided", "Ratified"),
                        List.of(share(t.decidedShare()), share(t.ratifiedShare())), "%")));
        return "reports";
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static double share(Double s) {
        return s == null ? 0 : s * 100;
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
