package org.frontdoor.referral;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.decision.Assessment;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.ThresholdDecisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a contact and its recommendation in one transaction: both are stored, or neither. */
@Service
public class ReferralIntake {
    private static final Logger log = LoggerFactory.getLogger(ReferralIntake.class);

    private final ThresholdDecisions decisions;
    private final ReferralStore store;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditTrail audit;

    ReferralIntake(ThresholdDecisions decisions, ReferralStore store, ObjectMapper json, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.decisions = decisions;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public RecordedReferral record(Contact contact, String actor) {
        Assessment assessment = decisions.assess(contact);   // throws before anything is written
        Contact stored = contact.receivedAt() != null ? contact : withReceivedAt(contact, assessment);
        String id = UUID.randomUUID().toString();
        var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);   // what the database keeps
        String contactJson = write(stored);
        String recommendationJson = write(assessment);
        store.insert(id, assessment.receivedAt(), recordedAt, contact.referrer().type(), assessment.ruleSet().version(),
                assessment.ruleSet().hash(), contactJson, recommendationJson, assessment.children());
        audit.record(id, AuditTrail.CONTACT_RECORDED, actor, assessment.ruleSet().version());
        audit.record(id, AuditTrail.RECOMMENDED, actor, assessment.ruleSet().version());
        log.info("Referral {} recorded: {} child(ren) under rule set {}", id, assessment.children().size(), assessment.ruleSet().version());
        return new RecordedReferral(id, assessment.receivedAt(), recordedAt, contactJson, recommendationJson, assessment.ruleSet().version());
    }

    /** A referral as recorded; every read is audited. */
    @Transactional
    public Optional<RecordedReferral> find(String id, String actor) {
        Optional<RecordedReferral> found = store.find(id);
        found.ifPresent(r -> audit.record(r.id(), AuditTrail.VIEWED, actor, r.ruleSetVersion()));
        return found;
    }

    /** The referral's audit trail, oldest first; empty if there is no such referral. */
    public Optional<List<AuditEvent>> auditTrail(String id) {
        return store.find(id).map(r -> audit.forReferral(r.id()));
    }

    private static Contact withReceivedAt(Contact c, Assessment a) {
        return new Contact(a.receivedAt(), c.referrer(), c.children(), c.concerns(), c.domesticAbuse(), c.consent(), c.openCase(),
                c.history(), c.circumstances(), c.privateFostering(), c.gcp2MaxGrade(), c.missingEpisode());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the referral", e);
        }
    }
}
