package org.frontdoor.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.frontdoor.decision.WorkingDayCalendar;
import org.frontdoor.referral.FollowUpDue;
import org.frontdoor.referral.FollowUps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Contacts awaiting a decision, an authorisation or a ratification, in due order, with red/amber/green against the
 * due time, and step-down or closure checks that are due. Ratified referrals leave the queue.
 *
 * <p>The clock: a decision is due one working day from receipt, but a pathway due sooner brings it forward (a
 * same-day strategy discussion is due today). Until a practitioner decides, the recommended pathways' due times
 * count (as the recommendation gave them); once they have, the decided pathways' (from the Pathway table of the rule
 * set in force). A ratification is due one working day from receipt, as before.
 */
@Service
public class WorkQueue {
    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final QueueProperties properties;
    private final Clock clock;
    private final FollowUps followUps;

    private final org.frontdoor.rules.RuleSetCatalog ruleSets;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    WorkQueue(JdbcClient jdbc, WorkingDayCalendar calendar, QueueProperties properties, Clock clock, FollowUps followUps,
              org.frontdoor.rules.RuleSetCatalog ruleSets, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.ruleSets = ruleSets;
        this.json = json;
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    private record Waiting(String referralId, Instant receivedAt, String status, int children, int highestLevel,
                           Integer decidedLevel, String recommendation, String reference, String allocatedTo) {
        int level() {
            return decidedLevel != null ? decidedLevel : highestLevel;
        }
    }

    /** A due time and what is due then. */
    private record Due(Instant at, String what) {
    }

    public List<QueueItem> items() {
        Instant now = clock.instant();
        org.frontdoor.rules.PathwayRows table = new org.frontdoor.rules.PathwayRows(ruleSets.active());
        List<QueueItem> items = new ArrayList<>();
        for (Waiting w : waiting()) {
            String kind = kind(w.status());
            Due due = "ratification".equals(kind) ? new Due(calendar.due(w.receivedAt(), 1, "working-days"), kind) : due(w, kind, table);
            items.add(new QueueItem(w.referralId(), kind, w.receivedAt(), due.at(), rag(now, due.at()), w.children(), w.level(),
                    due.what(), w.decidedLevel() != null, w.reference(), w.allocatedTo()));
        }
        // step-down and closure checks due today or earlier: red once their day has passed, amber on the day
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        for (FollowUpDue f : followUps.due(today)) {
            Instant endOfDay = f.checkOn().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            Waiting w = referral(f.referralId());
            items.add(new QueueItem(f.referralId(), "follow-up", w.receivedAt(), endOfDay, rag(now, endOfDay), w.children(), w.level(),
                    "follow-up", w.decidedLevel() != null, w.reference(), w.allocatedTo()));
        }
        items.sort(Comparator.comparing(QueueItem::dueBy).thenComparing(QueueItem::referralId));
        return List.copyOf(items);
    }

    private static final String SELECT = """
            SELECT r.id, r.reference, a.allocated_to, r.received_at, d.status, r.recommendation_json,
                   (SELECT COUNT(*) FROM referral_child c WHERE c.referral_id = r.id) AS children,
                   (SELECT MAX(c.level) FROM referral_child c WHERE c.referral_id = r.id) AS highest_level,
                   (SELECT MAX(cd.final_level) FROM referral_child_decision cd WHERE cd.referral_id = r.id) AS decided_level
            FROM referral r LEFT JOIN referral_decision d ON d.referral_id = r.id
            LEFT JOIN referral_allocation a ON a.referral_id = r.id
            """;

    /**
     * The decision's deadline (one working day from receipt) or, if sooner, the earliest pathway's due time: the
     * recommended pathways' until there is a decision, then the decided pathways'.
     */
    private Due due(Waiting w, String kind, org.frontdoor.rules.PathwayRows table) {
        Due due = new Due(calendar.due(w.receivedAt(), 1, "working-days"), kind);
        java.util.Map<String, Instant> recommended = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        try {
            for (com.fasterxml.jackson.databind.JsonNode child : json.readTree(w.recommendation()).path("children")) {
                for (com.fasterxml.jackson.databind.JsonNode p : child.path("pathways")) {
                    if (p.hasNonNull("dueBy")) {
                        Instant at = json.treeToValue(p.path("dueBy"), Instant.class);   // as the recommendation was written
                        recommended.merge(p.path("code").asText(), at, (a, b) -> a.isBefore(b) ? a : b);
                        labels.put(p.path("code").asText(), p.path("label").asText());
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            return due;   // a recommendation the queue cannot read keeps the decision's deadline
        }
        List<String> codes = w.decidedLevel() == null ? List.copyOf(recommended.keySet()) : decidedPathways(w.referralId());
        for (String code : codes) {
            Instant at = recommended.get(code);
            String label = labels.get(code);
            if (at == null) {
                java.util.Optional<org.frontdoor.rules.PathwayRows.Row> row = table.pathway(code);
                if (row.isEmpty()) {
                    continue;
                }
                at = calendar.due(w.receivedAt(), row.get().amount(), row.get().unit());
                label = row.get().label();
            }
            if (at.isBefore(due.at())) {
                due = new Due(at, label);
            }
        }
        return due;
    }

    private List<String> decidedPathways(String referralId) {
        return jdbc.sql("SELECT DISTINCT pathway_code FROM referral_child_decision_pathway WHERE referral_id = ?").param(referralId)
                .query(String.class).list();
    }

    private List<Waiting> waiting() {
        return jdbc.sql(SELECT + "WHERE d.referral_id IS NULL OR d.status <> 'ratified'").query(this::waiting).list();
    }

    private Waiting referral(String id) {
        return jdbc.sql(SELECT + "WHERE r.id = ?").param(id).query(this::waiting).single();
    }

    private Waiting waiting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        int decided = rs.getInt("decided_level");
        Integer decidedLevel = rs.wasNull() ? null : decided;   // read before any other column: wasNull is about the last read
        return new Waiting(rs.getString("id"), rs.getTimestamp("received_at").toInstant(), rs.getString("status"),
                rs.getInt("children"), rs.getInt("highest_level"), decidedLevel, rs.getString("recommendation_json"),
                rs.getString("reference"), rs.getString("allocated_to"));
    }

    private static String kind(String status) {
        if (status == null) {
            return "decision";
        }
        return switch (status) {
            case "awaiting-authorisation" -> "authorisation";
            case "awaiting-ratification" -> "ratification";
            default -> "decision";
        };
    }

    String rag(Instant now, Instant due) {
        if (now.isAfter(due)) {
            return "red";
        }
        return now.plus(properties.amber()).isBefore(due) ? "green" : "amber";
    }
}
