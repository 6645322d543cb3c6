package org.frontdoor.decision;

import java.time.Instant;
import java.util.List;

/**
 * What the front door's own records say about a child before this contact. When the service knows the child,
 * these facts replace what the referrer said; otherwise the referrer's history is used.
 *
 * @param contactsLast12Months contacts recorded in the 12 months before this one
 * @param earlierContacts      those contacts, newest first
 */
public record ChildHistory(int contactsLast12Months, List<EarlierContact> earlierContacts) {

    public record EarlierContact(String referralId, Instant receivedAt, int level, String primaryPathway) {
    }
}
