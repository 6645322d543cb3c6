package org.frontdoor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.policy.PolicyReports;
import org.frontdoor.policy.RuleSetVersion;
import org.frontdoor.policy.RuleSetVersions;
import org.frontdoor.rules.RuleRow;
import org.frontdoor.rules.RuleSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Policy leads and auditors: the versions of the decision tables, what each one's checks said, each table as a
 * readable table, and the partner change notice; and (public) the transparency record of the version in force.
 * The changing actions (upload, approve, publish, roll back) are still API only.
 */
@Controller
class RuleSetPageController {
    private final RuleSetVersions versions;
    private final PolicyReports reports;

    RuleSetPageController(RuleSetVersions versions, PolicyReports reports) {
        this.versions = versions;
        this.reports = reports;
    }

    /** One decision table as written: its columns and rows. */
    record TableView(String model, String table, String hitPolicy, List<String> inputs, List<String> outputs, List<RuleRow> rows) {
    }

    @GetMapping("/rule-sets")
    String all(Model model) {
        model.addAttribute("versions", versions.all());
        model.addAttribute("inForce", versions.inForceVersion());
        return "rule-sets";
    }

    @GetMapping("/rule-sets/{version}")
    String one(@PathVariable String version, Model model) {
        RuleSetVersion v = versions.get(version);
        model.addAttribute("v", v);
        model.addAttribute("inForce", versions.inForceVersion().equals(version));
        model.addAttribute("validation", reports.validation(version));
        model.addAttribute("gate", reports.lastGate(version).orElse(null));
        model.addAttribute("comparedWith", reports.comparedWith(version));
        model.addAttribute("diff", reports.comparedWith(version).equals(version) ? null : reports.diff(version, null));
        return "rule-set";
    }

    @GetMapping("/rule-sets/{version}/tables")
    String tables(@PathVariable String version, Model model) {
        RuleSet ruleSet = versions.compiled(version);
        Map<String, List<RuleRow>> byTable = new LinkedHashMap<>();
        ruleSet.rows().forEach(r -> byTable.computeIfAbsent(r.model() + "\u0000" + r.table(), k -> new ArrayList<>()).add(r));
        List<TableView> tables = byTable.values().stream().map(rows -> {
            RuleRow first = rows.get(0);
            return new TableView(first.model(), first.table(), first.hitPolicy(), ruleSet.inputLabels(first.model(), first.table()),
                    ruleSet.outputLabels(first.model(), first.table()), rows);
        }).toList();
        model.addAttribute("version", version);
        model.addAttribute("tables", tables);
        return "rule-set-tables";
    }

    @GetMapping("/rule-sets/{version}/change-notice")
    String changeNotice(@PathVariable String version, Model model) {
        model.addAttribute("notice", reports.changeNotice(version));
        model.addAttribute("version", version);
        return "change-notice";
    }

    @GetMapping("/transparency")
    String transparency(Model model) {
        model.addAttribute("record", reports.transparencyRecord());
        return "transparency";
    }
}
