package org.frontdoor.impact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.frontdoor.decision.Assessment.Level;
import org.frontdoor.decision.Assessment;
import org.frontdoor.decision.ChildHistory;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.decision.Outcome;
import org.frontdoor.decision.ThresholdDecisions;
import org.frontdoor.impact.ImpactReport.AgeBand;
import org.frontdoor.impact.ImpactReport.ReplayError;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What an impact analysis counts while it replays referrals, and the report made from the counts. */
final class ImpactTally {
    private ImpactTally() {
    }

    /** Counts of one group (age band or referrer type); mutable, confined to one thread until merged. */
    static final class GroupTally {
        long referrals;
        long children;
        long referralsChanged;
        long childrenChanged;
        long levelChanged;
        long levelRaised;
        long levelLowered;
        long primaryChanged;

        void merge(GroupTally o) {
            referrals += o.referrals;
            children += o.children;
            referralsChanged += o.referralsChanged;
            childrenChanged += o.childrenChanged;
            levelChanged += o.levelChanged;
            levelRaised += o.levelRaised;
            levelLowered += o.levelLowered;
            primaryChanged += o.primaryChanged;
        }

        void child(Outcome before, Outcome after) {
            children++;
            int b = before.level().value();
            int a = after.level().value();
            boolean primary = !before.primary().code().equals(after.primary().code());
            if (a != b || primary) {
                childrenChanged++;
            }
            if (a != b) {
                levelChanged++;
            }
            if (a > b) {
                levelRaised++;
            }
            if (a < b) {
                levelLowered++;
            }
            if (primary) {
                primaryChanged++;
            }
        }

        ImpactReport.GroupImpact report(String group) {
            return new ImpactReport.GroupImpact(group, referrals, children, referralsChanged, childrenChanged, levelChanged,
                    levelRaised, levelLowered, primaryChanged);
        }
    }

    /** Everything the report counts; one per chunk of rows, merged into the run's total. */
    static final class Tally {
        long read;
        long reused;
        long unaffected;
        long errorCount;
        final List<ReplayError> errors = new ArrayList<>();
        final Map<Integer, Map<Integer, Long>> levels = new HashMap<>();
        final Map<Integer, String> oldLevelLabels = new HashMap<>();
        final Map<Integer, String> newLevelLabels = new HashMap<>();
        final Map<String, Map<String, Long>> primaries = new HashMap<>();
        final Map<String, String> oldLabels = new HashMap<>();
        final Map<String, String> newLabels = new HashMap<>();
        final Map<String, long[]> routes = new HashMap<>();
        final Map<AgeBand, GroupTally> bands = new java.util.EnumMap<>(AgeBand.class);
        final Map<String, GroupTally> referrers = new HashMap<>();
        final GroupTally all = new GroupTally();
        long socialCareOld;
        long socialCareNew;
        final List<Changed> changed = new ArrayList<>();

        record Changed(Timestamp receivedAt, String id) {
        }

        void error(String id, String problem) {
            errorCount++;
            if (errors.size() < ImpactAnalysis.MAX_ERRORS_LISTED) {
                errors.add(new ReplayError(id, problem));
            }
        }

        void add(ImpactAnalysis.Row row, Contact contact, List<Outcome> before, List<Outcome> after) {
            all.referrals++;
            GroupTally referrer = referrers.computeIfAbsent(row.referrerType(), k -> new GroupTally());
            referrer.referrals++;
            Map<AgeBand, Boolean> bandChanged = new java.util.EnumMap<>(AgeBand.class);
            boolean anyChanged = false;
            for (int i = 0; i < before.size(); i++) {
                Outcome b = before.get(i);
                Outcome a = after.get(i);
                Contact.Child child = contact.children().get(i);
                AgeBand band = AgeBand.of(child.ageYears(), child.unbornWeeks());
                boolean changed = b.level().value() != a.level().value() || !b.primary().code().equals(a.primary().code());
                anyChanged |= changed;
                bandChanged.merge(band, changed, Boolean::logicalOr);
                all.child(b, a);
                referrer.child(b, a);
                bands.computeIfAbsent(band, k -> new GroupTally()).child(b, a);

                levels.computeIfAbsent(b.level().value(), k -> new HashMap<>()).merge(a.level().value(), 1L, Long::sum);
                oldLevelLabels.putIfAbsent(b.level().value(), b.level().label());
                newLevelLabels.putIfAbsent(a.level().value(), a.level().label());
                primaries.computeIfAbsent(b.primary().code(), k -> new HashMap<>()).merge(a.primary().code(), 1L, Long::sum);
                oldLabels.putIfAbsent(b.primary().code(), b.primary().label());
                newLabels.putIfAbsent(a.primary().code(), a.primary().label());
                socialCareOld += b.primary().socialCare() ? 1 : 0;
                socialCareNew += a.primary().socialCare() ? 1 : 0;
                for (Outcome.Route r : b.additionalRoutes()) {
                    routes.computeIfAbsent(r.code(), k -> new long[2])[0]++;
                    oldLabels.putIfAbsent(r.code(), r.label());
                }
                for (Outcome.Route r : a.additionalRoutes()) {
                    routes.computeIfAbsent(r.code(), k -> new long[2])[1]++;
                    newLabels.putIfAbsent(r.code(), r.label());
                }
            }
            bandChanged.forEach((band, changed) -> {
                GroupTally t = bands.get(band);
                t.referrals++;
                t.referralsChanged += changed ? 1 : 0;
            });
            if (anyChanged) {
                all.referralsChanged++;
                referrer.referralsChanged++;
                changed.add(new Changed(row.receivedAt(), row.id()));
            }
        }

        void merge(Tally o) {
            read += o.read;
            reused += o.reused;
            unaffected += o.unaffected;
            errorCount += o.errorCount;
            o.errors.forEach(e -> {
                if (errors.size() < ImpactAnalysis.MAX_ERRORS_LISTED) {
                    errors.add(e);
                }
            });
            o.levels.forEach((b, m) -> m.forEach((a, n) -> levels.computeIfAbsent(b, k -> new HashMap<>()).merge(a, n, Long::sum)));
            o.oldLevelLabels.forEach(oldLevelLabels::putIfAbsent);
            o.newLevelLabels.forEach(newLevelLabels::putIfAbsent);
            o.primaries.forEach((b, m) -> m.forEach((a, n) -> primaries.computeIfAbsent(b, k -> new HashMap<>()).merge(a, n, Long::sum)));
            o.oldLabels.forEach(oldLabels::putIfAbsent);
            o.newLabels.forEach(newLabels::putIfAbsent);
            o.routes.forEach((code, n) -> {
                long[] mine = routes.computeIfAbsent(code, k -> new long[2]);
                mine[0] += n[0];
                mine[1] += n[1];
            });
            o.bands.forEach((band, t) -> bands.computeIfAbsent(band, k -> new GroupTally()).merge(t));
            o.referrers.forEach((type, t) -> referrers.computeIfAbsent(type, k -> new GroupTally()).merge(t));
            all.merge(o.all);
            socialCareOld += o.socialCareOld;
            socialCareNew += o.socialCareNew;
            changed.addAll(o.changed);
        }

        ImpactReport report(ReplayWorkerMain.Side published, ReplayWorkerMain.Side draft, Instant from, Instant to, long elapsedMillis) {
            List<Integer> levelValues = List.of(1, 2, 3, 4);
            List<Integer> seen = new ArrayList<>(levelValues);
            levels.forEach((b, m) -> {
                if (!seen.contains(b)) {
                    seen.add(b);
                }
                m.keySet().forEach(a -> {
                    if (!seen.contains(a)) {
                        seen.add(a);
                    }
                });
            });
            seen.sort(Integer::compare);
            long[][] matrix = new long[seen.size()][seen.size()];
            levels.forEach((b, m) -> m.forEach((a, n) -> matrix[seen.indexOf(b)][seen.indexOf(a)] = n));

            List<ImpactReport.PathwayMove> moves = new ArrayList<>();
            primaries.forEach((b, m) -> m.forEach((a, n) -> moves.add(new ImpactReport.PathwayMove(b, oldLabels.get(b), a, newLabels.get(a), n))));
            moves.sort(java.util.Comparator.comparing(ImpactReport.PathwayMove::from, ImpactAnalysis::byCode)
                    .thenComparing(ImpactReport.PathwayMove::to, ImpactAnalysis::byCode));

            List<ImpactReport.RouteCount> routeCounts = new ArrayList<>();
            routes.forEach((code, n) -> routeCounts.add(new ImpactReport.RouteCount(code, n[0] > 0 ? oldLabels.get(code) : null,
                    n[1] > 0 ? newLabels.get(code) : null, n[0], n[1])));
            routeCounts.sort(java.util.Comparator.comparing(ImpactReport.RouteCount::code, ImpactAnalysis::byCode));

            List<ImpactReport.GroupImpact> byBand = new ArrayList<>();
            for (AgeBand band : AgeBand.values()) {
                if (bands.containsKey(band) || band != AgeBand.UNKNOWN) {
                    byBand.add(bands.getOrDefault(band, new GroupTally()).report(band.label()));
                }
            }
            List<ImpactReport.GroupImpact> byReferrer = new ArrayList<>();
            referrers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> byReferrer.add(e.getValue().report(e.getKey())));

            List<String> changedIds = changed.stream()
                    .sorted(java.util.Comparator.comparing(Changed::receivedAt).thenComparing(Changed::id)).map(Changed::id).toList();
            List<ReplayError> errorList = errors.stream().sorted(java.util.Comparator.comparing(ReplayError::referralId)).toList();

            ImpactReport.Totals totals = new ImpactReport.Totals(read, all.referrals, all.children, all.referralsChanged, all.childrenChanged,
                    all.levelChanged, all.levelRaised, all.levelLowered, all.primaryChanged, socialCareOld, socialCareNew, reused, unaffected, errorCount);
            return new ImpactReport(new ImpactReport.RuleSetRef(published.version(), published.hash()),
                    new ImpactReport.RuleSetRef(draft.version(), draft.hash()), new ImpactReport.Period(from, to), totals,
                    new ImpactReport.LevelMatrix(List.copyOf(seen), labels(oldLevelLabels), labels(newLevelLabels), matrix),
                    List.copyOf(moves), List.copyOf(routeCounts), List.copyOf(byBand), List.copyOf(byReferrer), changedIds, errorList,
                    elapsedMillis);
        }

        private static Map<Integer, String> labels(Map<Integer, String> byLevel) {
            Map<Integer, String> out = new LinkedHashMap<>();
            byLevel.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }
}
