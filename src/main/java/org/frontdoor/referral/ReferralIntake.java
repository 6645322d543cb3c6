package org.frontdoor.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.decision.Assessment;
import org.frontdoor.decision.ChildHistory;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.decision.ThresholdDecisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a contact and its recommendation in one transaction: both are stored, or neither. A {@code receivedAt} the
 * client gives must be a real past time: not later than now (give or take {@code frontdoor.referral.received-at-skew},
 * 5 minutes, for clocks that differ), and not earlier than {@code frontdoor.referral.received-at-window} (30 days) ago.
 * Anything else is refused naming {@code receivedAt}, before anything is stored. The retention purge goes by
 * {@code recorded_at}, the service's own time, not by this.
 */
@Service
public class ReferralIntake {
    private static final Logger log = LoggerFactory.getLogger(ReferralIntake.class);

    private final ThresholdDecisions decisions;
    private final ReferralStore store;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditTrail audit;
    private final Duration window;
    private final Duration skew;

    private final java.time.ZoneId zone;

    ReferralIntake(ThresholdDecisions decisions, ReferralStore store, ObjectMapper json, Clock clock, AuditTrail audit,
                   @Value("${frontdoor.referral.received-at-window:P30D}") Duration window,
                   @Value("${frontdoor.referral.received-at-skew:PT5M}") Duration skew,
                   org.frontdoor.decision.CalendarProperties calendar) {
        this.zone = calendar.zone();
        this.audit = audit;
        this.window = window;
        this.skew = skew;
        this.decisions = decisions;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public RecordedReferral record(Contact contact, String actor) {
        List<InvalidContact.FieldProblem> refused = recordingProblems(contact);
        if (!refused.isEmpty()) {
            // every problem at once: what the rule set would refuse as well as the receipt time and advice-only rules
            List<InvalidContact.FieldProblem> all = new java.util.ArrayList<>(decisions.problems(contact));
            all.addAll(refused);
            throw new InvalidContact(List.copyOf(new java.util.LinkedHashSet<>(all)));
        }
        Contact stamped = contact.receivedAt() != null ? contact : withReceivedAt(contact, clock.instant());
        List<String> identities = stamped.children().stream().map(Contact.Child::identity).toList();
        Assessment assessment = decisions.assess(stamped, knownHistory(identities, stamped.receivedAt()));   // throws before anything is written
        String id = UUID.randomUUID().toString();
        String reference = ChildNames.reference(assessment.receivedAt(), zone, store.nextReferenceNumber());
        var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);   // what the database keeps
        String contactJson = write(stamped);
        String recommendationJson = write(assessment);
        store.insert(id, reference, assessment.receivedAt(), recordedAt, contact.referrer().type(), assessment.ruleSet().version(),
                assessment.ruleSet().hash(), contactJson, recommendationJson, assessment.children(), identities, stamped.children());
        audit.record(id, AuditTrail.CONTACT_RECORDED, actor, assessment.ruleSet().version());
        audit.record(id, AuditTrail.RECOMMENDED, actor, assessment.ruleSet().version());
        log.info("Referral {} recorded: {} child(ren) under rule set {}", id, assessment.children().size(), assessment.ruleSet().version());
        return new RecordedReferral(id, reference, assessment.receivedAt(), recordedAt, contactJson, recommendationJson, assessment.ruleSet().version());
    }

    /** Everything {@link #record} would refuse before assessing the contact (its receipt time, advice only), all at once. */
    public List<InvalidContact.FieldProblem> recordingProblems(Contact contact) {
        List<InvalidContact.FieldProblem> problems = new java.util.ArrayList<>();
        for (Runnable check : List.<Runnable>of(() -> checkReceivedAt(contact.receivedAt()), () -> checkSomethingToDecide(contact))) {
            try {
                check.run();
            } catch (InvalidContact e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    /**
     * A contact with no concern, circumstance or domestic-abuse risk is advice only: the practitioner says so
     * ({@code adviceOnly}), so an empty form is never recorded as "level 1, advice" by accident.
     */
    private static void checkSomethingToDecide(Contact contact) {
        boolean nothing = contact.allConcerns().isEmpty() && (contact.circumstances() == null || contact.circumstances().isEmpty())
                && (contact.domesticAbuse() == null || contact.domesticAbuse().riskLevel() == null
                    || "none".equals(contact.domesticAbuse().riskLevel()));
        if (nothing && !Boolean.TRUE.equals(contact.adviceOnly())) {
            throw new InvalidContact(List.of(new InvalidContact.FieldProblem("concerns",
                    "choose the concerns the referrer described, or record the contact as advice only")));
        }
    }

    /** A client's receipt time must be a real time in the past, within the window. */
    private void checkReceivedAt(Instant receivedAt) {
        if (receivedAt == null) {
            return;
        }
        Instant now = clock.instant();
        if (receivedAt.isAfter(now.plus(skew))) {
            throw new InvalidContact(List.of(new InvalidContact.FieldProblem("receivedAt", "must not be in the future")));
        }
        if (receivedAt.isBefore(now.minus(window))) {
            throw new InvalidContact(List.of(new InvalidContact.FieldProblem("receivedAt",
                    "must be within the last " + describe(window) + "; record an older contact with today's date and say when it arrived in the notes")));
        }
    }

    private static String describe(Duration d) {
        long days = d.toDays();
        if (days >= 1 && d.equals(Duration.ofDays(days))) {
            return days == 1 ? "day" : days + " days";
        }
        long hours = d.toHours();
        return hours >= 1 && d.equals(Duration.ofHours(hours)) ? (hours == 1 ? "hour" : hours + " hours") : d.toMinutes() + " minutes";
    }

    /** What the records say about each identified child the front door has seen before, by position in the contact. */
    private Map<Integer, ChildHistory> knownHistory(List<String> identities, Instant receivedAt) {
        Map<Integer, ChildHistory> known = new HashMap<>();
        for (int i = 0; i < identities.size(); i++) {
            String identity = identities.get(i);
            if (identity != null && store.knows(identity)) {
                known.put(i, ChildHistory.of(store.earlierContacts(identity, receivedAt),
                        store.openToEarlyHelp(identity) ? "early-help" : null));
            }
        }
        return known;
    }

    /**
     * A referral as recorded; every read is audited once, naming the page or endpoint it came through (a route template
     * such as "API GET /api/referrals/{id}", never the address typed).
     */
    @Transactional
    public Optional<RecordedReferral> find(String id, String actor, String via) {
        Optional<RecordedReferral> found = store.find(id);
        found.ifPresent(r -> audit.record(r.id(), AuditTrail.VIEWED, actor, r.ruleSetVersion(), via));
        return found;
    }

    /** The referral's audit trail, oldest first; empty if there is no such referral. Reading it is audited too. */
    @Transactional
    public Optional<List<AuditEvent>> auditTrail(String id, String actor, String via) {
        Optional<RecordedReferral> found = store.find(id);
        Optional<List<AuditEvent>> trail = found.map(r -> audit.forReferral(r.id()));
        found.ifPresent(r -> audit.record(r.id(), AuditTrail.TRAIL_READ, actor, r.ruleSetVersion(), via));
        return trail;
    }

    private static Contact withReceivedAt(Contact c, Instant receivedAt) {
        return c.withReceivedAt(receivedAt.truncatedTo(ChronoUnit.MICROS));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the referral", e);
        }
    }
}
