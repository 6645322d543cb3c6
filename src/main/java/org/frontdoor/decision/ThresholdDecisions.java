package org.frontdoor.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.decision.Assessment.ChildRecommendation;
import org.frontdoor.decision.Assessment.ConsentAdvice;
import org.frontdoor.decision.Assessment.HistoryUsed;
import org.frontdoor.decision.Assessment.Level;
import org.frontdoor.decision.Assessment.MissingInformation;
import org.frontdoor.decision.Assessment.Pathway;
import org.frontdoor.decision.Assessment.Reason;
import org.frontdoor.decision.Assessment.RuleSetRef;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.Evaluation;
import org.frontdoor.rules.Indicator;
import org.frontdoor.rules.RuleHit;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluates a contact against the active rule set and explains the answer. There is no threshold logic here:
 * levels, pathways, labels and timescales all come from the decision tables.
 */
@Service
public class ThresholdDecisions {
    private static final Logger log = LoggerFactory.getLogger(ThresholdDecisions.class);

    private final RuleSetCatalog ruleSets;
    private final ContactInputs inputs;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public ThresholdDecisions(RuleSetCatalog ruleSets, ContactInputs inputs, WorkingDayCalendar calendar, Clock clock) {
        this.ruleSets = ruleSets;
        this.inputs = inputs;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Decisions for replaying recorded contacts outside the service (the impact analysis's worker process): only
     * {@link #outcomes} may be used, since there is no catalogue of the rule set in force and no working-day calendar.
     */
    public static ThresholdDecisions forReplay(com.fasterxml.jackson.databind.ObjectMapper json) {
        // recorded contacts always carry their receipt time; ages from dates of birth are worked out in the default zone
        return new ThresholdDecisions(null, new ContactInputs(json, java.time.ZoneId.of("Europe/London"), Clock.systemUTC()), null, Clock.systemUTC());
    }

    /**
     * What the rule set in force would refuse in this contact (values outside its input types, unknown concern codes,
     * impossible ages), without evaluating it: so a form can show every problem at once.
     */
    public List<InvalidContact.FieldProblem> problems(Contact contact) {
        try {
            inputs.forEachChild(contact, ruleSets.active(), Map.of());
            return List.of();
        } catch (InvalidContact e) {
            return e.problems();
        }
    }

    /** Recommends a response for every child of the contact; throws {@link InvalidContact} or {@link DecisionNotReached}. */
    public Assessment assess(Contact contact) {
        return assess(contact, Map.of());
    }

    /**
     * As {@link #assess(Contact)}, for a contact being recorded: {@code known} holds, by child position, what the
     * front door's own records say about children it has seen before.
     */
    public Assessment assess(Contact contact, Map<Integer, ChildHistory> known) {
        return assess(ruleSets.active(), contact, known);   // one rule set for the whole contact, even if a new one is published meanwhile
    }

    /** As {@link #assess(Contact, Map)}, with a given rule set instead of the active one (a draft, or an earlier version). */
    public Assessment assess(RuleSet ruleSet, Contact contact, Map<Integer, ChildHistory> known) {
        // microseconds: what the database keeps, so a recorded referral reads back exactly as it was returned
        Instant receivedAt = (contact.receivedAt() != null ? contact.receivedAt() : clock.instant()).truncatedTo(ChronoUnit.MICROS);
        List<Map<String, Object>> perChild = inputs.forEachChild(contact, ruleSet, known);
        RuleSetRef ref = new RuleSetRef(ruleSet.version(), ruleSet.hash());

        List<Evaluation> evaluations = perChild.stream().map(ruleSet::evaluate).toList();
        List<ChildRecommendation> children = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            ChildRecommendation child = recommend(contact.children().get(i).ref(), i, evaluations.get(i), ruleSet, ref, receivedAt);
            children.add(child.withHistory(historyUsed(contact.history(), known.get(i), child.primaryPathway().socialCare())));
        }
        return new Assessment(receivedAt, List.copyOf(children), ref);
    }

    /**
     * Level and pathways only, for every child of the contact under {@code ruleSet}: the same inputs and checks as
     * {@link #assess(RuleSet, Contact, Map)}, but only the "Level" and "Pathways" decisions are evaluated, with no
     * rationale, consent advice, missing information or due times. For replaying recorded contacts against a rule set.
     * Throws {@link InvalidContact} or {@link DecisionNotReached} as {@code assess} does (a timescale unit the calendar
     * does not know is not checked here).
     */
    public List<Outcome> outcomes(RuleSet ruleSet, Contact contact, Map<Integer, ChildHistory> known) {
        List<Map<String, Object>> perChild = inputs.forEachChild(contact, ruleSet, known);
        List<Outcome> out = new ArrayList<>(perChild.size());
        for (Map<String, Object> child : perChild) {
            Evaluation e = ruleSet.evaluateDecisions(child, "Level", "Pathways");
            out.add(new Outcome(level(e.decision("Level"), ruleSet), routes(e.decision("Pathways"), ruleSet)));
        }
        return List.copyOf(out);
    }

    private static List<Outcome.Route> routes(Object decided, RuleSet ruleSet) {
        List<Outcome.Route> out = new ArrayList<>();
        for (Map<String, Object> p : listOfMaps(decided)) {
            if (p.get("code") == null || p.get("label") == null || !(p.get("socialCare") instanceof Boolean socialCare)) {
                throw notReached(ruleSet, "pathway " + p.get("code") + " has no label in the Pathway table");
            }
            out.add(new Outcome.Route(p.get("code").toString(), p.get("label").toString(), Boolean.TRUE.equals(p.get("primary")), socialCare));
        }
        if (out.stream().filter(Outcome.Route::primary).count() != 1 || !out.get(0).primary()) {
            throw notReached(ruleSet, "the tables gave no primary pathway");
        }
        return out;
    }

    private ChildRecommendation recommend(String childRef, int index, Evaluation e, RuleSet ruleSet, RuleSetRef ref, Instant receivedAt) {
        Level level = level(e.decision("Level"), ruleSet);
        List<Pathway> pathways = pathways(e.decision("Pathways"), ruleSet, receivedAt);
        List<Reason> rationale = rationale(e.hits(), ruleSet);
        if (rationale.isEmpty()) {
            throw notReached(ruleSet, "no rule gave a reason for the recommendation");
        }
        log.debug("Child {} of contact recommended level {} primary {} under rule set {}", index + 1, level.value(),
                pathways.get(0).code(), ruleSet.version());
        return new ChildRecommendation(childRef, level, pathways, partnerActions(e.decision("Pathways"), ruleSet), consent(e.decision("Consent"), ruleSet), rationale,
                missingInformation(e.decision("Missing information"), index), null, ref);
    }

    /** Where history came from, and whether this contact is a re-referral: a referral within 12 months of an earlier one (DfE). */
    private static HistoryUsed historyUsed(Contact.History said, ChildHistory records, boolean referral) {
        if (records != null) {
            return new HistoryUsed("front-door records", records.contactsLast12Months(), records.referralsLast12Months(),
                    referral && records.referralsLast12Months() > 0, records.openCase(), records.earlierContacts());
        }
        if (said != null && (said.contactsLast12Months() != null || said.referralsLast12Months() != null)) {
            Integer referrals = said.referralsLast12Months();
            return new HistoryUsed("referrer", said.contactsLast12Months(), referrals,
                    referrals == null ? null : referral && referrals > 0, null, List.of());
        }
        return new HistoryUsed("none", null, null, null, null, List.of());
    }

    private static Level level(Object decided, RuleSet ruleSet) {
        if (!(decided instanceof Map<?, ?> m) || !(m.get("value") instanceof Number value) || m.get("label") == null) {
            throw notReached(ruleSet, "the Level table gave no level and label");
        }
        return new Level(value.intValue(), m.get("label").toString());
    }

    private List<Pathway> pathways(Object decided, RuleSet ruleSet, Instant receivedAt) {
        List<Map<String, Object>> rows = listOfMaps(decided);
        List<Pathway> out = new ArrayList<>();
        for (Map<String, Object> p : rows) {
            if (p.get("label") == null || p.get("timescale") == null || !(p.get("amount") instanceof Number amount) || p.get("unit") == null
                    || !(p.get("socialCare") instanceof Boolean socialCare)) {
                throw notReached(ruleSet, "pathway " + p.get("code") + " has no label or timescale in the Pathway table");
            }
            Instant due;
            try {
                due = calendar.due(receivedAt, amount.intValue(), p.get("unit").toString());
            } catch (WorkingDayCalendar.UnknownTimescaleUnit ex) {
                throw notReached(ruleSet, "pathway " + p.get("code") + ": " + ex.getMessage());
            }
            out.add(new Pathway(p.get("code").toString(), p.get("label").toString(), Boolean.TRUE.equals(p.get("primary")),
                    p.get("timescale").toString(), due, socialCare));
        }
        if (out.stream().filter(Pathway::primary).count() != 1 || !out.get(0).primary()) {
            throw notReached(ruleSet, "the tables gave no primary pathway");
        }
        return List.copyOf(out);
    }

    /** Every distinct partner action of the pathways, most urgent first; the table order breaks ties. */
    private static List<Assessment.PartnerAction> partnerActions(Object decided, RuleSet ruleSet) {
        Map<String, Assessment.PartnerAction> out = new LinkedHashMap<>();
        for (Map<String, Object> p : listOfMaps(decided)) {
            if (p.get("partnerAction") == null || p.get("partnerWhen") == null || !(p.get("partnerPriority") instanceof Number priority)
                    || p.get("partnerContact") == null) {
                throw notReached(ruleSet, "pathway " + p.get("code") + " has no partner action in the Pathway table");
            }
            String text = p.get("partnerAction").toString();
            out.putIfAbsent(text, new Assessment.PartnerAction(String.valueOf(p.get("code")), text, p.get("partnerWhen").toString(),
                    p.get("partnerContact").toString(), priority.intValue()));
        }
        return out.values().stream().sorted(Comparator.comparingInt(Assessment.PartnerAction::priority)).toList();
    }

    private static ConsentAdvice consent(Object decided, RuleSet ruleSet) {
        if (!(decided instanceof Map<?, ?> m) || !(m.get("required") instanceof Boolean required) || m.get("advice") == null) {
            throw notReached(ruleSet, "the Consent table gave no answer");
        }
        return new ConsentAdvice(required, m.get("advice").toString());
    }

    private static List<MissingInformation> missingInformation(Object decided, int childIndex) {
        Map<String, MissingInformation> out = new LinkedHashMap<>();
        for (Map<String, Object> m : listOfMaps(decided)) {
            String field = String.valueOf(m.get("field")).replaceFirst("^children\\.", "children[" + childIndex + "].");
            out.putIfAbsent(field, new MissingInformation(field, String.valueOf(m.get("question"))));
        }
        return List.copyOf(out.values());
    }

    /**
     * Rows that give a reason, once each, in the order the tables are written (catalogue first, then the level,
     * then the response, then consent): the order that explains the outcome. Indicators are listed highest level first.
     */
    private static List<Reason> rationale(List<RuleHit> hits, RuleSet ruleSet) {
        Map<String, Indicator> indicators = ruleSet.indicators();
        Map<String, RuleHit> distinct = new LinkedHashMap<>();
        hits.stream().filter(RuleHit::explains).forEach(h -> distinct.putIfAbsent(h.model() + "/" + h.table() + "/" + h.row(), h));
        return distinct.values().stream()
                .sorted(Comparator.<RuleHit>comparingInt(h -> ruleSet.tablePosition(h.model(), h.table()))
                        .thenComparingInt(h -> indicators.containsKey(h.ruleId()) ? -indicators.get(h.ruleId()).level() : 0))
                .map(h -> new Reason(h.ruleId(), h.table(), describe(h, indicators), h.guidanceRef(), h.mandatory() ? Boolean.TRUE : null))
                .toList();
    }

    private static String describe(RuleHit hit, Map<String, Indicator> indicators) {
        Indicator i = indicators.get(hit.ruleId());
        return i == null ? hit.reason() : "Level " + i.level() + " indicator " + i.code() + ": " + hit.reason();
    }

    private static DecisionNotReached notReached(RuleSet ruleSet, String problem) {
        return new DecisionNotReached(ruleSet.version(), List.of(problem));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOfMaps(Object o) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(x -> (Map<String, Object>) x).toList();
    }
}
