package org.frontdoor.web;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.queue.WorkQueue;
import org.frontdoor.referral.ReferralDecisions;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Manager: the work queue (red, amber, green against the one-working-day clock), authorising and ratifying. */
@Controller
class QueuePageController {
    private final WorkQueue queue;
    private final ReferralDecisions decisions;
    private final PageIdentity identity;

    QueuePageController(WorkQueue queue, ReferralDecisions decisions, PageIdentity identity) {
        this.queue = queue;
        this.decisions = decisions;
        this.identity = identity;
    }

    @GetMapping("/queue")
    String queue(HttpSession session, Model model) {
        identity.require(session, "/queue");
        model.addAttribute("items", queue.items());
        return "queue";
    }
}
