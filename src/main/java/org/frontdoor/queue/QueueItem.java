package org.frontdoor.queue;

import java.time.Instant;

/**
 * One piece of work waiting at the front door.
 *
 * @param kind    decision, authorisation, ratification or follow-up
 * @param rag     red (overdue), amber (due within the amber window) or green
 * @param highestLevel the highest recommended level among the contact's children
 */
public record QueueItem(String referralId, String kind, Instant receivedAt, Instant dueBy, String rag, int children, int highestLevel) {
}
