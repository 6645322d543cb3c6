package org.frontdoor.queue;

import java.time.Instant;

/**
 * One piece of work waiting at the front door.
 *
 * @param kind    decision, authorisation, ratification or follow-up
 * @param rag     red (overdue), amber (due within the amber window) or green
 * @param dueBy   the earliest of: the decision's own deadline (one working day from receipt), and the due time of the
 *                earliest pathway (the recommended ones until a practitioner decides, then the decided ones); for a
 *                ratification, one working day from receipt
 * @param dueWhat what is due then: "decision", or the label of the pathway that is due first
 * @param highestLevel the highest level among the contact's children: the decided one once there is a decision
 * @param levelDecided whether {@code highestLevel} is a practitioner's decision (else the tables' recommendation)
 * @param reference    the referral's reference, e.g. FD-2026-000123
 * @param allocatedTo  the practitioner it is allocated to, if anyone
 */
public record QueueItem(String referralId, String kind, Instant receivedAt, Instant dueBy, String rag, int children, int highestLevel,
                        String dueWhat, boolean levelDecided, String reference, String allocatedTo) {
}
