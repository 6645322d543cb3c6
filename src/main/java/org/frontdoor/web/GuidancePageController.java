package org.frontdoor.web;

import java.util.List;
import java.util.Locale;

import org.frontdoor.rules.RuleSetCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Partner (public): the threshold guidance, generated from the published tables, searchable and printable. */
@Controller
class GuidancePageController {
    private final RuleSetCatalog ruleSets;

    GuidancePageController(RuleSetCatalog ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping("/guidance")
    String guidance(@RequestParam(defaultValue = "") String q, Model model) {
        Tables tables = new Tables(ruleSets.active());
        String query = q.strip();
        String lower = query.toLowerCase(Locale.ROOT);
        List<Tables.LevelGroup> catalogue = tables.catalogue(query);
        List<Tables.PathwayRow> routes = tables.pathways().stream().filter(p -> lower.isEmpty()
                || (p.label() + " " + String.join(" ", p.timescales()) + " " + p.reason()).toLowerCase(Locale.ROOT).contains(lower)).toList();
        model.addAttribute("q", query);
        model.addAttribute("tables", tables);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("routes", routes);
        model.addAttribute("matches", catalogue.stream().mapToInt(Tables.LevelGroup::count).sum() + routes.size());
        return "guidance";
    }
}
