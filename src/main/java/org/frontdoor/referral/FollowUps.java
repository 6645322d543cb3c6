package org.frontdoor.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.referral.DecisionStore.ChildRow;
import org.frontdoor.referral.DecisionStore.ReferralFacts;
import org.frontdoor.referral.DecisionStore.StateRow;
import org.frontdoor.referral.InvalidDecision.Problem;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.security.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step-down and closure tracking (domain.md §5.2 item 9): when a ratified decision closes to advice or no further
 * action or steps down to early help, the practitioner records who the family was handed to and a date to check that
 * the help was taken up. "Not social care" is read from the Pathway table's socialCare column for every final pathway
 * of every child, never from a list of codes. The queue lists follow-ups due through {@link #due(LocalDate)}.
 */
@Service
public class FollowUps {
    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);
    private static final int MAX_HANDED_TO = 200;

    /** The follow-up as stored and shown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FollowUp(String referralId, String handedTo, LocalDate checkOn, String recordedBy, Instant recordedAt,
                           String checkedBy, Instant checkedAt) {
    }

    /** Who the family was handed to, and the date (yyyy-mm-dd) to check on them. */
    public record FollowUpRequest(String handedTo, String checkOn) {
    }

    private final JdbcClient jdbc;
    private final DecisionStore decisions;
    private final RuleSetCatalog ruleSets;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    FollowUps(JdbcClient jdbc, DecisionStore decisions, RuleSetCatalog ruleSets, AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Follow-ups not yet checked whose check date is on or before the given day, earliest first. */
    public List<FollowUpDue> due(LocalDate onOrBefore) {
        return jdbc.sql("""
                        SELECT referral_id, handed_to, check_on FROM referral_follow_up
                        WHERE checked_at IS NULL AND check_on <= ? ORDER BY check_on, referral_id""")
                .param(onOrBefore)
                .query((rs, n) -> new FollowUpDue(rs.getString("referral_id"), rs.getString("handed_to"), rs.getObject("check_on", LocalDate.class)))
                .list();
    }

    /** Records (or, until checked, corrects) who the family was handed to and when to check; practitioner or manager. */
    public FollowUp record(String referralId, FollowUpRequest request, ActingUser user) {
        ReferralFacts referral = decisions.referral(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
        List<Problem> problems = new ArrayList<>();
        String handedTo = request == null || request.handedTo() == null ? null : request.handedTo().strip();
        if (handedTo == null || handedTo.isEmpty()) {
            problems.add(new Problem("handedTo", "must say who the family was handed to (a service, team or lead practitioner)"));
        } else if (handedTo.length() > MAX_HANDED_TO) {
            problems.add(new Problem("handedTo", "must be at most " + MAX_HANDED_TO + " characters"));
        } else if (org.frontdoor.decision.PlainText.Check.problem(handedTo) != null) {
            problems.add(new Problem("handedTo", org.frontdoor.decision.PlainText.Check.problem(handedTo)));
        }
        LocalDate checkOn = null;
        if (request == null || request.checkOn() == null || request.checkOn().isBlank()) {
            problems.add(new Problem("checkOn", "must give the date to check on the family, as yyyy-mm-dd"));
        } else {
            try {
                checkOn = LocalDate.parse(request.checkOn().strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("checkOn", "must be a date, as yyyy-mm-dd"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        requireStepDownOrClosure(referralId);
        Optional<FollowUp> existing = find(referralId);
        if (existing.isPresent() && existing.get().checkedAt() != null) {
            throw new ReferralStateConflict("The follow-up on this referral was already checked; nothing was stored.", DecisionState.RATIFIED);
        }
        Instant now = now();
        LocalDate date = checkOn;
        tx.executeWithoutResult(s -> {
            int rows = jdbc.sql("""
                            UPDATE referral_follow_up SET handed_to = ?, check_on = ?, recorded_by = ?, recorded_at = ?
                            WHERE referral_id = ? AND checked_at IS NULL""")
                    .params(handedTo, date, user.name(), Timestamp.from(now), referralId).update();
            if (rows == 0) {
                jdbc.sql("INSERT INTO referral_follow_up (referral_id, handed_to, check_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
                        .params(referralId, handedTo, date, user.name(), Timestamp.from(now)).update();
            }
            audit.record(referralId, AuditTrail.FOLLOW_UP_RECORDED, user.name(), referral.ruleSetVersion());
        });
        log.info("Referral {}: follow-up recorded for {}", referralId, date);
        return find(referralId).orElseThrow();
    }

    /** Records that the check was done; it leaves the due list. */
    public FollowUp checked(String referralId, ActingUser user) {
        ReferralFacts referral = decisions.referral(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
        String status = status(referralId);
        FollowUp followUp = find(referralId).orElseThrow(() -> new ReferralStateConflict(
                "No follow-up has been recorded on this referral, so there is nothing to check; nothing was stored.", status));
        if (followUp.checkedAt() != null) {
            throw new ReferralStateConflict("The follow-up on this referral was already checked; nothing was stored.", status);
        }
        Instant now = now();
        tx.executeWithoutResult(s -> {
            int rows = jdbc.sql("UPDATE referral_follow_up SET checked_by = ?, checked_at = ? WHERE referral_id = ? AND checked_at IS NULL")
                    .params(user.name(), Timestamp.from(now), referralId).update();
            if (rows != 1) {
                throw new ReferralStateConflict("The follow-up on this referral was already checked; nothing was stored.", status);
            }
            audit.record(referralId, AuditTrail.FOLLOW_UP_CHECKED, user.name(), referral.ruleSetVersion());
        });
        return find(referralId).orElseThrow();
    }

    /** The follow-up; 404-like absence is a 409 saying none is recorded. Audited as a view. */
    public FollowUp view(String referralId, ActingUser user, String via) {
        ReferralFacts referral = decisions.referral(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
        FollowUp followUp = find(referralId).orElseThrow(() -> new ReferralStateConflict(
                "No follow-up has been recorded on this referral.", status(referralId)));
        tx.executeWithoutResult(s -> audit.record(referralId, AuditTrail.VIEWED, user.name(), referral.ruleSetVersion(), via));
        return followUp;
    }

    /** The outcome must be ratified, and every final pathway of every child must be one the Pathway table says is not social care. */
    private void requireStepDownOrClosure(String referralId) {
        String status = status(referralId);
        if (!DecisionState.RATIFIED.equals(status)) {
            throw new ReferralStateConflict("The decision on this referral is " + status
                    + "; a follow-up is recorded once a manager has ratified a step-down or closure.", status);
        }
        PathwayTable tables = new PathwayTable(ruleSets.active());
        List<ChildRow> children = decisions.children(referralId);
        List<String> socialCare = children.stream().flatMap(c -> c.pathways().stream()).filter(code -> !tables.notSocialCare(code))
                .distinct().toList();
        if (children.isEmpty() || !socialCare.isEmpty()) {
            throw new ReferralStateConflict("The outcome of this referral is a referral to children's social care ("
                    + String.join(", ", socialCare) + "), not a step-down or closure; the allocated worker tracks it, so no follow-up is recorded.",
                    status);
        }
    }

    private String status(String referralId) {
        return decisions.state(referralId).map(StateRow::status).orElse(DecisionState.AWAITING_DECISION);
    }

    public Optional<FollowUp> find(String referralId) {
        return jdbc.sql("""
                        SELECT referral_id, handed_to, check_on, recorded_by, recorded_at, checked_by, checked_at
                        FROM referral_follow_up WHERE referral_id = ?""")
                .param(referralId)
                .query((rs, n) -> new FollowUp(rs.getString("referral_id"), rs.getString("handed_to"), rs.getObject("check_on", LocalDate.class),
                        rs.getString("recorded_by"), instant(rs, "recorded_at"), rs.getString("checked_by"), instant(rs, "checked_at")))
                .optional();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
