package org.frontdoor.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.council.CouncilContacts;
import org.frontdoor.decision.CalendarProperties;
import org.frontdoor.decision.WorkingDayCalendar;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback to the referrer (domain.md §1.5, §5.2 item 6). When a decision is ratified a feedback task is created, due
 * by the end of the next working day, with a plain-English letter written from the final decision: for each child
 * (by its ref, never a name) the level, what happens next and why, and what the referrer should do now. A member of
 * the public, family member or young person who asked to stay anonymous gets no letter; the record says why.
 */
@Service
public class FeedbackLetters {
    private static final Logger log = LoggerFactory.getLogger(FeedbackLetters.class);
    static final Set<String> METHODS = new LinkedHashSet<>(List.of("email", "phone", "letter", "in-person"));
    static final String ANONYMOUS = "The referrer asked to stay anonymous, so there is no one to send the outcome to "
            + "(domain.md §1.5: feedback to public referrers is limited by confidentiality).";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** The feedback task as stored and shown: letter is null when none may be sent, and noLetterReason says why. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Feedback(String referralId, Instant dueBy, String letter, String noLetterReason, Instant createdAt,
                           Instant sentAt, String sentBy, String method) {
    }

    /** How the feedback was given. */
    public record SentRequest(String method) {
    }

    private final JdbcClient jdbc;
    private final DecisionStore decisions;
    private final RuleSetCatalog ruleSets;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final CouncilContacts contacts;

    FeedbackLetters(JdbcClient jdbc, DecisionStore decisions, RuleSetCatalog ruleSets, WorkingDayCalendar calendar, AuditTrail audit,
                    TransactionTemplate tx, ObjectMapper json, Clock clock, CalendarProperties calendarProperties,
                    CouncilContacts contacts) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.ruleSets = ruleSets;
        this.calendar = calendar;
        this.audit = audit;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.zone = calendarProperties.zone();
        this.contacts = contacts;
    }

    /** Called by the ratification, inside its transaction: the feedback task exists exactly when the decision is ratified. */
    @Transactional(propagation = Propagation.MANDATORY)
    void ratified(String referralId, Instant ratifiedAt) {
        ReferralFacts referral = decisions.referral(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
        JsonNode contact = read(contactJson(referralId));
        Instant due = calendar.due(ratifiedAt, 1, "end-of-working-day");
        String letter = null;
        String reason = null;
        if (contact.path("referrer").path("anonymous").asBoolean(false)) {
            reason = ANONYMOUS;
        } else {
            letter = compose(referral, decisions.children(referralId), ratifiedAt);
        }
        jdbc.sql("INSERT INTO referral_feedback (referral_id, due_by, letter, no_letter_reason, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(referralId, Timestamp.from(due), letter, reason, Timestamp.from(ratifiedAt))
                .update();
    }

    /** The feedback task; 409 while the decision is not ratified (there is nothing to tell yet). Audited as a view. */
    public Feedback view(String referralId, ActingUser user, String via) {
        ReferralFacts referral = decisions.referral(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
        Feedback feedback = find(referralId).orElseThrow(() -> notRatified(referralId));
        tx.executeWithoutResult(s -> audit.record(referralId, AuditTrail.VIEWED, user.name(), referral.ruleSetVersion(), via));
        return feedback;
    }

    /** Records once when and how the feedback was given; the audit entry is stored in the same transaction. */
    public Feedback sent(String referralId, SentRequest request, ActingUser user) {
        ReferralFacts referral = decisions.referral(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
        String method = request == null ? null : request.method();
        if (method == null || !METHODS.contains(method)) {
            throw new InvalidRequest(List.of(new Problem("method", "must be one of " + String.join(", ", METHODS))));
        }
        Feedback feedback = find(referralId).orElseThrow(() -> notRatified(referralId));
        if (feedback.sentAt() != null) {
            throw new ReferralStateConflict("Feedback on this referral was already recorded as sent (" + feedback.method() + " by "
                    + feedback.sentBy() + "); nothing was stored.", DecisionState.RATIFIED);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tx.executeWithoutResult(s -> {
            int rows = jdbc.sql("UPDATE referral_feedback SET sent_at = ?, sent_by = ?, method = ? WHERE referral_id = ? AND sent_at IS NULL")
                    .params(Timestamp.from(now), user.name(), method, referralId).update();
            if (rows != 1) {
                throw new ReferralStateConflict("Feedback on this referral was already recorded as sent; nothing was stored.", DecisionState.RATIFIED);
            }
            audit.record(referralId, AuditTrail.FEEDBACK_SENT, user.name(), referral.ruleSetVersion());
        });
        log.info("Referral {}: feedback sent by {}", referralId, method);
        return find(referralId).orElseThrow();
    }

    private ReferralStateConflict notRatified(String referralId) {
        String status = decisions.state(referralId).map(StateRow::status).orElse(DecisionState.AWAITING_DECISION);
        if (DecisionState.RATIFIED.equals(status)) {
            return new ReferralStateConflict("This referral was ratified before the front door kept feedback tasks, so it has none; "
                    + "record feedback on it outside the tool.", status);
        }
        return new ReferralStateConflict("The decision on this referral is " + status
                + ", so there is no outcome to tell the referrer yet; feedback is due once a manager ratifies it.", status);
    }

    public Optional<Feedback> find(String referralId) {
        return jdbc.sql("""
                        SELECT referral_id, due_by, letter, no_letter_reason, created_at, sent_at, sent_by, method
                        FROM referral_feedback WHERE referral_id = ?""")
                .param(referralId)
                .query((rs, n) -> new Feedback(rs.getString("referral_id"), instant(rs, "due_by"), rs.getString("letter"),
                        rs.getString("no_letter_reason"), instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("sent_by"),
                        rs.getString("method")))
                .optional();
    }

    /** The letter, from the final decision and the stored recommendation; pathway and level words come from the tables. */
    String compose(ReferralFacts referral, List<ChildRow> children, Instant ratifiedAt) {
        PathwayTable tables = new PathwayTable(ruleSets.active());
        JsonNode recommendation = read(referral.recommendationJson());
        StringBuilder letter = new StringBuilder();
        letter.append("Dear referrer,\n\n");
        letter.append("Thank you for contacting the children's services front door on ").append(DAY.format(referral.receivedAt().atZone(zone)))
                .append(" (our reference ").append(referral.spoken()).append("). A qualified practitioner has considered what you told us, ")
                .append("and a manager confirmed the decision on ").append(DAY.format(ratifiedAt.atZone(zone))).append(".\n");
        Set<String> doNow = new LinkedHashSet<>();
        for (ChildRow child : children) {
            JsonNode rec = childRecommendation(recommendation, child.ref());
            String levelLabel = child.level() == rec.path("level").path("value").asInt(-1) && rec.path("level").hasNonNull("label")
                    ? rec.path("level").path("label").asText()
                    : tables.level(child.level()).map(PathwayTable.LevelRow::label).orElse(null);
            letter.append("\nFor ").append(child.ref()).append(":\n");
            letter.append("- What we decided: level ").append(child.level()).append(levelLabel == null ? "" : " (" + levelLabel + ")")
                    .append(". ").append(sentenceFor(tables, rec, child.pathways().get(0))).append('\n');
            List<String> others = child.pathways().stream().skip(1).map(code -> label(tables, rec, code)).toList();
            if (!others.isEmpty()) {
                letter.append("- Also arranged: ").append(String.join("; ", others)).append(".\n");
            }
            List<String> reasons = reasons(tables, rec, child);
            if (!reasons.isEmpty()) {
                letter.append("- Why:\n");
                reasons.forEach(r -> letter.append("  * ").append(r).append('\n'));
            }
            doNow.add(whatToDo(tables, rec, child.pathways().get(0)));
        }
        letter.append("\nWhat you should do now:\n");
        doNow.forEach(d -> letter.append("- ").append(d).append('\n'));
        letter.append("- If you have new information, please contact the front door again.\n");
        letter.append("- If you disagree with this decision, talk to the front door manager first")
                .append(contacts.has(contacts.escalationPolicyUrl())
                        ? ", then follow the escalation (professional disagreement) policy: " + contacts.escalationPolicyUrl()
                        : ", then follow the local escalation (professional disagreement) policy")
                .append(".\n");
        letter.append("- If you believe a child is in immediate danger, call 999.\n");
        List<String> how = contacts.asLines().stream().filter(l -> !l.startsWith("If you disagree")).toList();
        if (!how.isEmpty()) {
            letter.append("\nHow to contact us:\n");
            how.forEach(l -> letter.append("- ").append(l).append('\n'));
        }
        letter.append("\nChildren's services front door\n");
        return letter.toString();
    }

    /** What happens next for the child, in the words of the Pathway table: offered (voluntary), taken forward by social care, or arranged. */
    private static String sentenceFor(PathwayTable tables, JsonNode rec, String primary) {
        String label = label(tables, rec, primary);
        Optional<PathwayTable.PathwayRow> row = tables.pathway(primary);
        if (row.map(PathwayTable.PathwayRow::socialCare).orElse(false)) {
            return "Children's social care is taking this forward: " + label + ".";
        }
        if (row.map(r -> "required".equals(r.consent())).orElse(false)) {
            return "The family has been offered: " + label + ".";
        }
        return "The response is: " + label + ".";
    }

    private static String whatToDo(PathwayTable tables, JsonNode rec, String primary) {
        String label = label(tables, rec, primary);
        Optional<PathwayTable.PathwayRow> row = tables.pathway(primary);
        if (row.map(PathwayTable.PathwayRow::socialCare).orElse(false)) {
            return "Children's social care is taking this forward (" + label + "). You may be contacted to take part or to share what "
                    + "you know; please keep your notes, follow your own agency's safeguarding procedures meanwhile, and tell us straight "
                    + "away about anything new.";
        }
        if (row.map(r -> "required".equals(r.consent())).orElse(false)) {
            return "The family has been offered " + label + ". This help is voluntary and depends on the family taking it up: please keep "
                    + "supporting the child and family, encourage them to accept the help, and contact us again if things get worse or "
                    + "the help is not taken up.";
        }
        if (row.map(r -> "inform-unless-risk".equals(r.consent())).orElse(false)) {
            return "The front door has arranged " + label + ". You may be contacted to share what you know; please keep supporting the "
                    + "child and tell us straight away if anything changes.";
        }
        return "The response is " + label + ". Please keep supporting the child through your usual services, and contact us again if "
                + "your concerns grow or anything changes.";
    }

    /** Plain-English reasons: the recommendation's rationale where the practitioner kept its level and primary pathway, else the tables' reasons for the final ones. */
    private static List<String> reasons(PathwayTable tables, JsonNode rec, ChildRow child) {
        Set<String> out = new LinkedHashSet<>();
        if (!child.overridden()) {
            rec.path("rationale").forEach(r -> {
                if (r.hasNonNull("reason") && !r.path("reason").asText().isBlank()) {
                    out.add(r.path("reason").asText().strip());
                }
            });
        } else {
            out.add("Having considered " + reasonWords(child.reasonCategory()) + ", the practitioner decided on a different response "
                    + "from the one the threshold guidance first suggested.");
            tables.level(child.level()).map(PathwayTable.LevelRow::reason).filter(r -> r != null && !r.isBlank()).ifPresent(out::add);
            tables.pathway(child.pathways().get(0)).map(PathwayTable.PathwayRow::reason).filter(r -> r != null && !r.isBlank()).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    private static String reasonWords(String category) {
        if (category == null) {
            return "everything known";
        }
        return switch (category) {
            case "new-information" -> "new information";
            case "professional-judgement" -> "the practitioner's professional judgement";
            case "family-context" -> "the family's circumstances";
            case "resource-constraint" -> "the services available";
            default -> "everything known";
        };
    }

    /** A pathway's label: from the stored recommendation when it was recommended, else from the active Pathway table; the code as a last resort. */
    private static String label(PathwayTable tables, JsonNode rec, String code) {
        for (JsonNode p : rec.path("pathways")) {
            if (code.equals(p.path("code").asText()) && p.hasNonNull("label")) {
                return p.path("label").asText();
            }
        }
        return tables.pathway(code).map(PathwayTable.PathwayRow::label).orElse(code);
    }

    private static JsonNode childRecommendation(JsonNode recommendation, String ref) {
        for (JsonNode c : recommendation.path("children")) {
            if (ref.equals(c.path("ref").asText())) {
                return c;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private String contactJson(String referralId) {
        return jdbc.sql("SELECT contact_json FROM referral WHERE id = ?").param(referralId).query(String.class).single();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored referral is not readable", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
