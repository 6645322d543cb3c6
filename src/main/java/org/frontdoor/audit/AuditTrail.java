package org.frontdoor.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only trail of every action on a referral. Entries join the caller's transaction, so an action and
 * its audit entry are stored together or not at all; the database refuses updates and deletes of entries.
 */
@Service
public class AuditTrail {
    /** Actions, in the words of the trail. */
    public static final String CONTACT_RECORDED = "contact-recorded";
    public static final String RECOMMENDED = "recommended";
    public static final String VIEWED = "viewed";
    /** Someone read the referral's audit trail (recorded after the read, so the trail they saw does not include it). */
    public static final String TRAIL_READ = "audit-trail-read";
    /** Someone evaluated the recorded referral again (it was read to do so). */
    public static final String RE_EVALUATED = "re-evaluated";
    public static final String DECIDED = "decided";
    /** One per child whose final response differs from the recommendation, in the order of the children. */
    public static final String OVERRIDDEN = "overridden";
    public static final String AUTHORISED = "authorised";
    public static final String RATIFIED = "ratified";
    public static final String SENT_BACK = "sent-back";
    public static final String ALLOCATED = "allocated";
    public static final String SAME_CHILD_CONFIRMED = "same-child-confirmed";
    /** Feedback to the referrer recorded as given (when, by whom, how). */
    public static final String FEEDBACK_SENT = "feedback-sent";
    /** Who a stepped-down or closed family was handed to, and when to check. */
    public static final String FOLLOW_UP_RECORDED = "follow-up-recorded";
    public static final String FOLLOW_UP_CHECKED = "follow-up-checked";

    /**
     * What a "via" may hold: words, a method and a route template such as {@code /api/referrals/{id}}. No digits, dots,
     * '?', '&' or '=', so an address as typed (a referral id, a query string, a date, an NHS number) cannot get in.
     */
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z][A-Za-z /{}()\\-]{0,199}");

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An entry that says nothing of the page or endpoint it came through. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String referralId, String action, String actor, String ruleSetVersion) {
        record(referralId, action, actor, ruleSetVersion, null);
    }

    /**
     * An entry naming the page or endpoint it came through, e.g. "Record page /referrals/{id}/record" or
     * "API GET /api/referrals/{id}"; refused if {@code via} looks like anything but a route template.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String referralId, String action, String actor, String ruleSetVersion, String via) {
        if (via != null && !ROUTE.matcher(via).matches()) {
            throw new IllegalArgumentException("An audit entry's via must be a page or endpoint's route template, not an address");
        }
        jdbc.sql("INSERT INTO audit_event (referral_id, action, actor, at, rule_set_version, via) VALUES (?, ?, ?, ?, ?, ?)")
                .params(referralId, action, actor, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)), ruleSetVersion, via)
                .update();
    }

    public List<AuditEvent> forReferral(String referralId) {
        return jdbc.sql("SELECT id, referral_id, action, actor, at, rule_set_version, via FROM audit_event WHERE referral_id = ? ORDER BY id")
                .param(referralId)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getString("referral_id"), rs.getString("action"),
                        rs.getString("actor"), rs.getTimestamp("at").toInstant(), rs.getString("rule_set_version"), rs.getString("via")))
                .list();
    }
}
