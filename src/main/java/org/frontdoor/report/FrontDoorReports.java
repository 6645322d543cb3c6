package org.frontdoor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.report.FrontDoorReport.ConsentRefusals;
import org.frontdoor.report.FrontDoorReport.Conversion;
import org.frontdoor.report.FrontDoorReport.MediumRiskDomesticAbuse;
import org.frontdoor.report.FrontDoorReport.OutcomeCount;
import org.frontdoor.report.FrontDoorReport.Overrides;
import org.frontdoor.report.FrontDoorReport.ReReferrals;
import org.frontdoor.report.FrontDoorReport.RuleOverrides;
import org.frontdoor.report.FrontDoorReport.Timeliness;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds the front door's report for a date range from the recorded referrals and the decisions on them, plus the
 * anonymised counts left by the retention purge for months within the range (counted by whole month: a purged
 * month is in a report when its first day is).
 *
 * <p>Everything the report says about a child is first reduced to {@link ChildFacts} (and the rules that fired to
 * {@link RuleFacts}); the purge stores exactly those facts, counted, so a month's figures are the same before and
 * after its referrals are purged.
 */
@Service
public class FrontDoorReports {
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ZoneId zone;

    FrontDoorReports(JdbcClient jdbc, ObjectMapper json, @Value("${frontdoor.calendar.zone:Europe/London}") ZoneId zone) {
        this.jdbc = jdbc;
        this.json = json;
        this.zone = zone;
    }

    /** What the report counts about a child of a contact; {@code children} of them (1 for a recorded child). No identifiers. */
    public record ChildFacts(LocalDate month, boolean firstOfContact, int outcomeLevel, String outcomePrimary, boolean socialCare,
                             boolean reReferral, boolean decided, boolean overridden, boolean contactDecided, boolean decidedInTime,
                             boolean ratified, boolean ratifiedInTime, String consentStatus, boolean mediumRiskDomesticAbuse, int children) {
    }

    /** A rule that fired in decided recommendations: how often, and how often the practitioner set it aside. */
    public record RuleFacts(LocalDate month, String ruleId, boolean mandatory, int fired, int overridden) {
    }

    /** The facts of some children, and of the rules in their recommendations. */
    public record Facts(List<ChildFacts> children, List<RuleFacts> rules) {
    }

    public FrontDoorReport report(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Facts live = facts("r.received_at >= ? AND r.received_at < ?", start, end);
        Facts purged = purged(from, to);
        List<ChildFacts> children = new ArrayList<>(live.children());
        children.addAll(purged.children());
        List<RuleFacts> rules = new ArrayList<>(live.rules());
        rules.addAll(purged.rules());
        int contacts = sum(children, ChildFacts::firstOfContact);
        return new FrontDoorReport(from, to, contacts, sum(children, c -> true), outcomeMix(children), conversion(children),
                reReferrals(children), overrides(children, rules), timeliness(children), consent(children, contacts),
                mediumRiskDomesticAbuse(children));
    }

    /** The facts of the given referrals, as the purge stores them. */
    public Facts factsOf(Collection<String> referralIds) {
        if (referralIds.isEmpty()) {
            return new Facts(List.of(), List.of());
        }
        String in = referralIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        return facts("r.id IN (" + in + ")", referralIds.toArray());
    }

    private record ChildRow(String referralId, int position, Timestamp receivedAt, String contactJson, String recommendationJson, int level,
                            String primary, boolean socialCare, String status, Boolean decidedInTime, String ratifiedBy,
                            Boolean ratifiedInTime, Boolean overridden, Integer finalLevel, String finalPrimary) {
    }

    private Facts facts(String where, Object... params) {
        List<ChildRow> rows = jdbc.sql("""
                SELECT r.id, c.position, r.received_at, r.contact_json, r.recommendation_json, c.level, c.primary_pathway, c.social_care,
                       d.status, d.decided_within_one_working_day, d.ratified_by, d.ratified_within_one_working_day,
                       cd.overridden, cd.final_level, cd.final_primary
                FROM referral r JOIN referral_child c ON c.referral_id = r.id
                LEFT JOIN referral_decision d ON d.referral_id = r.id
                LEFT JOIN referral_child_decision cd ON cd.referral_id = r.id AND cd.position = c.position
                WHERE %s
                ORDER BY r.received_at, r.id, c.position""".formatted(where))
                .params(params)
                .query((rs, n) -> new ChildRow(rs.getString(1), rs.getInt(2), rs.getTimestamp(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getString(7), rs.getBoolean(8), rs.getString(9), (Boolean) rs.getObject(10), rs.getString(11),
                        (Boolean) rs.getObject(12), (Boolean) rs.getObject(13), (Integer) rs.getObject(14), rs.getString(15)))
                .list();
        Set<String> overriddenRules = new HashSet<>(jdbc.sql("""
                SELECT o.referral_id, o.position, o.rule_id FROM referral_override_rule o JOIN referral r ON r.id = o.referral_id
                WHERE %s""".formatted(where))
                .params(params).query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3)).list());
        Map<String, JsonNode> documents = new HashMap<>();
        List<ChildFacts> children = new ArrayList<>();
        List<RuleFacts> rules = new ArrayList<>();
        for (ChildRow r : rows) {
            LocalDate month = r.receivedAt().toInstant().atZone(zone).toLocalDate().withDayOfMonth(1);
            JsonNode contact = parse("c/" + r.referralId(), r.contactJson(), documents);
            JsonNode child = parse("r/" + r.referralId(), r.recommendationJson(), documents).path("children").path(r.position());
            int level = r.finalLevel() != null ? r.finalLevel() : r.level();
            String primary = r.finalPrimary() != null ? r.finalPrimary() : r.primary();
            children.add(new ChildFacts(month, r.position() == 0, level, primary, r.socialCare(),
                    r.socialCare() && child.path("history").path("reReferral").asBoolean(false),
                    r.overridden() != null, Boolean.TRUE.equals(r.overridden()), r.status() != null, Boolean.TRUE.equals(r.decidedInTime()),
                    r.ratifiedBy() != null, Boolean.TRUE.equals(r.ratifiedInTime()), contact.path("consent").path("status").asText(""),
                    "medium".equals(contact.path("domesticAbuse").path("riskLevel").asText("")), 1));
            if (r.overridden() != null) {
                for (JsonNode reason : child.path("rationale")) {
                    String ruleId = reason.path("ruleId").asText();
                    rules.add(new RuleFacts(month, ruleId, reason.path("mandatory").asBoolean(false), 1,
                            overriddenRules.contains(r.referralId() + "/" + r.position() + "/" + ruleId) ? 1 : 0));
                }
            }
        }
        return new Facts(children, rules);
    }

    private Facts purged(LocalDate from, LocalDate to) {
        List<ChildFacts> children = jdbc.sql("""
                SELECT contact_month, first_of_contact, outcome_level, outcome_primary, social_care, re_referral, decided, overridden,
                       contact_decided, decided_in_time, ratified, ratified_in_time, consent_status, medium_risk_da, children
                FROM purged_child_statistic WHERE contact_month >= ? AND contact_month <= ?""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new ChildFacts(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5),
                        rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11),
                        rs.getBoolean(12), rs.getString(13), rs.getBoolean(14), rs.getInt(15)))
                .list();
        List<RuleFacts> rules = jdbc.sql("SELECT contact_month, rule_id, mandatory, fired, overridden FROM purged_rule_statistic WHERE contact_month >= ? AND contact_month <= ?")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new RuleFacts(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5)))
                .list();
        return new Facts(children, rules);
    }

    private static int sum(List<ChildFacts> children, java.util.function.Predicate<ChildFacts> which) {
        return children.stream().filter(which).mapToInt(ChildFacts::children).sum();
    }

    private static List<OutcomeCount> outcomeMix(List<ChildFacts> children) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, OutcomeCount> keys = new HashMap<>();
        for (ChildFacts c : children) {
            String key = c.outcomeLevel() + "/" + c.outcomePrimary();
            counts.computeIfAbsent(key, k -> new int[1])[0] += c.children();
            keys.putIfAbsent(key, new OutcomeCount(c.outcomeLevel(), c.outcomePrimary(), 0));
        }
        return counts.entrySet().stream().map(e -> new OutcomeCount(keys.get(e.getKey()).level(), keys.get(e.getKey()).primaryPathway(), e.getValue()[0]))
                .sorted(Comparator.comparingInt(OutcomeCount::level).thenComparing(OutcomeCount::primaryPathway)).toList();
    }

    private static Conversion conversion(List<ChildFacts> children) {
        return new Conversion(sum(children, c -> true), sum(children, ChildFacts::socialCare),
                sum(children, c -> c.socialCare() && c.outcomeLevel() == 4));
    }

    private static ReReferrals reReferrals(List<ChildFacts> children) {
        int referrals = sum(children, ChildFacts::socialCare);
        int reReferrals = sum(children, c -> c.socialCare() && c.reReferral());
        return new ReReferrals(referrals, reReferrals, share(reReferrals, referrals));
    }

    private static Overrides overrides(List<ChildFacts> children, List<RuleFacts> ruleFacts) {
        int decided = sum(children, ChildFacts::decided);
        int overridden = sum(children, ChildFacts::overridden);
        Map<String, int[]> byRule = new TreeMap<>();
        Map<String, Boolean> mandatory = new HashMap<>();
        for (RuleFacts r : ruleFacts) {
            int[] counts = byRule.computeIfAbsent(r.ruleId(), k -> new int[2]);
            counts[0] += r.fired();
            counts[1] += r.overridden();
            mandatory.merge(r.ruleId(), r.mandatory(), Boolean::logicalOr);
        }
        List<RuleOverrides> rules = new ArrayList<>();
        byRule.forEach((ruleId, c) -> rules.add(new RuleOverrides(ruleId, c[0], c[1], share(c[1], c[0]), mandatory.get(ruleId))));
        rules.sort(Comparator.comparingInt(RuleOverrides::overridden).reversed()
                .thenComparing(r -> -(r.rate() == null ? 0 : r.rate())).thenComparing(RuleOverrides::ruleId));
        return new Overrides(decided, overridden, share(overridden, decided), List.copyOf(rules));
    }

    private static Timeliness timeliness(List<ChildFacts> children) {
        int decided = sum(children, c -> c.firstOfContact() && c.contactDecided());
        int decidedInTime = sum(children, c -> c.firstOfContact() && c.contactDecided() && c.decidedInTime());
        int ratified = sum(children, c -> c.firstOfContact() && c.ratified());
        int ratifiedInTime = sum(children, c -> c.firstOfContact() && c.ratified() && c.ratifiedInTime());
        return new Timeliness(decided, decidedInTime, share(decidedInTime, decided), ratified, ratifiedInTime, share(ratifiedInTime, ratified));
    }

    private static ConsentRefusals consent(List<ChildFacts> children, int contacts) {
        int refused = sum(children, c -> c.firstOfContact() && "refused".equals(c.consentStatus()));
        int risk = sum(children, c -> c.firstOfContact() && "not-sought-risk".equals(c.consentStatus()));
        int other = sum(children, c -> c.firstOfContact() && "not-sought-other".equals(c.consentStatus()));
        return new ConsentRefusals(contacts, refused, risk, other, share(refused, contacts));
    }

    private static MediumRiskDomesticAbuse mediumRiskDomesticAbuse(List<ChildFacts> children) {
        return new MediumRiskDomesticAbuse(sum(children, ChildFacts::mediumRiskDomesticAbuse),
                sum(children, c -> c.mediumRiskDomesticAbuse() && c.outcomeLevel() != 1 && c.outcomeLevel() != 4),
                sum(children, c -> c.mediumRiskDomesticAbuse() && c.outcomeLevel() == 1),
                sum(children, c -> c.mediumRiskDomesticAbuse() && c.outcomeLevel() == 4));
    }

    private JsonNode parse(String key, String text, Map<String, JsonNode> documents) {
        return documents.computeIfAbsent(key, k -> {
            try {
                return json.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
