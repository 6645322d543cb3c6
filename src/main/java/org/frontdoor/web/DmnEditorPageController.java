package org.frontdoor.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.policy.PolicyActions;
import org.frontdoor.policy.PolicyProblem;
import org.frontdoor.policy.RuleSetDiff;
import org.frontdoor.policy.RuleSetVersion;
import org.frontdoor.policy.RuleSetVersions;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RejectedModel;
import org.frontdoor.security.ActingUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The Apache KIE DMN editor (served from {@code /kie/index.js}, installed by the build from the lockfile) opened on one
 * model of a draft, for what the table editor does not change: diagram, data types, boxed expressions. What it saves
 * (DMN 1.6, its own namespaces and element order) is screened like an upload, compared with the draft by meaning and
 * stored with who and why; the page then says which rules changed, or that none did.
 */
@Controller
class DmnEditorPageController {
    static final String BASE = "/rule-sets/{version}/dmn-editor/{file}";

    private final RuleSetVersions versions;
    private final PolicyActions actions;
    private final PageIdentity identity;

    DmnEditorPageController(RuleSetVersions versions, PolicyActions actions, PageIdentity identity) {
        this.versions = versions;
        this.actions = actions;
        this.identity = identity;
    }

    @GetMapping(BASE)
    String open(@PathVariable String version, @PathVariable String file, Model model) {
        RuleSetVersion v = draft(version);
        versions.model(version, file);   // only a file the draft has
        return page(model, v, file, v.hash(), "", "", FormErrors.none());
    }

    /** The model as the draft holds it, for the editor to open. */
    @GetMapping(value = BASE + "/model", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> model(@PathVariable String version, @PathVariable String file) {
        draft(version);
        ModelFile m = versions.model(version, file);
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(m.content());
    }

    @PostMapping(BASE)
    String save(@PathVariable String version, @PathVariable String file, @RequestParam(defaultValue = "") String content,
                @RequestParam(defaultValue = "") String why, @RequestParam(defaultValue = "") String contentHash, HttpSession session,
                Model model, RedirectAttributes redirect) {
        ActingUser user = identity.require(session, path(version, file));
        RuleSetVersion v = draft(version);
        FormErrors errors = FormErrors.none();
        try {
            RuleSetDiff diff = actions.saveFromEditor(user, version, file, contentHash, why, content.getBytes(StandardCharsets.UTF_8));
            // plain strings, so the flash survives wherever the session is kept
            java.util.LinkedHashMap<String, java.util.ArrayList<String>> tables = new java.util.LinkedHashMap<>();
            for (RuleSetDiff.TableChange t : diff.tables()) {
                java.util.ArrayList<String> lines = new java.util.ArrayList<>(t.notes());
                t.changed().forEach(r -> lines.add(r.ruleId() + ": " + String.join("; ", r.changes())));
                t.added().forEach(r -> lines.add(r.ruleId() + " added: " + String.join("; ", r.changes())));
                t.removed().forEach(r -> lines.add(r.ruleId() + " removed"));
                lines.addAll(t.moved());
                tables.put(t.table(), lines);
            }
            redirect.addFlashAttribute("saved", diff.isEmpty() ? "no rule changed." : diff.summary().text());
            redirect.addFlashAttribute("savedTables", tables);
            return "redirect:" + path(version, file) + "#saved";
        } catch (PolicyProblem p) {
            String field = p.reasons().stream().map(PolicyProblem.Reason::field).filter(f -> f != null).findFirst().orElse("content");
            if ("why".equals(field)) {
                errors.add("why", "Say why you are making this change: it goes on the draft's history");
            } else {
                List<String> reasons = p.reasons().stream().map(PolicyProblem.Reason::message).toList();
                errors.add("content", p.detail() + (reasons.isEmpty() ? "" : " " + String.join(" ", reasons)));
            }
        } catch (RejectedModel r) {
            errors.add("content", "The model the editor saved was refused, and nothing was saved: " + String.join("; ", r.problems()));
        }
        // the editor reopens on what the policy lead made, not on the stored model, so nothing is lost
        return page(model, v, file, contentHash, content, why, errors);
    }

    private String page(Model model, RuleSetVersion v, String file, String contentHash, String content, String why, FormErrors errors) {
        model.addAttribute("v", v);
        model.addAttribute("file", file);
        model.addAttribute("files", versions.models(v.version()).stream().map(ModelFile::fileName).toList());
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", null);
            model.addAttribute("savedTables", java.util.Map.of());
        }
        model.addAttribute("contentHash", contentHash);
        model.addAttribute("editedModel", content);   // not "content": the layout has a fragment of that name
        model.addAttribute("why", why);
        model.addAttribute("errors", errors);
        return "dmn-editor";
    }

    private RuleSetVersion draft(String version) {
        RuleSetVersion v = versions.get(version);
        if (!v.editable()) {
            throw PolicyProblem.conflict("Version " + version + " is " + v.status() + ": only a draft can be changed. Create a draft from it.",
                    List.of());
        }
        return v;
    }

    static String path(String version, String file) {
        return "/rule-sets/" + UriUtils.encodePathSegment(version, StandardCharsets.UTF_8) + "/dmn-editor/"
                + UriUtils.encodePathSegment(file, StandardCharsets.UTF_8);
    }
}
