package org.frontdoor.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.frontdoor.report.FrontDoorReports;
import org.frontdoor.report.FrontDoorReports.ChildFacts;
import org.frontdoor.report.FrontDoorReports.Facts;
import org.frontdoor.report.FrontDoorReports.RuleFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges referrals recorded by the service before (now - {@code frontdoor.retention.period}): batch by batch, each in one transaction,
 * their facts are added to the anonymised counts the reports read, then the referral and everything recorded about it
 * (children, decisions, overrides, feedback, follow-up, idempotency keys and its audit trail) is deleted. A purge log
 * row says when, the cut-off and how many; nothing about any referral. Logs carry counts only.
 */
@Service
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionPurge {
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    /** Tables holding rows of a referral, children first: each is cleared for the batch before the referral goes. */
    static final List<String> DEPENDENT_TABLES = List.of("audit_event", "referral_override_rule", "referral_child_decision_pathway",
            "referral_child_decision", "referral_decision", "referral_feedback", "referral_follow_up", "idempotency_key", "referral_allocation", "referral_child");

    /** One purge: the cut-off and how many referrals and children went. */
    public record Purged(Instant cutOff, int referrals, int children) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final FrontDoorReports reports;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionPurge(JdbcClient jdbc, TransactionTemplate tx, FrontDoorReports reports, RetentionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    public RetentionProperties properties() {
        return properties;
    }

    /** Referrals recorded before this instant are due to be purged now. */
    public Instant cutOff() {
        return clock.instant().atZone(ZoneOffset.UTC).minus(properties.period()).toInstant();
    }

    @Scheduled(cron = "${frontdoor.retention.schedule:0 30 2 * * *}")
    void onSchedule() {
        purge();
    }

    /** Purges every referral older than the retention period; returns how many went. */
    public Purged purge() {
        Instant cutOff = cutOff();
        int referrals = 0;
        int children = 0;
        while (true) {
            int[] batch = tx.execute(s -> purgeBatch(cutOff));
            if (batch[0] == 0) {
                break;
            }
            referrals += batch[0];
            children += batch[1];
        }
        int totalReferrals = referrals;
        int totalChildren = children;
        tx.executeWithoutResult(s -> jdbc.sql("INSERT INTO retention_purge (run_at, cut_off, referrals, children) VALUES (?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), Timestamp.from(cutOff), totalReferrals, totalChildren).update());
        log.info("Retention purge: {} referrals ({} children) recorded before the cut-off were purged", referrals, children);
        return new Purged(cutOff, referrals, children);
    }

    private int[] purgeBatch(Instant cutOff) {
        // by when the service recorded the referral, never by the receipt time a client gave
        List<String> ids = jdbc.sql("SELECT id FROM referral WHERE recorded_at < ? ORDER BY recorded_at, id LIMIT " + properties.batch())
                .param(Timestamp.from(cutOff)).query(String.class).list();
        if (ids.isEmpty()) {
            return new int[] {0, 0};
        }
        Facts facts = reports.factsOf(ids);
        count(facts);
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        Object[] params = ids.toArray();
        jdbc.sql("UPDATE referral SET purging = TRUE WHERE id IN (" + in + ")").params(params).update();   // lets the audit trail go
        for (String table : DEPENDENT_TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE referral_id IN (" + in + ")").params(params).update();
        }
        jdbc.sql("DELETE FROM referral WHERE id IN (" + in + ")").params(params).update();
        int children = facts.children().stream().mapToInt(ChildFacts::children).sum();
        return new int[] {ids.size(), children};
    }

    /** Adds the batch's facts to the anonymised counts, grouped so that equal facts make one row. */
    private void count(Facts facts) {
        Map<ChildFacts, Integer> children = facts.children().stream()
                .collect(Collectors.groupingBy(f -> withCount(f, 1), Collectors.summingInt(ChildFacts::children)));
        children.forEach((f, n) -> jdbc.sql("""
                INSERT INTO purged_child_statistic (contact_month, first_of_contact, outcome_level, outcome_primary, social_care, re_referral,
                    decided, overridden, contact_decided, decided_in_time, ratified, ratified_in_time, consent_status, medium_risk_da, children)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Date.valueOf(f.month()), f.firstOfContact(), f.outcomeLevel(), f.outcomePrimary(), f.socialCare(), f.reReferral(),
                        f.decided(), f.overridden(), f.contactDecided(), f.decidedInTime(), f.ratified(), f.ratifiedInTime(),
                        f.consentStatus(), f.mediumRiskDomesticAbuse(), n).update());
        record RuleKey(LocalDate month, String ruleId, boolean mandatory) {
        }
        Map<RuleKey, List<RuleFacts>> rules = facts.rules().stream()
                .collect(Collectors.groupingBy(r -> new RuleKey(r.month(), r.ruleId(), r.mandatory())));
        rules.forEach((k, list) -> jdbc.sql("INSERT INTO purged_rule_statistic (contact_month, rule_id, mandatory, fired, overridden) VALUES (?, ?, ?, ?, ?)")
                .params(Date.valueOf(k.month()), k.ruleId(), k.mandatory(), list.stream().mapToInt(RuleFacts::fired).sum(),
                        list.stream().mapToInt(RuleFacts::overridden).sum()).update());
    }

    private static ChildFacts withCount(ChildFacts f, int n) {
        return new ChildFacts(f.month(), f.firstOfContact(), f.outcomeLevel(), f.outcomePrimary(), f.socialCare(), f.reReferral(),
                f.decided(), f.overridden(), f.contactDecided(), f.decidedInTime(), f.ratified(), f.ratifiedInTime(), f.consentStatus(),
                f.mediumRiskDomesticAbuse(), n);
    }

    /** The latest purges, newest first. */
    public List<Map<String, Object>> lastPurges(int n) {
        return jdbc.sql("SELECT run_at, cut_off, referrals, children FROM retention_purge ORDER BY id DESC LIMIT " + n)
                .query((rs, i) -> Map.<String, Object>of("runAt", rs.getTimestamp(1).toInstant(), "cutOff", rs.getTimestamp(2).toInstant(),
                        "referrals", rs.getInt(3), "children", rs.getInt(4)))
                .list();
    }
}
