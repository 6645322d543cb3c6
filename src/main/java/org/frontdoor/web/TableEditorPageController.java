package org.frontdoor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.policy.PolicyActions;
import org.frontdoor.policy.PolicyProblem;
import org.frontdoor.policy.RuleSetVersion;
import org.frontdoor.policy.RuleSetVersions;
import org.frontdoor.rules.DecisionTables;
import org.frontdoor.rules.Indicator;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RejectedModel;
import org.frontdoor.rules.RuleRow;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Policy leads change a draft's decision tables here, one row at a time, without seeing XML: each cell shown in
 * words with its FEEL beneath, checked by the engine's FEEL parser when saved, every problem on the form at once.
 * Each save says why, and goes on the draft's history with who and what; it is saved only on the content the page
 * was opened on, so two policy leads cannot overwrite each other.
 */
@Controller
class TableEditorPageController {
    private static final String BASE = "/rule-sets/{version}/edit/{file}/{table}";

    private final RuleSetVersions versions;
    private final PolicyActions actions;
    private final PageIdentity identity;

    TableEditorPageController(RuleSetVersions versions, PolicyActions actions, PageIdentity identity) {
        this.versions = versions;
        this.actions = actions;
        this.identity = identity;
    }

    /** A table of the draft with its rows in words. */
    record RowSummary(DecisionTables.Row row, List<String> tests, List<String> gives, String reason) {
    }

    @GetMapping("/rule-sets/{version}/edit")
    String tables(@PathVariable String version, Model model) {
        RuleSetVersion v = draft(version);
        Map<String, List<DecisionTables.TableRef>> byFile = new LinkedHashMap<>();
        for (ModelFile file : versions.models(version)) {
            byFile.put(file.fileName(), DecisionTables.tables(file));
        }
        model.addAttribute("v", v);
        model.addAttribute("files", byFile);
        return "table-editor";
    }

    @GetMapping(BASE)
    String table(@PathVariable String version, @PathVariable String file, @PathVariable String table, Model model) {
        RuleSetVersion v = draft(version);
        DecisionTables.Table t = table(version, file, table);
        List<RowSummary> rows = new ArrayList<>();
        for (DecisionTables.Row r : t.rows()) {
            List<String> tests = new ArrayList<>();
            for (int i = 0; i < r.inputs().size(); i++) {
                DecisionTables.Cell c = r.inputs().get(i);
                if (!"-".equals(c.feel())) {
                    tests.add(t.inputs().get(i).label() + ": " + (c.words() == null ? c.feel() : c.words()));
                }
            }
            List<String> gives = new ArrayList<>();
            for (int i = 0; i < r.outputs().size(); i++) {
                DecisionTables.Cell c = r.outputs().get(i);
                gives.add((t.outputs().size() > 1 ? t.outputs().get(i).label() + ": " : "") + (c.words() == null ? c.feel() : c.words()));
            }
            int reason = t.annotationIndex(RuleRow.REASON);
            rows.add(new RowSummary(r, tests, gives, reason < 0 ? "" : r.annotations().get(reason)));
        }
        model.addAttribute("v", v);
        model.addAttribute("t", t);
        model.addAttribute("rows", rows);
        model.addAttribute("base", base(version, file, table));
        return "table-editor-table";
    }

    // ----- one row -----

    @GetMapping(BASE + "/rows/{number}")
    String row(@PathVariable String version, @PathVariable String file, @PathVariable String table, @PathVariable int number, Model model) {
        RuleSetVersion v = draft(version);
        DecisionTables.Table t = table(version, file, table);
        return rowForm(model, v, t, number, formOf(t, t.row(number)), FormErrors.none(), "");
    }

    @PostMapping(BASE + "/rows/{number}")
    String saveRow(@PathVariable String version, @PathVariable String file, @PathVariable String table, @PathVariable int number,
                   @RequestParam Map<String, String> form, HttpSession session, Model model) {
        RuleSetVersion v = draft(version);
        DecisionTables.Table t = table(version, file, table);
        DecisionTables.RowValues values = valuesOf(t, form);
        return save(version, file, table, form, session, model, f -> DecisionTables.changeRow(f, table, number, values),
                errors -> rowForm(model, v, t, number, form, errors, form.getOrDefault("why", "")));
    }

    @GetMapping(BASE + "/rows/new")
    String newRow(@PathVariable String version, @PathVariable String file, @PathVariable String table,
                  @RequestParam(defaultValue = "0") int at, @RequestParam(defaultValue = "") String ruleId, Model model) {
        RuleSetVersion v = draft(version);
        DecisionTables.Table t = table(version, file, table);
        int position = at < 1 ? t.rows().size() + 1 : Math.min(at, t.rows().size() + 1);
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < t.inputs().size(); i++) {
            form.put("input-" + i, "-");
        }
        for (int i = 0; i < t.outputs().size(); i++) {
            form.put("output-" + i, "");
        }
        int id = t.annotationIndex(RuleRow.RULE_ID);
        if (id >= 0) {
            form.put("annotation-" + id, ruleId.isBlank() ? DecisionTables.suggestRuleId(t, null, position - 1) : ruleId.strip());
        }
        form.put("at", String.valueOf(position));
        return rowForm(model, v, t, 0, form, FormErrors.none(), "");
    }

    @PostMapping(BASE + "/rows/new")
    String addRow(@PathVariable String version, @PathVariable String file, @PathVariable String table,
                  @RequestParam Map<String, String> form, HttpSession session, Model model) {
        RuleSetVersion v = draft(version);
        DecisionTables.Table t = table(version, file, table);
        DecisionTables.RowValues values = valuesOf(t, form);
        int at = number(form.get("at"), t.rows().size() + 1);
        return save(version, file, table, form, session, model, f -> DecisionTables.addRow(f, table, at, values),
                errors -> rowForm(model, v, t, 0, form, errors, form.getOrDefault("why", "")));
    }

    // ----- remove and move: a page that says what will happen and asks why -----

    @GetMapping(BASE + "/rows/{number}/remove")
    String removeCheck(@PathVariable String version, @PathVariable String file, @PathVariable String table, @PathVariable int number, Model model) {
        return confirmPage(model, draft(version), file, table, number, "remove", 0, FormErrors.none(), "");
    }

    @PostMapping(BASE + "/rows/{number}/remove")
    String remove(@PathVariable String version, @PathVariable String file, @PathVariable String table, @PathVariable int number,
                  @RequestParam Map<String, String> form, HttpSession session, Model model) {
        RuleSetVersion v = draft(version);
        return save(version, file, table, form, session, model, f -> DecisionTables.removeRow(f, table, number),
                errors -> confirmPage(model, v, file, table, number, "remove", 0, errors, form.getOrDefault("why", "")));
    }

    @GetMapping(BASE + "/rows/{number}/move")
    String moveCheck(@PathVariable String version, @PathVariable String file, @PathVariable String table, @PathVariable int number,
                     @RequestParam(defaultValue = "0") int to, Model model) {
        return confirmPage(model, draft(version), file, table, number, "move", to, FormErrors.none(), "");
    }

    @PostMapping(BASE + "/rows/{number}/move")
    String move(@PathVariable String version, @PathVariable String file, @PathVariable String table, @PathVariable int number,
                @RequestParam Map<String, String> form, HttpSession session, Model model) {
        RuleSetVersion v = draft(version);
        int to = number(form.get("to"), number);
        return save(version, file, table, form, session, model, f -> DecisionTables.moveRow(f, table, number, to),
                errors -> confirmPage(model, v, file, table, number, "move", to, errors, form.getOrDefault("why", "")));
    }

    // ----- a new indicator -----

    /** Step one of adding an indicator: its level and domain, from which its code is suggested. */
    @GetMapping("/rule-sets/{version}/indicators/new")
    String newIndicator(@PathVariable String version, @RequestParam(defaultValue = "") String level, @RequestParam(defaultValue = "") String domain,
                        Model model) {
        RuleSetVersion v = draft(version);
        Catalogue catalogue = catalogue(version);
        if (catalogue != null && !level.isBlank() && !domain.isBlank() && catalogue.levels().contains(level) && catalogue.domains().contains(domain)) {
            String prefix = "L" + level + "-" + domain + "-";
            String code = DecisionTables.suggestRuleId(catalogue.table(), prefix, 0);
            return "redirect:" + base(version, catalogue.table().fileName(), catalogue.table().table()) + "/rows/new?ruleId="
                    + UriUtils.encodeQueryParam(code, java.nio.charset.StandardCharsets.UTF_8);
        }
        FormErrors errors = FormErrors.none();
        if (!level.isBlank() || !domain.isBlank()) {
            if (level.isBlank()) {
                errors.add("level", "Choose the level of the new indicator");
            }
            if (domain.isBlank()) {
                errors.add("domain", "Choose the domain of the new indicator");
            }
        }
        Tables tables = new Tables(versions.compiled(version));
        Map<String, String> levelNames = new LinkedHashMap<>();
        if (catalogue != null) {
            catalogue.levels().forEach(l -> levelNames.put(l, "Level " + l + tables.level(Integer.parseInt(l)).map(r -> " " + r.label()).orElse("")));
        }
        model.addAttribute("levelNames", levelNames);
        model.addAttribute("v", v);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("errors", errors);
        model.addAttribute("level", level);
        model.addAttribute("domain", domain);
        return "table-editor-indicator";
    }

    /** The catalogue table: the one whose Rule ids are the indicator codes; its levels and domains as the rule set has them. */
    record Catalogue(DecisionTables.Table table, TreeSet<String> levels, TreeSet<String> domains) {
    }

    private Catalogue catalogue(String version) {
        Map<String, Indicator> indicators = versions.compiled(version).indicators();
        for (ModelFile file : versions.models(version)) {
            for (DecisionTables.TableRef ref : DecisionTables.tables(file)) {
                DecisionTables.Table t = DecisionTables.table(file, ref.table());
                long codes = t.rows().stream().filter(r -> indicators.containsKey(r.ruleId())).count();
                if (codes > 0 && codes * 2 > t.rows().size()) {
                    TreeSet<String> levels = new TreeSet<>();
                    TreeSet<String> domains = new TreeSet<>();
                    indicators.values().forEach(i -> {
                        levels.add(String.valueOf(i.level()));
                        domains.add(i.domain());
                    });
                    return new Catalogue(t, levels, domains);
                }
            }
        }
        return null;
    }

    // ----- shared -----

    private String save(String version, String file, String table, Map<String, String> form, HttpSession session, Model model,
                        Function<ModelFile, DecisionTables.Edit> edit, Function<FormErrors, String> again) {
        ActingUser user = identity.require(session, base(version, file, table));
        String why = form.getOrDefault("why", "");
        FormErrors errors = FormErrors.none();
        try {
            actions.editTable(user, version, file, form.getOrDefault("contentHash", ""), why, edit);
            return "redirect:" + base(version, file, table) + "?saved=1#rows";
        } catch (DecisionTables.Refused r) {
            r.problems().forEach(p -> errors.add(p.field(), p.message()));
            if (why.isBlank()) {
                errors.add("why", "Say why you are making this change: it goes on the draft's history");
            }
        } catch (PolicyProblem p) {
            List<String> reasons = p.reasons().stream().map(PolicyProblem.Reason::message).toList();
            String field = p.reasons().stream().map(PolicyProblem.Reason::field).filter(f -> f != null).findFirst().orElse("row");
            errors.add(field, "why".equals(field) ? "Say why you are making this change: it goes on the draft's history"
                    : p.detail() + (reasons.isEmpty() ? "" : " " + String.join(" ", reasons)));
        } catch (RejectedModel r) {
            errors.add("row", "The changed table was refused: " + String.join("; ", r.problems()));
        } catch (ActingUser.ActionForbidden e) {
            errors.add("row", e.getMessage());
        }
        return again.apply(errors);
    }

    private String rowForm(Model model, RuleSetVersion v, DecisionTables.Table t, int number, Map<String, String> form, FormErrors errors,
                           String why) {
        model.addAttribute("v", v);
        model.addAttribute("t", t);
        model.addAttribute("number", number);
        model.addAttribute("row", number > 0 ? t.row(number) : null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("why", why);
        model.addAttribute("base", base(v.version(), t.fileName(), t.table()));
        return "table-editor-row";
    }

    private String confirmPage(Model model, RuleSetVersion v, String file, String table, int number, String action, int to, FormErrors errors,
                               String why) {
        DecisionTables.Table t = table(v.version(), file, table);
        model.addAttribute("v", v);
        model.addAttribute("t", t);
        model.addAttribute("row", t.row(number));
        model.addAttribute("action", action);
        model.addAttribute("to", to < 1 ? Math.max(1, number - 1) : to);
        model.addAttribute("errors", errors);
        model.addAttribute("why", why);
        model.addAttribute("base", base(v.version(), file, table));
        return "table-editor-confirm";
    }

    /** The form's fields for a row as it stands: tests as FEEL, words columns as words, annotations as text. */
    private static Map<String, String> formOf(DecisionTables.Table t, DecisionTables.Row r) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < r.inputs().size(); i++) {
            form.put("input-" + i, r.inputs().get(i).feel());
        }
        for (int i = 0; i < r.outputs().size(); i++) {
            form.put("output-" + i, r.outputText(i, t.outputs().get(i)));
        }
        for (int i = 0; i < r.annotations().size(); i++) {
            form.put("annotation-" + i, r.annotations().get(i));
        }
        return form;
    }

    private static DecisionTables.RowValues valuesOf(DecisionTables.Table t, Map<String, String> form) {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < t.inputs().size(); i++) {
            inputs.add(form.getOrDefault("input-" + i, "").strip());
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < t.outputs().size(); i++) {
            outputs.add(form.getOrDefault("output-" + i, ""));
        }
        List<String> annotations = new ArrayList<>();
        for (int i = 0; i < t.annotationColumns().size(); i++) {
            annotations.add(form.getOrDefault("annotation-" + i, "").strip());
        }
        return new DecisionTables.RowValues(inputs, outputs, annotations);
    }

    private DecisionTables.Table table(String version, String file, String table) {
        try {
            return DecisionTables.table(versions.model(version, file), table);
        } catch (DecisionTables.NoSuchTable e) {
            throw PolicyProblem.notFound("table " + table + " in " + file + " of version " + version);
        }
    }

    private RuleSetVersion draft(String version) {
        RuleSetVersion v = versions.get(version);
        if (!v.editable()) {
            throw PolicyProblem.conflict("Version " + version + " is " + v.status() + ": only a draft's tables can be changed. Create a draft from it.",
                    List.of());
        }
        return v;
    }

    static String base(String version, String file, String table) {
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        return "/rule-sets/" + UriUtils.encodePathSegment(version, utf8) + "/edit/" + UriUtils.encodePathSegment(file, utf8) + "/"
                + UriUtils.encodePathSegment(table, utf8);
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
