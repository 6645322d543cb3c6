package org.frontdoor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

/** Builds the front door's report for a date range from the recorded referrals and the decisions on them. */
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

    private record ChildRow(String referralId, int position, String contactJson, String recommendationJson, int level,
                            String primary, boolean socialCare, String status, Boolean decidedInTime, String ratifiedBy,
                            Boolean ratifiedInTime, Boolean overridden, Integer finalLevel, String finalPrimary) {
        int outcomeLevel() {
            return finalLevel != null ? finalLevel : level;
        }

        String outcomePrimary() {
            return finalPrimary != null ? finalPrimary : primary;
        }
    }

    public FrontDoorReport report(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        List<ChildRow> rows = jdbc.sql("""
                SELECT r.id, c.position, r.contact_json, r.recommendation_json, c.level, c.primary_pathway, c.social_care,
                       d.status, d.decided_within_one_working_day, d.ratified_by, d.ratified_within_one_working_day,
                       cd.overridden, cd.final_level, cd.final_primary
                FROM referral r JOIN referral_child c ON c.referral_id = r.id
                LEFT JOIN referral_decision d ON d.referral_id = r.id
                LEFT JOIN referral_child_decision cd ON cd.referral_id = r.id AND cd.position = c.position
                WHERE r.received_at >= ? AND r.received_at < ?
                ORDER BY r.received_at, r.id, c.position""")
                .params(start, end)
                .query((rs, n) -> new ChildRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8), (Boolean) rs.getObject(9), rs.getString(10),
                        (Boolean) rs.getObject(11), (Boolean) rs.getObject(12), (Integer) rs.getObject(13), rs.getString(14)))
                .list();
        Set<String> overriddenRules = new HashSet<>(jdbc.sql("""
                SELECT o.referral_id, o.position, o.rule_id FROM referral_override_rule o JOIN referral r ON r.id = o.referral_id
                WHERE r.received_at >= ? AND r.received_at < ?""")
                .params(start, end).query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3)).list());

        Map<String, JsonNode> documents = new HashMap<>();
        Map<String, ChildRow> firstRowOfReferral = new LinkedHashMap<>();
        rows.forEach(r -> firstRowOfReferral.putIfAbsent(r.referralId(), r));
        return new FrontDoorReport(from, to, firstRowOfReferral.size(), rows.size(), outcomeMix(rows),
                conversion(rows), reReferrals(rows, documents), overrides(rows, overriddenRules, documents),
                timeliness(firstRowOfReferral.values()), consent(firstRowOfReferral.values(), documents),
                mediumRiskDomesticAbuse(rows, documents));
    }

    private static List<OutcomeCount> outcomeMix(List<ChildRow> rows) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, OutcomeCount> keys = new HashMap<>();
        for (ChildRow r : rows) {
            String key = r.outcomeLevel() + "/" + r.outcomePrimary();
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            keys.putIfAbsent(key, new OutcomeCount(r.outcomeLevel(), r.outcomePrimary(), 0));
        }
        return counts.entrySet().stream().map(e -> new OutcomeCount(keys.get(e.getKey()).level(), keys.get(e.getKey()).primaryPathway(), e.getValue()[0]))
                .sorted(Comparator.comparingInt(OutcomeCount::level).thenComparing(OutcomeCount::primaryPathway)).toList();
    }

    private static Conversion conversion(List<ChildRow> rows) {
        int referrals = (int) rows.stream().filter(ChildRow::socialCare).count();
        int assessments = (int) rows.stream().filter(r -> r.socialCare() && r.outcomeLevel() == 4).count();
        return new Conversion(rows.size(), referrals, assessments);
    }

    private ReReferrals reReferrals(List<ChildRow> rows, Map<String, JsonNode> documents) {
        int referrals = 0;
        int reReferrals = 0;
        for (ChildRow r : rows) {
            if (r.socialCare()) {
                referrals++;
                if (child(r, documents).path("history").path("reReferral").asBoolean(false)) {
                    reReferrals++;
                }
            }
        }
        return new ReReferrals(referrals, reReferrals, share(reReferrals, referrals));
    }

    private Overrides overrides(List<ChildRow> rows, Set<String> overriddenRules, Map<String, JsonNode> documents) {
        int decided = 0;
        int overridden = 0;
        Map<String, int[]> byRule = new TreeMap<>();
        Map<String, Boolean> mandatory = new HashMap<>();
        for (ChildRow r : rows) {
            if (r.overridden() == null) {
                continue;
            }
            decided++;
            overridden += r.overridden() ? 1 : 0;
            for (JsonNode reason : child(r, documents).path("rationale")) {
                String ruleId = reason.path("ruleId").asText();
                int[] counts = byRule.computeIfAbsent(ruleId, k -> new int[2]);
                counts[0]++;
                if (overriddenRules.contains(r.referralId() + "/" + r.position() + "/" + ruleId)) {
                    counts[1]++;
                }
                mandatory.merge(ruleId, reason.path("mandatory").asBoolean(false), Boolean::logicalOr);
            }
        }
        List<RuleOverrides> rules = new ArrayList<>();
        byRule.forEach((ruleId, c) -> rules.add(new RuleOverrides(ruleId, c[0], c[1], share(c[1], c[0]), mandatory.get(ruleId))));
        rules.sort(Comparator.comparingInt(RuleOverrides::overridden).reversed()
                .thenComparing(r -> -(r.rate() == null ? 0 : r.rate())).thenComparing(RuleOverrides::ruleId));
        return new Overrides(decided, overridden, share(overridden, decided), List.copyOf(rules));
    }

    private static Timeliness timeliness(Iterable<ChildRow> referrals) {
        int decided = 0;
        int decidedInTime = 0;
        int ratified = 0;
        int ratifiedInTime = 0;
        for (ChildRow r : referrals) {
            if (r.status() != null) {
                decided++;
                decidedInTime += Boolean.TRUE.equals(r.decidedInTime()) ? 1 : 0;
            }
            if (r.ratifiedBy() != null) {
                ratified++;
                ratifiedInTime += Boolean.TRUE.equals(r.ratifiedInTime()) ? 1 : 0;
            }
        }
        return new Timeliness(decided, decidedInTime, share(decidedInTime, decided), ratified, ratifiedInTime, share(ratifiedInTime, ratified));
    }

    private ConsentRefusals consent(Iterable<ChildRow> referrals, Map<String, JsonNode> documents) {
        int contacts = 0;
        int refused = 0;
        int risk = 0;
        int other = 0;
        for (ChildRow r : referrals) {
            contacts++;
            String status = contact(r, documents).path("consent").path("status").asText("");
            refused += "refused".equals(status) ? 1 : 0;
            risk += "not-sought-risk".equals(status) ? 1 : 0;
            other += "not-sought-other".equals(status) ? 1 : 0;
        }
        return new ConsentRefusals(contacts, refused, risk, other, share(refused, contacts));
    }

    private MediumRiskDomesticAbuse mediumRiskDomesticAbuse(List<ChildRow> rows, Map<String, JsonNode> documents) {
        int children = 0;
        int earlyHelp = 0;
        int none = 0;
        int socialCare = 0;
        for (ChildRow r : rows) {
            if (!"medium".equals(contact(r, documents).path("domesticAbuse").path("riskLevel").asText(""))) {
                continue;
            }
            children++;
            int level = r.outcomeLevel();
            if (level == 1) {
                none++;
            } else if (level == 4) {
                socialCare++;
            } else {
                earlyHelp++;
            }
        }
        return new MediumRiskDomesticAbuse(children, earlyHelp, none, socialCare);
    }

    private JsonNode child(ChildRow r, Map<String, JsonNode> documents) {
        return parse("r/" + r.referralId(), r.recommendationJson(), documents).path("children").path(r.position());
    }

    private JsonNode contact(ChildRow r, Map<String, JsonNode> documents) {
        return parse("c/" + r.referralId(), r.contactJson(), documents);
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
