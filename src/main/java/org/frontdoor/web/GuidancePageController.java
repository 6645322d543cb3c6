package org.frontdoor.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.frontdoor.policy.PolicyProblem;
import org.frontdoor.policy.RuleSetVersion;
import org.frontdoor.policy.RuleSetVersions;
import org.frontdoor.rules.Indicator;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.web.guidance.GuidanceEntry;
import org.frontdoor.web.guidance.GuidanceEntry.Kind;
import org.frontdoor.web.guidance.GuidanceSearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Partner (public): the threshold guidance, generated from the published tables, searchable (web.guidance) and
 * printable with the date the rule set took effect and the date it is to be reviewed by.
 */
@Controller
class GuidancePageController {
    /** Longer queries are cut: nobody types more, and the search stays cheap. */
    static final int MAX_QUERY = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RuleSetCatalog ruleSets;
    private final RuleSetVersions versions;
    private final GuidanceSearch search;
    private final CouncilProperties council;
    private final ZoneId zone;

    GuidancePageController(RuleSetCatalog ruleSets, RuleSetVersions versions, GuidanceSearch search, CouncilProperties council,
                           @Value("${frontdoor.calendar.zone:Europe/London}") String zone) {
        this.ruleSets = ruleSets;
        this.versions = versions;
        this.search = search;
        this.council = council;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/guidance")
    String guidance(@RequestParam(defaultValue = "") String q, Model model) {
        RuleSet ruleSet = ruleSets.active();
        Tables tables = new Tables(ruleSet);
        String query = q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY).strip();
        }
        List<Tables.LevelGroup> catalogue = tables.catalogue("");
        List<Tables.PathwayRow> routes = tables.pathways();
        if (!query.isEmpty()) {
            GuidanceSearch.Result found = search.search(ruleSet.version() + "/" + ruleSet.hash(), () -> entries(tables), query);
            catalogue = only(catalogue, found);
            routes = routes.stream().filter(p -> found.has(Kind.ROUTE, p.code())).toList();
            model.addAttribute("didYouMean", found.didYouMean().orElse(null));
            model.addAttribute("topics", found.topics());
        }
        model.addAttribute("q", query);
        model.addAttribute("tables", tables);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("routes", routes);
        model.addAttribute("matches", catalogue.stream().mapToInt(Tables.LevelGroup::count).sum() + routes.size());
        LocalDate published = published(ruleSet.version());
        model.addAttribute("published", published == null ? null : DAY.format(published));
        model.addAttribute("reviewBy", council.guidanceReviewBy(published).map(DAY::format).orElse(null));
        model.addAttribute("printed", DAY.format(LocalDate.now(zone)));
        return "guidance";
    }

    /** What a search looks in: everything the page shows about each indicator and route. */
    static List<GuidanceEntry> entries(Tables tables) {
        List<GuidanceEntry> entries = new ArrayList<>();
        for (Indicator i : tables.indicators().values()) {
            entries.add(new GuidanceEntry(Kind.INDICATOR, i.code(), i.text() + " " + i.category()));
        }
        for (Tables.PathwayRow p : tables.pathways()) {
            entries.add(new GuidanceEntry(Kind.ROUTE, p.code(), p.label() + " " + String.join(" ", p.timescales()) + " "
                    + (p.reason() == null ? "" : p.reason()) + " " + p.partnerAction()));
        }
        return entries;
    }

    private static List<Tables.LevelGroup> only(List<Tables.LevelGroup> catalogue, GuidanceSearch.Result found) {
        List<Tables.LevelGroup> out = new ArrayList<>();
        for (Tables.LevelGroup group : catalogue) {
            List<Tables.DomainGroup> domains = new ArrayList<>();
            for (Tables.DomainGroup d : group.domains()) {
                List<Indicator> kept = d.indicators().stream().filter(i -> found.has(Kind.INDICATOR, i.code())).toList();
                if (!kept.isEmpty()) {
                    domains.add(new Tables.DomainGroup(d.domain(), kept));
                }
            }
            if (!domains.isEmpty()) {
                out.add(new Tables.LevelGroup(group.level(), List.copyOf(domains)));
            }
        }
        return out;
    }

    /** The day the rule set in force took effect (UK time), or null when the versions table does not know it. */
    private LocalDate published(String version) {
        try {
            RuleSetVersion v = versions.get(version);
            java.time.Instant at = v.effectiveFrom() != null ? v.effectiveFrom() : v.publishedAt() != null ? v.publishedAt() : v.createdAt();
            return at == null ? null : at.atZone(zone).toLocalDate();
        } catch (PolicyProblem e) {   // not in the versions table (a test's catalogue): no date rather than no page
            return null;
        }
    }
}
