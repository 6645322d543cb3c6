package org.frontdoor.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.decision.WorkingDayCalendar;
import org.frontdoor.referral.DecisionRequest.ChildChoice;
import org.frontdoor.referral.DecisionStore.ChildRow;
import org.frontdoor.referral.DecisionStore.OverriddenRule;
import org.frontdoor.referral.DecisionStore.ReferralFacts;
import org.frontdoor.referral.DecisionStore.StateRow;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.security.ActingUser;
import org.frontdoor.security.ActingUser.ActionForbidden;
import org.frontdoor.security.ActingUser.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The human decision on a recorded referral (domain.md §1.2, §5.2 items 1-3): a practitioner decides for every child,
 * a manager authorises any override of a mandatory escalation (not the practitioner who made it), and a manager
 * ratifies the disposal (not the practitioner who decided it, even if they also hold the manager role). Each step and its audit entries are stored in one transaction; a step that finds the
 * decision changed since it was read is refused with the current state, never applied over it.
 */
@Service
public class ReferralDecisions {
    private static final Logger log = LoggerFactory.getLogger(ReferralDecisions.class);

    private final DecisionStore store;
    private final RuleSetCatalog ruleSets;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;
    private final FeedbackLetters feedback;

    ReferralDecisions(DecisionStore store, RuleSetCatalog ruleSets, WorkingDayCalendar calendar, AuditTrail audit,
                      TransactionTemplate tx, ObjectMapper json, Clock clock, FeedbackLetters feedback) {
        this.store = store;
        this.ruleSets = ruleSets;
        this.calendar = calendar;
        this.audit = audit;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.feedback = feedback;
    }

    public DecisionState decide(String referralId, DecisionRequest request, ActingUser user) {
        user.require(Role.PRACTITIONER, "record the decision on a referral");
        ReferralFacts referral = referral(referralId);
        List<Recommended> recommended = Recommended.read(json, referral.recommendationJson());
        DecisionValidation.check(request, recommended, ruleSets.active());
        StateRow before = store.state(referralId).orElse(null);
        String status = before == null ? DecisionState.AWAITING_DECISION : before.status();
        if (!DecisionState.SENT_BACK.equals(status)) {
            refuseUnless(referralId, DecisionState.AWAITING_DECISION, status);
        }

        Map<String, ChildChoice> byRef = request.children().stream().collect(Collectors.toMap(ChildChoice::ref, Function.identity()));
        List<ChildRow> children = new ArrayList<>();
        for (int i = 0; i < recommended.size(); i++) {
            children.add(outcome(i, recommended.get(i), byRef.get(recommended.get(i).ref())));
        }
        boolean authorisationRequired = children.stream().anyMatch(c -> c.overridden() && c.overriddenRules().stream().anyMatch(OverriddenRule::mandatory));
        Instant now = now();
        StateRow state = new StateRow(referralId, authorisationRequired ? DecisionState.AWAITING_AUTHORISATION : DecisionState.AWAITING_RATIFICATION,
                authorisationRequired, user.name(), now, withinOneWorkingDay(referral, now), 1);
        change(referralId, () -> {
            if (before == null) {
                store.insert(state, children);
            } else {
                requireChanged(store.redecide(state, children, before.version()));
            }
            audit.record(referralId, AuditTrail.DECIDED, user.name(), referral.ruleSetVersion());
            children.stream().filter(ChildRow::overridden)
                    .forEach(c -> audit.record(referralId, AuditTrail.OVERRIDDEN, user.name(), referral.ruleSetVersion()));
        });
        log.info("Referral {} decided: {} override(s), {}", referralId, children.stream().filter(ChildRow::overridden).count(), state.status());
        return current(referralId);
    }

    public DecisionState authorise(String referralId, ActingUser user, String note) {
        user.require(Role.MANAGER, "authorise an override of a mandatory escalation");
        ReferralFacts referral = referral(referralId);
        StateRow state = stateIn(referralId, DecisionState.AWAITING_AUTHORISATION);
        if (state.decidedBy().equals(user.name())) {
            throw new ActionForbidden("The override must be authorised by a manager other than the practitioner who made it.");
        }
        String why = requiredText("note", note, "say why the override of a mandatory escalation is safe for the child");
        Instant now = now();
        change(referralId, () -> {
            requireChanged(store.authorise(referralId, user.name(), now, why, DecisionState.AWAITING_RATIFICATION, state.version()));
            audit.record(referralId, AuditTrail.AUTHORISED, user.name(), referral.ruleSetVersion());
        });
        log.info("Referral {} override authorised", referralId);
        return current(referralId);
    }

    public DecisionState ratify(String referralId, ActingUser user, String note) {
        user.require(Role.MANAGER, "ratify a decision");
        String remark = optionalText("note", note);
        ReferralFacts referral = referral(referralId);
        StateRow state = stateIn(referralId, DecisionState.AWAITING_RATIFICATION);
        if (state.decidedBy().equals(user.name())) {
            // four eyes: someone holding both roles may not ratify what they decided themselves
            throw new ActionForbidden("The decision must be ratified by a manager other than the practitioner who made it.");
        }
        Instant now = now();
        change(referralId, () -> {
            requireChanged(store.ratify(referralId, user.name(), now, withinOneWorkingDay(referral, now), remark, DecisionState.RATIFIED, state.version()));
            audit.record(referralId, AuditTrail.RATIFIED, user.name(), referral.ruleSetVersion());
            feedback.ratified(referralId, now);   // the feedback task, due by the end of the next working day
        });
        log.info("Referral {} ratified", referralId);
        return current(referralId);
    }

    /**
     * A manager sends the decision back to the practitioner with a reason (before it is ratified): the practitioner
     * decides again, and any authorisation goes with the old decision.
     */
    public DecisionState sendBack(String referralId, ActingUser user, String reason) {
        user.require(Role.MANAGER, "send a decision back");
        ReferralFacts referral = referral(referralId);
        StateRow state = store.state(referralId).orElse(null);
        String status = state == null ? DecisionState.AWAITING_DECISION : state.status();
        if (!DecisionState.AWAITING_AUTHORISATION.equals(status) && !DecisionState.AWAITING_RATIFICATION.equals(status)) {
            throw new DecisionConflict(current(referralId));
        }
        if (state.decidedBy().equals(user.name())) {
            throw new ActionForbidden("A decision is sent back by a manager other than the practitioner who made it.");
        }
        String why = requiredText("reason", reason, "say what the practitioner should look at again");
        Instant now = now();
        change(referralId, () -> {
            requireChanged(store.sendBack(referralId, user.name(), now, why, state.version()));
            audit.record(referralId, AuditTrail.SENT_BACK, user.name(), referral.ruleSetVersion());
        });
        log.info("Referral {} sent back to the practitioner", referralId);
        return current(referralId);
    }

    private static String requiredText(String field, String text, String what) {
        String t = optionalText(field, text);
        if (t == null) {
            throw new InvalidRequest(List.of(new InvalidDecision.Problem(field, "must not be blank: " + what)));
        }
        return t;
    }

    private static String optionalText(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String problem = org.frontdoor.decision.PlainText.Check.problem(text);
        if (problem != null || text.length() > 2000) {
            throw new InvalidRequest(List.of(new InvalidDecision.Problem(field, problem != null ? problem : "must be at most 2000 characters")));
        }
        return text.strip();
    }

    /** The decision as it stands, for a page whose read of the referral has just been audited. */
    public DecisionState stateOfAnAuditedRead(String referralId) {
        referral(referralId);
        return current(referralId);
    }

    /** The decision as it stands; the read is audited like every read of a referral, naming the page or endpoint (a route template). */
    public DecisionState view(String referralId, ActingUser user, String via) {
        ReferralFacts referral = referral(referralId);
        tx.executeWithoutResult(s -> audit.record(referralId, AuditTrail.VIEWED, user.name(), referral.ruleSetVersion(), via));
        return current(referralId);
    }

    private ChildRow outcome(int position, Recommended rec, ChildChoice choice) {
        boolean accepted = Boolean.TRUE.equals(choice.accept());
        int level = accepted ? rec.level() : choice.level();
        List<String> pathways = accepted ? rec.pathways() : List.copyOf(choice.pathways());
        boolean levelChanged = level != rec.level();
        boolean primaryChanged = !pathways.get(0).equals(rec.pathways().get(0));
        boolean pathwayDropped = !pathways.containsAll(rec.pathways());
        boolean overridden = levelChanged || primaryChanged || pathwayDropped;
        List<OverriddenRule> rules = overridden ? disagreedWith(rec, levelChanged) : List.of();
        return new ChildRow(position, rec.ref(), accepted, overridden, rec.level(), rec.pathways().get(0), level, pathways,
                accepted ? null : choice.reasonCategory(), choice.reason(), rules);
    }

    /** The rules set aside: every mandatory escalation cited, the primary pathway's rule, and the level's rule if the level changed. */
    private static List<OverriddenRule> disagreedWith(Recommended rec, boolean levelChanged) {
        Set<String> seen = new LinkedHashSet<>();
        List<OverriddenRule> out = new ArrayList<>();
        for (Recommended.Rule r : rec.rationale()) {
            boolean setAside = r.mandatory() || Recommended.PRIMARY_PATHWAY_TABLE.equals(r.table())
                    || (levelChanged && Recommended.LEVEL_TABLE.equals(r.table()));
            if (setAside && seen.add(r.ruleId())) {
                out.add(new OverriddenRule(r.ruleId(), r.mandatory()));
            }
        }
        return out;
    }

    /** Within one working day of receipt: at or before the instant the calendar gives for "1 working day". */
    private boolean withinOneWorkingDay(ReferralFacts referral, Instant at) {
        return !at.isAfter(calendar.due(referral.receivedAt(), 1, "working-days"));
    }

    private ReferralFacts referral(String referralId) {
        return store.referral(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
    }

    private StateRow stateIn(String referralId, String expected) {
        StateRow state = store.state(referralId).orElse(null);
        refuseUnless(referralId, expected, state == null ? DecisionState.AWAITING_DECISION : state.status());
        return state;
    }

    private void refuseUnless(String referralId, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new DecisionConflict(current(referralId));
        }
    }

    private static void requireChanged(int rows) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("the decision changed since it was read");
        }
    }

    /** Runs a change in one transaction; if another change got there first, refuses with the state that one left. */
    private void change(String referralId, Runnable work) {
        try {
            tx.executeWithoutResult(s -> work.run());
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            DecisionState now = current(referralId);
            if (e instanceof DataIntegrityViolationException && DecisionState.AWAITING_DECISION.equals(now.status())) {
                throw e;   // not a concurrent decision: a genuine fault
            }
            log.info("Referral {}: concurrent change refused, decision is {}", referralId, now.status());
            throw new DecisionConflict(now);
        }
    }

    DecisionState current(String referralId) {
        StateRow s = store.state(referralId).orElse(null);
        if (s == null) {
            return DecisionState.undecided(referralId);
        }
        List<ChildRow> rows = store.children(referralId);
        Map<String, Recommended> recommended = Recommended.read(json, referral(referralId).recommendationJson()).stream()
                .collect(Collectors.toMap(Recommended::ref, Function.identity()));
        List<DecisionState.ChildOutcome> children = rows.stream().map(c -> new DecisionState.ChildOutcome(c.ref(), c.accepted(),
                c.overridden(), c.recommendedLevel(), recommended.get(c.ref()).pathways(), c.level(), c.pathways(), c.reason())).toList();
        List<DecisionState.Override> overrides = rows.stream().filter(ChildRow::overridden).map(c -> new DecisionState.Override(c.ref(),
                c.reasonCategory(), c.reason(),
                c.overriddenRules().stream().filter(OverriddenRule::mandatory).map(OverriddenRule::ruleId).toList(),
                c.overriddenRules().stream().map(OverriddenRule::ruleId).toList())).toList();
        return new DecisionState(referralId, s.status(), children, overrides, s.decidedBy(), s.decidedAt(), s.authorisationRequired(),
                s.authorisedBy(), s.authorisedAt(), s.ratifiedBy(), s.ratifiedAt(), s.decidedWithinOneWorkingDay(),
                s.ratifiedWithinOneWorkingDay(), s.version(), s.authorisedNote(), s.ratifiedNote(), s.sentBackBy(), s.sentBackAt(),
                s.sentBackReason());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
