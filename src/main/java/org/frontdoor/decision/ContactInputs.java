package org.frontdoor.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.frontdoor.decision.InvalidContact.FieldProblem;
import org.frontdoor.rules.InputProblem;
import org.frontdoor.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * Turns a contact into the decision model's inputs, one set per child, and refuses it (naming every field)
 * when a value is outside what the rule set's input types allow or a concern code is not in the catalogue.
 */
@Component
class ContactInputs {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(6);

    private final ObjectMapper json;

    private final java.time.ZoneId zone;
    private final java.time.Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    ContactInputs(ObjectMapper json, CalendarProperties calendar, java.time.Clock clock) {
        this(json, calendar.zone(), clock);
    }

    ContactInputs(ObjectMapper json, java.time.ZoneId zone, java.time.Clock clock) {
        this.json = json;
        this.zone = zone;
        this.clock = clock;
    }

    List<Map<String, Object>> forEachChild(Contact contact, RuleSet ruleSet, Map<Integer, ChildHistory> known) {
        Map<String, Object> shared = sharedInputs(contact);
        Set<FieldProblem> problems = new LinkedHashSet<>();
        problems.addAll(unknownConcerns("concerns", contact.concerns(), ruleSet));
        java.time.LocalDate onTheDay = (contact.receivedAt() != null ? contact.receivedAt() : clock.instant()).atZone(zone).toLocalDate();
        List<Map<String, Object>> perChild = new ArrayList<>();
        for (int i = 0; i < contact.children().size(); i++) {
            Contact.Child child = contact.children().get(i);
            String at = "children[" + i + "]";
            if (child.nhsNumber() != null && !NhsNumber.isValid(child.nhsNumber())) {
                problems.add(new FieldProblem(at + ".nhsNumber", "is not a valid NHS number (10 digits with a modulus-11 check digit)"));
            }
            problems.addAll(unknownConcerns(at + ".concerns", child.concerns(), ruleSet));
            Map<String, Object> inputs = new LinkedHashMap<>(shared);
            // only what the tables read about the child: never a name, date of birth, address or identifier
            Map<String, Object> childMap = new LinkedHashMap<>();
            ChildAge.of(child, onTheDay, at, problems).put(childMap);
            childMap.put("nonMobile", child.nonMobile());
            childMap.put("disability", child.disability());
            childMap.values().removeIf(java.util.Objects::isNull);
            inputs.put("child", childMap);
            if (child.concerns() != null && !child.concerns().isEmpty()) {
                LinkedHashSet<String> mine = new LinkedHashSet<>(contact.concerns() == null ? List.of() : contact.concerns());
                mine.addAll(child.concerns());
                inputs.put("concerns", List.copyOf(mine));
            }
            if (known.containsKey(i)) {
                inputs.put("history", fromRecords(contact.history(), known.get(i)));
                String said = contact.openCase();
                if (known.get(i).openCase() != null && (said == null || "none".equals(said))) {
                    inputs.put("openCase", known.get(i).openCase());
                }
            }
            String prefix = "children[" + i + "]";
            for (InputProblem p : ruleSet.check(inputs)) {
                problems.add(new FieldProblem(p.field().replaceFirst("^child\\b", prefix), p.message()));
            }
            perChild.add(inputs);
        }
        if (!problems.isEmpty()) {
            throw new InvalidContact(List.copyOf(problems));
        }
        return perChild;
    }

    /**
     * History for a child the front door knows: the contact count comes from its own records, not the referrer. The
     * records do not hold child protection plans or removals yet, so those stay as the referrer gave them.
     */
    private Map<String, Object> fromRecords(Contact.History said, ChildHistory records) {
        Map<String, Object> history = said == null ? new LinkedHashMap<>() : new LinkedHashMap<>(json.convertValue(said, MAP));
        history.put("contactsLast12Months", records.contactsLast12Months());
        history.put("referralsLast12Months", records.referralsLast12Months());
        return history;
    }

    private Map<String, Object> sharedInputs(Contact contact) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        // the referrer's type and whether they asked to stay anonymous: never their name or contact details
        Map<String, Object> referrer = new LinkedHashMap<>();
        referrer.put("type", contact.referrer().type());
        if (contact.referrer().anonymous() != null) {
            referrer.put("anonymous", contact.referrer().anonymous());
        }
        inputs.put("referrer", referrer);
        inputs.put("concerns", contact.concerns() == null ? List.of() : List.copyOf(new LinkedHashSet<>(contact.concerns())));
        inputs.put("domesticAbuse", contact.domesticAbuse() == null ? null : json.convertValue(contact.domesticAbuse(), MAP));
        // only the status goes to the engine: free text stays out of the rules (and out of any engine message)
        inputs.put("consent", contact.consent() == null || contact.consent().status() == null ? null : Map.of("status", contact.consent().status()));
        inputs.put("openCase", contact.openCase());
        inputs.put("history", contact.history() == null ? null : json.convertValue(contact.history(), MAP));
        inputs.put("circumstances", contact.circumstances() == null ? List.of() : List.copyOf(new LinkedHashSet<>(contact.circumstances())));
        inputs.put("privateFostering", contact.privateFostering() == null ? null : json.convertValue(contact.privateFostering(), MAP));
        inputs.put("gcp2MaxGrade", contact.gcp2MaxGrade());
        inputs.put("missingEpisode", contact.missingEpisode() == null ? null : json.convertValue(contact.missingEpisode(), MAP));
        return inputs;
    }

    private static List<FieldProblem> unknownConcerns(String field, List<String> concerns, RuleSet ruleSet) {
        if (concerns == null) {
            return List.of();
        }
        Set<String> codes = ruleSet.indicators().keySet();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < concerns.size(); i++) {
            String code = concerns.get(i);
            if (code != null && !codes.contains(code)) {
                problems.add(new FieldProblem(field + "[" + i + "]", "'" + code + "' is not an indicator code in rule set "
                        + ruleSet.version() + "; did you mean " + String.join(", ", nearest(code, codes)) + "?"));
            }
        }
        return problems;
    }

    static List<String> nearest(String code, Set<String> codes) {
        String wanted = code.trim().toUpperCase();
        return codes.stream()
                .map(c -> Map.entry(c, distance(wanted, c)))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(3).map(Map.Entry::getKey).toList();
    }

    private static int distance(String a, String b) {
        int d = DISTANCE.apply(a, b);
        return d < 0 ? Integer.MAX_VALUE : d;
    }
}
