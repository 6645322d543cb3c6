package org.frontdoor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.policy.PolicyActions;
import org.frontdoor.policy.PolicyProblem;
import org.frontdoor.policy.PolicyReports;
import org.frontdoor.rules.EvaluationTimedOut;
import org.frontdoor.rules.RejectedModel;
import org.frontdoor.rules.RejectedUpload;
import org.frontdoor.scenarios.GateBusy;
import org.frontdoor.security.ActingUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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
 * Policy leads also take the cycle's steps here (draft, upload, run the scenarios, mark intended changes, approve,
 * publish, roll back) with plain forms; a refusal comes back as an error summary on the version's page.
 */
@Controller
class RuleSetPageController {
    private final RuleSetVersions versions;
    private final PolicyReports reports;
    private final PolicyActions actions;
    private final PageIdentity identity;
    private final PageAccess access;
    private final ZoneId zone;
    private final org.frontdoor.policy.ValidationAcknowledgements acknowledgements;

    RuleSetPageController(RuleSetVersions versions, PolicyReports reports, PolicyActions actions, PageIdentity identity, PageAccess access,
                          @org.springframework.beans.factory.annotation.Value("${frontdoor.calendar.zone:Europe/London}") String zone,
                          org.frontdoor.policy.ValidationAcknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
        this.versions = versions;
        this.reports = reports;
        this.actions = actions;
        this.identity = identity;
        this.access = access;
        this.zone = ZoneId.of(zone);
    }

    /** One decision table as written: its columns and rows. */
    record TableView(String model, String table, String hitPolicy, List<String> inputs, List<String> outputs, List<RuleRow> rows) {
    }

    @GetMapping("/rule-sets")
    String all(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("versions", versions.all());
        model.addAttribute("inForce", versions.inForceVersion());
        model.addAttribute("canChange", org.frontdoor.security.SignedIn.current().map(u -> u.has(ActingUser.Role.POLICY_LEAD)).orElse(false));
        return "rule-sets";
    }

    @PostMapping("/rule-sets/drafts")
    String createDraft(@RequestParam(defaultValue = "") String changeNote, HttpSession session, Model model) {
        ActingUser user = identity.require(session, "/rule-sets");
        try {
            return "redirect:/rule-sets/" + actions.createDraft(user, changeNote);
        } catch (PolicyProblem | ActingUser.ActionForbidden e) {
            model.addAttribute("errors", FormErrors.none().add("changeNote", message(e)));
            model.addAttribute("changeNote", changeNote);
            all(model);
            return "rule-sets";
        }
    }

    @PostMapping("/rule-sets/{version}/upload")
    String upload(@PathVariable String version, @RequestParam(required = false) MultipartFile file, HttpSession session, Model model) {
        return act(version, session, model, "file", user -> {
            if (file == null || file.isEmpty()) {
                throw new IllegalArgumentException("Choose a .dmn file or a .zip of the set");
            }
            actions.upload(user, version, file);
        });
    }

    @PostMapping("/rule-sets/{version}/gate")
    String runGate(@PathVariable String version, HttpSession session, Model model) {
        return act(version, session, model, "run-gate", user -> actions.runGate(user, version));
    }

    @PostMapping("/rule-sets/{version}/intended")
    String markIntended(@PathVariable String version, @RequestParam(defaultValue = "") String reason,
                        @RequestParam(defaultValue = "") String scenario, HttpSession session, Model model) {
        // one failing scenario at a time, each with its own reason (the API can still mark several)
        String next = act(version, session, model, "reason", user -> actions.markIntended(user, version, scenario, reason));
        return next.startsWith("redirect:") ? next + "#gate" : next;
    }

    /** A validation warning on the report, with its acknowledgement if a policy lead has said it is intended. */
    record WarningRow(org.frontdoor.rules.Finding finding, String key, String field,
                      org.frontdoor.policy.ValidationAcknowledgements.Acknowledgement acknowledgement) {
    }

    /** A policy lead says one warning of a draft is intended, and why (one at a time, each with its own reason). */
    @PostMapping("/rule-sets/{version}/acknowledgements")
    String acknowledge(@PathVariable String version, @RequestParam(defaultValue = "") String key,
                       @RequestParam(defaultValue = "") String reason, HttpSession session, Model model) {
        String field = "ack-" + (key.length() >= 12 ? key.substring(0, 12) : key);
        if (reason.isBlank()) {
            identity.require(session, "/rule-sets/" + version);
            model.addAttribute("errors", FormErrors.none().add(field, "Say why this warning is intended: it stays on the report with your reason"));
            return one(version, model);
        }
        String next = act(version, session, model, field, user -> acknowledgements.acknowledge(user, version, key, reason));
        return next.startsWith("redirect:") ? next + "#validation" : next;
    }

    @PostMapping("/rule-sets/{version}/approve")
    String approve(@PathVariable String version, @RequestParam(defaultValue = "") String note,
                   @RequestParam(defaultValue = "") String contentHash, HttpSession session, Model model) {
        return act(version, session, model, "approve", user -> actions.approve(user, version, note, contentHash));
    }

    /**
     * Publishing, in two steps: the form is checked (a real date and time, not past, partners' notice or a reason it
     * cannot wait) and shown back on a check page; only its "Publish" button, which sends {@code confirmed=yes},
     * publishes.
     */
    @PostMapping("/rule-sets/{version}/publish")
    String publish(@PathVariable String version, @RequestParam Map<String, String> form, HttpSession session, Model model) {
        ActingUser user = identity.require(session, "/rule-sets/" + version);
        FormErrors errors = FormErrors.none();
        Instant from = FormDates.dateTime(form, errors, zone, "effectiveFrom", "Time");
        String urgent = form.getOrDefault("urgentReason", "").strip();
        String contentHash = form.getOrDefault("contentHash", "");
        Instant takesEffect = null;
        if (!errors.any()) {
            try {
                takesEffect = actions.publicationTime(from, urgent);
            } catch (PolicyProblem e) {
                e.reasons().forEach(r -> errors.addApi(r.field() == null ? "effectiveFrom" : r.field(), r.message()));
            }
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("publishForm", form);
            return one(version, model);
        }
        if (!"yes".equals(form.get("confirmed"))) {
            model.addAttribute("v", versions.get(version));
            model.addAttribute("form", form);
            model.addAttribute("urgentReason", urgent);
            model.addAttribute("takesEffect", takesEffect);
            model.addAttribute("now", from == null);
            model.addAttribute("noticeDays", actions.noticeWorkingDays());
            model.addAttribute("contentHash", contentHash);
            return "rule-set-publish-check";
        }
        return act(version, session, model, "effectiveFrom", u -> actions.publish(u, version, from, contentHash, urgent));
    }

    @PostMapping("/rule-sets/{version}/rollback")
    String rollBack(@PathVariable String version, @RequestParam(defaultValue = "") String reason, HttpSession session, Model model) {
        return act(version, session, model, "rollbackReason", user -> actions.rollBack(user, version, reason));
    }

    /** Takes one step as the acting policy lead; on a refusal, the version's page again with the reason first. */
    private String act(String version, HttpSession session, Model model, String field, Consumer<ActingUser> step) {
        ActingUser user = identity.require(session, "/rule-sets/" + version);
        try {
            step.accept(user);
            return "redirect:/rule-sets/" + version;
        } catch (PolicyProblem | ActingUser.ActionForbidden | RejectedModel | RejectedUpload | EvaluationTimedOut | org.frontdoor.rules.EvaluationOutOfMemory | GateBusy
                 | IllegalArgumentException e) {
            model.addAttribute("errors", FormErrors.none().add(field, message(e)));
            return one(version, model);
        }
    }

    private static String message(RuntimeException e) {
        if (e instanceof PolicyProblem p) {
            List<String> reasons = p.reasons().stream().map(PolicyProblem.Reason::message).toList();
            return reasons.isEmpty() ? p.detail() : p.detail() + " " + String.join(" ", reasons.subList(0, Math.min(3, reasons.size())))
                    + (reasons.size() > 3 ? " (and " + (reasons.size() - 3) + " more)" : "");
        }
        if (e instanceof RejectedModel r) {
            return r.fileName() + " was refused: " + String.join("; ", r.problems());
        }
        if (e instanceof RejectedUpload r) {
            return "The upload was refused: " + String.join("; ", r.problems());
        }
        if (e instanceof GateBusy) {
            return "The scenarios are already running for another draft; try again in a minute.";
        }
        return e.getMessage();   // our own sentences: ActionForbidden, EvaluationTimedOut, the empty upload
    }

    @GetMapping("/rule-sets/{version}")
    String one(@PathVariable String version, Model model) {
        RuleSetVersion v = versions.get(version);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("v", v);
        // the cycle's forms are for policy leads; auditors and other staff read the same page without them
        model.addAttribute("canChange", org.frontdoor.security.SignedIn.current()
                .map(u -> u.has(ActingUser.Role.POLICY_LEAD)).orElse(false));
        if (!model.containsAttribute("publishForm")) {
            model.addAttribute("publishForm", Map.of());
        }
        model.addAttribute("noticeDays", actions.noticeWorkingDays());
        model.addAttribute("earliestDay", actions.earliestPublicationDay());
        model.addAttribute("inForce", versions.inForceVersion().equals(version));
        org.frontdoor.rules.ValidationReport validation = reports.validation(version);
        model.addAttribute("validation", validation);
        Map<String, org.frontdoor.policy.ValidationAcknowledgements.Acknowledgement> acknowledged = acknowledgements.of(version);
        List<WarningRow> warnings = new ArrayList<>();
        for (org.frontdoor.rules.Finding f : validation.warnings()) {
            String key = org.frontdoor.policy.ValidationAcknowledgements.key(f);
            warnings.add(new WarningRow(f, key, "ack-" + key.substring(0, 12), acknowledged.get(key)));
        }
        model.addAttribute("warningRows", warnings);
        model.addAttribute("unacknowledged", warnings.stream().filter(w -> w.acknowledgement() == null).count());
        PolicyReports.GateSummary gate = reports.lastGate(version).orElse(null);
        model.addAttribute("gate", gate);
        model.addAttribute("comparedWith", reports.comparedWith(version));
        org.frontdoor.policy.RuleSetDiff diff = reports.comparedWith(version).equals(version) ? null : reports.diff(version, null);
        model.addAttribute("diff", diff);
        model.addAttribute("failureGroups", gate == null ? List.of() : PolicyReports.failuresByChangedRow(gate, diff));
        // a draft's impact and scenario gate usually come next: their workers start and compile meanwhile
        if (access.allows("/rule-sets/{version}/impact", org.frontdoor.security.SignedIn.current().orElse(null))) {
            reports.prepareDraftWork(version);
        }
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

    @GetMapping("/rule-sets/{version}/impact")
    String impact(@PathVariable String version, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                  Model model) {
        java.time.LocalDate today = java.time.LocalDate.now(zone);
        java.time.LocalDate end = day(to, today);
        java.time.LocalDate start = day(from, end.minusYears(1));
        if (start.isAfter(end)) {
            start = end;
        }
        org.frontdoor.impact.ImpactReport report = reports.impact(version, start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant());
        // each level named by its own version's Level table (the outcomes themselves may carry no label)
        Tables publishedTables = new Tables(versions.compiled(report.published().version()));
        Tables draftTables = new Tables(versions.compiled(version));
        Map<Integer, String> publishedLevels = new LinkedHashMap<>();
        Map<Integer, String> draftLevels = new LinkedHashMap<>();
        for (int level : report.levels().levels()) {
            publishedLevels.put(level, levelName(publishedTables, level, report.levels().publishedLabels().get(level)));
            draftLevels.put(level, levelName(draftTables, level, report.levels().draftLabels().get(level)));
        }
        List<String> moves = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (int a : report.levels().levels()) {
            for (int b : report.levels().levels()) {
                if (a != b && report.levels().count(a, b) > 0) {
                    moves.add(publishedLevels.get(a) + " to " + draftLevels.get(b));
                    counts.add((double) report.levels().count(a, b));
                }
            }
        }
        model.addAttribute("publishedLevels", publishedLevels);
        model.addAttribute("draftLevels", draftLevels);
        model.addAttribute("version", version);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("report", report);
        model.addAttribute("chart", BarChart.of("level-moves", "Children whose level would change",
                "How many children would have been given another level by version " + version, moves, counts, ""));
        return "rule-set-impact";
    }

    /** "Level 2 Additional": the label from the version's Level table, else the one the outcome carried, else the number alone. */
    static String levelName(Tables tables, int level, String fromOutcome) {
        String label = tables.level(level).map(Tables.LevelRow::label).orElse(fromOutcome);
        return label == null || label.isBlank() ? "Level " + level : "Level " + level + " " + label;
    }

    private static java.time.LocalDate day(String text, java.time.LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : java.time.LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
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
        model.addAttribute("upcoming", reports.upcomingChanges());
        return "transparency";
    }
}
