package org.frontdoor.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.frontdoor.rules.Indicator;

/**
 * A seeded stream of made-up front-door contacts, already turned into the rule set's per-child inputs in the
 * shape the service builds them (every top-level key present, an absent section as null, nested sections without
 * their unknown fields, siblings sharing everything but the child). No person is described: only codes, ages and counts.
 *
 * <p>The mix is meant to look like a front door's traffic rather than to cover the tables evenly: most contacts
 * carry 0-3 concerns at levels 1-3 and a minority a level-4 concern; some indicators are picked far more often
 * than others; domestic abuse notifications are about 30%. That matters because the decision cache only pays off
 * when contexts repeat, so a uniform generator would understate it and a tiny one would overstate it.
 *
 * <p>The same seed and catalogue always give the same stream.
 */
public final class RandomContacts {
    /** One contact: the inputs of each of its children, in order. */
    public record GeneratedContact(int number, List<Map<String, Object>> children) {
    }

    private static final String[] CIRCUMSTANCES = {"out-of-hours", "parent-refuses-help", "missing-episode", "immediate-danger",
            "offending", "allegation-against-person-working-with-children", "private-fostering", "homeless-16-17"};
    private static final double[] CIRCUMSTANCE_WEIGHTS = {30, 14, 14, 10, 10, 8, 7, 5};
    private static final String[] REFERRERS = {"police", "school", "health", "parent", "family", "public", "gp", "hospital",
            "voluntary", "housing", "early-years", "other-la", "mental-health", "probation", "self"};
    private static final double[] REFERRER_WEIGHTS = {28, 18, 10, 6, 5, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2};
    private static final Set<String> LAY_REFERRERS = Set.of("parent", "family", "public", "self");
    private static final String[] CARERS = {"family-friend", "other", "unknown", "grandparent", "aunt-or-uncle", "other-relative",
            "step-parent", "sibling", "parent"};

    private final Random random;
    private final Map<Integer, List<String>> codesByLevel = new TreeMap<>();
    private final Map<String, Indicator> catalogue;
    private int number;

    public RandomContacts(long seed, Map<String, Indicator> catalogue) {
        this.random = new Random(seed);
        this.catalogue = Map.copyOf(catalogue);
        catalogue.values().stream().sorted(Comparator.comparing(Indicator::code))
                .forEach(i -> codesByLevel.computeIfAbsent(i.level(), l -> new ArrayList<>()).add(i.code()));
        // popularity order within a level is fixed by the seed, so "the common concerns" differ between seeds
        codesByLevel.values().forEach(codes -> Collections.shuffle(codes, random));
    }

    /** The next {@code count} contacts of the stream. */
    public List<GeneratedContact> next(int count) {
        List<GeneratedContact> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    public GeneratedContact next() {
        Map<String, Object> shared = sharedInputs();
        int children = pick(new double[] {60, 28, 12}) + 1;
        List<Map<String, Object>> perChild = new ArrayList<>(children);
        for (int c = 0; c < children; c++) {
            Map<String, Object> inputs = new LinkedHashMap<>(shared);
            inputs.put("child", child());
            perChild.add(Collections.unmodifiableMap(inputs));
        }
        return new GeneratedContact(++number, List.copyOf(perChild));
    }

    private Map<String, Object> sharedInputs() {
        List<String> concerns = concerns();
        Set<String> categories = new LinkedHashSet<>();
        concerns.forEach(code -> categories.add(catalogue.get(code).category()));
        List<String> circumstances = circumstances();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("referrer", referrer());
        inputs.put("concerns", concerns);
        inputs.put("domesticAbuse", chance(0.30) || categories.contains("domestic-abuse") ? domesticAbuse() : null);
        inputs.put("consent", chance(0.85) ? map("status", oneOf(new String[] {"given", "not-required", "not-sought-other",
                "not-sought-risk", "refused"}, new double[] {55, 15, 12, 10, 8})) : null);
        inputs.put("openCase", oneOf(new String[] {"none", null, "early-help", "child-in-need", "child-protection", "looked-after"},
                new double[] {55, 25, 8, 6, 3, 3}));
        inputs.put("history", chance(0.7) ? history() : null);
        inputs.put("circumstances", circumstances);
        inputs.put("privateFostering", circumstances.contains("private-fostering") ? privateFostering() : null);
        inputs.put("gcp2MaxGrade", categories.contains("neglect") && chance(0.6) || chance(0.02) ? 1 + random.nextInt(5) : null);
        inputs.put("missingEpisode", circumstances.contains("missing-episode") || categories.contains("missing") ? missingEpisode() : null);
        return inputs;
    }

    /** 0-8 distinct codes; each is level 1 to 4 with level 4 the rarest, and popular codes come up far more often. */
    private List<String> concerns() {
        int count = oneOf(new Integer[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, new double[] {12, 30, 24, 16, 7, 4, 3, 2, 2});
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            int level = oneOf(new Integer[] {1, 2, 3, 4}, new double[] {15, 40, 37, 8});
            codes.add(popular(codesByLevel.get(level)));
        }
        return List.copyOf(codes);
    }

    /** Zipf-like: the k-th code of the list is picked with weight 1/k. */
    private String popular(List<String> codes) {
        double[] weights = new double[codes.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = 1.0 / (k + 1);
        }
        return codes.get(pick(weights));
    }

    private Map<String, Object> referrer() {
        String type = oneOf(REFERRERS, REFERRER_WEIGHTS);
        Boolean anonymous;
        if (LAY_REFERRERS.contains(type)) {
            anonymous = chance(0.3);
        } else {
            // a professional asking to stay anonymous is refused by "Referral checks": rare, but it happens
            anonymous = chance(0.005) ? Boolean.TRUE : chance(0.6) ? Boolean.FALSE : null;
        }
        return map("type", type, "anonymous", anonymous);
    }

    private Map<String, Object> child() {
        boolean unborn = chance(0.05);
        Integer age = unborn ? null : oneOf(new Integer[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17},
                new double[] {7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 7, 7, 6, 6});
        Integer weeks = unborn ? 12 + random.nextInt(29) : null;
        Boolean nonMobile = unborn || chance(0.5) ? null : age <= 1 ? chance(0.7) : Boolean.FALSE;
        String disability = oneOf(new String[] {"none", null, "some", "severe"}, new double[] {45, 40, 11, 4});
        return map("ageYears", age, "unbornWeeks", weeks, "nonMobile", nonMobile, "disability", disability);
    }

    private Map<String, Object> domesticAbuse() {
        String risk = oneOf(new String[] {"standard", "medium", "high", "none", null}, new double[] {50, 30, 12, 3, 5});
        Integer dash = chance(0.3) ? null : switch (risk == null ? "none" : risk) {
            case "high" -> 12 + random.nextInt(13);
            case "medium" -> 7 + random.nextInt(7);
            default -> random.nextInt(8);
        };
        Integer incidents = chance(0.25) ? null : geometric(0.45, 12);
        Boolean present = oneOf(new Boolean[] {true, false, null}, new double[] {45, 35, 20});
        Boolean pregnancy = oneOf(new Boolean[] {false, true, null}, new double[] {60, 5, 35});
        return map("riskLevel", risk, "dashYesCount", dash, "incidentsLast12Months", incidents,
                "childrenPresent", present, "pregnancy", pregnancy);
    }

    private Map<String, Object> history() {
        Integer contacts = chance(0.1) ? null : geometric(0.5, 15);
        return map("contactsLast12Months", contacts,
                "previousCpPlan", oneOf(new Boolean[] {false, true, null}, new double[] {70, 8, 22}),
                "previousRemoval", oneOf(new Boolean[] {false, true, null}, new double[] {75, 3, 22}));
    }

    private List<String> circumstances() {
        if (!chance(0.25)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(oneOf(CIRCUMSTANCES, CIRCUMSTANCE_WEIGHTS));
        if (chance(0.2)) {
            out.add(oneOf(CIRCUMSTANCES, CIRCUMSTANCE_WEIGHTS));
        }
        return List.copyOf(out);
    }

    private Map<String, Object> privateFostering() {
        return map("carerRelationship", chance(0.15) ? null : CARERS[random.nextInt(CARERS.length)],
                "intendedDays", chance(0.2) ? null : 7 + random.nextInt(114));
    }

    private Map<String, Object> missingEpisode() {
        return map("hoursMissing", chance(0.2) ? null : 1 + random.nextInt(72),
                "episodesLast12Months", chance(0.2) ? null : geometric(0.4, 10));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** How many failures before a success of probability p, capped: counts that are mostly 0, 1 or 2. */
    private int geometric(double p, int cap) {
        int n = 0;
        while (n < cap && !chance(p)) {
            n++;
        }
        return n;
    }

    private <T> T oneOf(T[] values, double[] weights) {
        return values[pick(weights)];
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * An unmodifiable map in key order without the unknown (null) values, as the service's Jackson conversion of a
     * nested record gives it ({@code default-property-inclusion: non_null}).
     */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                out.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
