package org.frontdoor.referral;

import java.util.List;

import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's record as one read: the referral, the decision on it and its audit trail. One view is one audit entry
 * (issue 14: the record page used to read the referral and the decision separately, and each read wrote "viewed").
 */
@Service
public class ReferralRecords {
    private final ReferralStore store;
    private final ReferralDecisions decisions;
    private final AuditTrail audit;

    ReferralRecords(ReferralStore store, ReferralDecisions decisions, AuditTrail audit) {
        this.store = store;
        this.decisions = decisions;
        this.audit = audit;
    }

    /** Everything on a referral's record; the trail includes this view, the last entry. */
    public record ReferralRecord(RecordedReferral referral, DecisionState decision, List<AuditEvent> trail) {
    }

    /** Audited once as a view through {@code via} (a route template); {@link ReferralNotFound} if there is no such referral. */
    @Transactional
    public ReferralRecord read(String id, ActingUser user, String via) {
        RecordedReferral referral = store.find(id).orElseThrow(() -> new ReferralNotFound(id));
        audit.record(id, AuditTrail.VIEWED, user.name(), referral.ruleSetVersion(), via);
        return new ReferralRecord(referral, decisions.current(id), audit.forReferral(id));
    }
}
