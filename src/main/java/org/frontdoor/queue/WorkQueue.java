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
 * Contacts awaiting a decision, an authorisation or a ratification, due within one working day of receipt, in due
 * order, with red/amber/green against the due time, and step-down or closure checks that are due. Ratified
 * referrals leave the queue.
 */
@Service
public class WorkQueue {
    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final QueueProperties properties;
    private final Clock clock;
    private final FollowUps followUps;

    WorkQueue(JdbcClient jdbc, WorkingDayCalendar calendar, QueueProperties properties, Clock clock, FollowUps followUps) {
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    private record Waiting(String referralId, Instant receivedAt, String status, int children, int highestLevel) {
    }

    public List<QueueItem> items() {
        Instant now = clock.instant();
        List<QueueItem> items = new ArrayList<>();
        for (Waiting w : waiting()) {
            Instant due = calendar.due(w.receivedAt(), 1, "working-days");
            items.add(new QueueItem(w.referralId(), kind(w.status()), w.receivedAt(), due, rag(now, due), w.children(), w.highestLevel()));
        }
        // step-down and closure checks due today or earlier: red once their day has passed, amber on the day
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        for (FollowUpDue f : followUps.due(today)) {
            Instant endOfDay = f.checkOn().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            Waiting w = referral(f.referralId());
            items.add(new QueueItem(f.referralId(), "follow-up", w.receivedAt(), endOfDay, rag(now, endOfDay), w.children(), w.highestLevel()));
        }
        items.sort(Comparator.comparing(QueueItem::dueBy).thenComparing(QueueItem::referralId));
        return List.copyOf(items);
    }

    private static final String SELECT = """
            SELECT r.id, r.received_at, d.status,
                   (SELECT COUNT(*) FROM referral_child c WHERE c.referral_id = r.id) AS children,
                   (SELECT MAX(c.level) FROM referral_child c WHERE c.referral_id = r.id) AS highest_level
            FROM referral r LEFT JOIN referral_decision d ON d.referral_id = r.id
            """;

    private List<Waiting> waiting() {
        return jdbc.sql(SELECT + "WHERE d.referral_id IS NULL OR d.status <> 'ratified'").query(this::waiting).list();
    }

    private Waiting referral(String id) {
        return jdbc.sql(SELECT + "WHERE r.id = ?").param(id).query(this::waiting).single();
    }

    private Waiting waiting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Waiting(rs.getString("id"), rs.getTimestamp("received_at").toInstant(), rs.getString("status"),
                rs.getInt("children"), rs.getInt("highest_level"));
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
