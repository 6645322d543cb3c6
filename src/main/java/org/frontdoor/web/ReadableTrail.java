package org.frontdoor.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.referral.DecisionState;
import org.frontdoor.referral.DecisionState.ChildOutcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A referral's audit trail as a person reads it (issue 14): one row per entry, the time to the second, the event in
 * words (audit.* in messages.properties), who, the page or endpoint, the rule set; and against each "overridden"
 * entry, the child's recommendation and what was decided instead, level and primary pathway by their labels in the
 * Level and Pathway tables.
 */
@Component
class ReadableTrail {
    /** One entry in words; {@code overridden} is empty except on an "overridden" entry. */
    record Row(String when, String what, String overridden, String who, String via, String ruleSetVersion) {
    }

    private final PageDates dates;
    private final MessageSource messages;

    ReadableTrail(PageDates dates, MessageSource messages) {
        this.dates = dates;
        this.messages = messages;
    }

    List<Row> rows(List<AuditEvent> trail, DecisionState decision, Tables tables) {
        // A decision writes one "overridden" entry per overridden child, in the children's order, in the same
        // transaction (ReferralDecisions.decide), and a referral is decided once: the n-th entry is the n-th such child.
        Iterator<ChildOutcome> overridden = decision.children().stream().filter(ChildOutcome::overridden).iterator();
        List<Row> rows = new ArrayList<>();
        for (AuditEvent e : trail) {
            String detail = AuditTrail.OVERRIDDEN.equals(e.action()) && overridden.hasNext() ? overridden(overridden.next(), tables) : "";
            rows.add(new Row(dates.toTheSecond(e.at()), words("audit." + e.action(), e.action()), detail, e.actor(),
                    e.via() == null ? words("audit.via.unknown", "") : e.via(), e.ruleSetVersion()));
        }
        return rows;
    }

    /** "For child-2: recommended Level 4 (Specialist), Strategy discussion; decided Level 2 (Additional), Single-agency early help". */
    private String overridden(ChildOutcome c, Tables tables) {
        return messages.getMessage("audit.overridden.child", new Object[] {c.ref(),
                level(c.recommendedLevel(), tables), primary(c.recommendedPathways(), tables),
                level(c.level(), tables), primary(c.pathways(), tables)}, Locale.UK);
    }

    private String level(int value, Tables tables) {
        return tables.level(value).map(l -> messages.getMessage("audit.level.named", new Object[] {value, l.label()}, Locale.UK))
                .orElseGet(() -> messages.getMessage("audit.level", new Object[] {value}, Locale.UK));
    }

    /** The primary pathway's label (the first pathway); a code the table no longer has is shown as it is. */
    private static String primary(List<String> pathways, Tables tables) {
        return pathways.isEmpty() ? "" : tables.labels(pathways.subList(0, 1));
    }

    private String words(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, Locale.UK);
    }
}
