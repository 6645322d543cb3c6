package org.frontdoor.impact;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a draft rule set would have changed the recommendations of the referrals recorded in a period: every
 * referral replayed against the published rule set and the draft, per child. Only ids, codes, labels and counts:
 * no case facts. Children of referrals in {@link #errors} are in no count except {@link Totals#referralsWithErrors}.
 *
 * <p>A child "changed" when its level or its primary pathway differs between the two rule sets; a referral changed
 * when any of its children did. Additional routes are compared as counts only ({@link #additionalRoutes}).
 *
 * @param period            received_at from (inclusive) to (exclusive)
 * @param levels            old (published) level against new (draft) level, counted per child
 * @param primaryPathways   old primary pathway code against new, per child; only the pairs that occur
 * @param additionalRoutes  how many children each non-primary pathway was recommended to, old and new
 * @param byAgeBand         changes per age band of the child ({@link AgeBand}), bands in that order
 * @param byReferrerType    changes per referrer type, by name
 * @param changedReferralIds referrals with at least one changed child, oldest first
 * @param errors            referrals that could not be replayed (the first {@link ImpactAnalysis#MAX_ERRORS_LISTED})
 * @param elapsedMillis     wall-clock time the analysis took
 */
public record ImpactReport(RuleSetRef published, RuleSetRef draft, Period period, Totals totals, LevelMatrix levels,
                           List<PathwayMove> primaryPathways, List<RouteCount> additionalRoutes, List<GroupImpact> byAgeBand,
                           List<GroupImpact> byReferrerType, List<String> changedReferralIds, List<ReplayError> errors,
                           long elapsedMillis) {

    public record RuleSetRef(String version, String hash) {
    }

    public record Period(Instant from, Instant to) {
    }

    /**
     * @param referralsRead          referrals recorded in the period
     * @param referralsReplayed      of those, replayed against both rule sets (the rest are errors)
     * @param childrenReplayed       children of the replayed referrals
     * @param childrenLevelRaised    children whose draft level is higher than the published one
     * @param childrenLevelLowered   children whose draft level is lower
     * @param socialCareChildrenPublished children whose published primary pathway is a referral to children's social care
     * @param socialCareChildrenDraft     the same under the draft
     * @param publishedAnswersReused referrals recorded under the published rule set's hash, whose stored recommendation
     *                               was taken as the published answer instead of evaluating it again
     * @param referralsUnaffectedByDraft referrals given the published answer as the draft's without evaluating: the draft
     *                               changes only catalogue entries and none of their concerns is a changed indicator
     * @param referralsWithErrors    referrals in {@link ImpactReport#errors} (all of them, even beyond the listed ones)
     */
    public record Totals(long referralsRead, long referralsReplayed, long childrenReplayed, long referralsChanged, long childrenChanged,
                         long childrenLevelChanged, long childrenLevelRaised, long childrenLevelLowered, long childrenPrimaryChanged,
                         long socialCareChildrenPublished, long socialCareChildrenDraft, long publishedAnswersReused,
                         long referralsUnaffectedByDraft, long referralsWithErrors) {
    }

    /**
     * {@code children[i][j]}: children at level {@code levels[i]} under the published rule set and {@code levels[j]}
     * under the draft. Labels are each rule set's own (the Level table's output).
     */
    public record LevelMatrix(List<Integer> levels, Map<Integer, String> publishedLabels, Map<Integer, String> draftLabels,
                              long[][] children) {
        /** Children moved from {@code published} to {@code draft} level. */
        public long count(int published, int draft) {
            return children[levels.indexOf(published)][levels.indexOf(draft)];
        }
    }

    /** {@code children} children had primary pathway {@code from} under the published rule set and {@code to} under the draft. */
    public record PathwayMove(String from, String fromLabel, String to, String toLabel, long children) {
        public boolean changed() {
            return !from.equals(to);
        }
    }

    /** A non-primary pathway: children it was recommended to under each rule set; a label is null where that set never gave it. */
    public record RouteCount(String code, String publishedLabel, String draftLabel, long published, long draft) {
    }

    /**
     * One age band or referrer type. {@code referrals}: referrals with a child in the group (by referrer type: every
     * referral of that type); {@code referralsChanged}: those with a changed child in the group.
     */
    public record GroupImpact(String group, long referrals, long children, long referralsChanged, long childrenChanged,
                              long childrenLevelChanged, long childrenLevelRaised, long childrenLevelLowered,
                              long childrenPrimaryChanged) {
    }

    /** @param problem what stopped the replay, naming the rule set ("draft" or "published"); never case facts */
    public record ReplayError(String referralId, String problem) {
    }

    /** Age bands of children, as the report names them: unborn, 0-4, 5-10, 11-15, 16-17 (years at the contact). */
    public enum AgeBand {
        UNBORN("unborn"), UNDER_5("0-4"), FROM_5_TO_10("5-10"), FROM_11_TO_15("11-15"), FROM_16_TO_17("16-17"), UNKNOWN("unknown");

        private final String label;

        AgeBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static AgeBand of(Integer ageYears, Integer unbornWeeks) {
            if (ageYears == null) {
                return unbornWeeks != null ? UNBORN : UNKNOWN;
            }
            return ageYears < 5 ? UNDER_5 : ageYears <= 10 ? FROM_5_TO_10 : ageYears <= 15 ? FROM_11_TO_15 : FROM_16_TO_17;
        }
    }
}
