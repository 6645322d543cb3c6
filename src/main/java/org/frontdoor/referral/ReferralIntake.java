package org.frontdoor.referral;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    ReferralIntake(ThresholdDecisions decisions, ReferralStore store, ObjectMapper json, Clock clock) {
        this.decisions = decisions;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public RecordedReferral record(Contact contact) {
        Assessment assessment = decisions.assess(contact);   // throws before anything is written
        Contact stored = contact.receivedAt() != null ? contact : withReceivedAt(contact, assessment);
        String id = UUID.randomUUID().toString();
        var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);   // what the database keeps
        String contactJson = write(stored);
        String recommendationJson = write(assessment);
        store.insert(id, assessment.receivedAt(), recordedAt, contact.referrer().type(), assessment.ruleSet().version(),
                assessment.ruleSet().hash(), contactJson, recommendationJson, assessment.children());
        log.info("Referral {} recorded: {} child(ren) under rule set {}", id, assessment.children().size(), assessment.ruleSet().version());
        return new RecordedReferral(id, assessment.receivedAt(), recordedAt, contactJson, recommendationJson);
    }

    public Optional<RecordedReferral> find(String id) {
        return store.find(id);
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
