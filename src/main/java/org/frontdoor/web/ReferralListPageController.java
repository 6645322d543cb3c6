package org.frontdoor.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.decision.CalendarProperties;
import org.frontdoor.referral.Casework;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Practitioners, managers and auditors: find any referral. A search box (reference, child's name, date of birth or
 * NHS number), filters (status, received between, allocated to, level, pathway) and pages of 25, newest first.
 * "My work" is the same list for the signed-in practitioner's allocated referrals.
 */
@Controller
class ReferralListPageController {
    static final List<String> STATUSES = List.of("awaiting-decision", "sent-back", "awaiting-authorisation", "awaiting-ratification", "ratified");

    private final Casework casework;
    private final PageIdentity identity;
    private final RuleSetCatalog ruleSets;
    private final CalendarProperties calendar;

    ReferralListPageController(Casework casework, PageIdentity identity, RuleSetCatalog ruleSets, CalendarProperties calendar) {
        this.casework = casework;
        this.identity = identity;
        this.ruleSets = ruleSets;
        this.calendar = calendar;
    }

    @GetMapping("/referrals")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String allocated, @RequestParam(required = false) String level,
                @RequestParam(required = false) String pathway, @RequestParam(defaultValue = "1") String page,
                HttpSession session, Model model) {
        ActingUser user = identity.require(session, "/referrals");
        return show(user, "Find a referral", q, status, from, to, allocated, level, pathway, page, model);
    }

    @GetMapping("/my-work")
    String mine(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") String page, HttpSession session, Model model) {
        ActingUser user = identity.require(session, "/my-work");
        return show(user, "My work", null, status, null, null, "me", null, null, page, model);
    }

    private String show(ActingUser user, String title, String q, String status, String from, String to, String allocated, String level,
                        String pathway, String page, Model model) {
        FormErrors errors = FormErrors.none();
        LocalDate fromDay = day("from", "Received from", from, errors);
        LocalDate toDay = day("to", "Received to", to, errors);
        Integer lev = level != null && level.matches("\\d") ? Integer.valueOf(level) : null;
        String who = "me".equals(allocated) ? user.name() : blankToNull(allocated);
        String st = status != null && STATUSES.contains(status) ? status : null;
        int p = page.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(page)) : 1;
        Casework.Page found = casework.find(new Casework.Search(blankToNull(q), st, fromDay, toDay, who, lev, blankToNull(pathway), p),
                calendar.zone());
        Tables tables = new Tables(ruleSets.active());
        model.addAttribute("title", title);
        model.addAttribute("mine", "My work".equals(title));
        model.addAttribute("found", found);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", st == null ? "" : st);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("allocated", allocated == null ? "" : allocated);
        model.addAttribute("level", lev == null ? "" : String.valueOf(lev));
        model.addAttribute("pathway", pathway == null ? "" : pathway);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("tables", tables);
        model.addAttribute("errors", errors);
        model.addAttribute("query", query(q, st, from, to, allocated, lev, pathway));
        return "referrals";
    }

    /** The filters as a query string, for the next and previous page links. */
    private static String query(String q, String status, String from, String to, String allocated, Integer level, String pathway) {
        org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder.newInstance();
        param(b, "q", q);
        param(b, "status", status);
        param(b, "from", from);
        param(b, "to", to);
        param(b, "allocated", allocated);
        param(b, "level", level == null ? null : String.valueOf(level));
        param(b, "pathway", pathway);
        return b.build().encode().getQuery() == null ? "" : b.build().encode().getQuery() + "&";
    }

    private static void param(org.springframework.web.util.UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.strip());
        }
    }

    private static LocalDate day(String id, String label, String typed, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<LocalDate> d = Casework.parseDate(typed);
        if (d.isEmpty()) {
            errors.add(id, label + ": enter a date like 27/11/2026");
        }
        return d.orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
