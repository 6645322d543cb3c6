package org.frontdoor.decision;

import java.time.Instant;
import java.util.List;

/**
 * What the front door's own records say about a child before this contact. When the service knows the child,
 * these facts replace what the referrer said; otherwise the referrer's history is used.
 *
 * @param contactsLast12Months contacts recorded in the 12 months before this one
 * @param referralsLast12Months those of them that were referrals to children's social care
 * @param earlierContacts      those contacts, newest first
 */
public record ChildHistory(int contactsLast12Months, int referralsLast12Months, List<EarlierContact> earlierContacts) {

    public static ChildHistory of(List<EarlierContact> earlier) {
        return new ChildHistory(earlier.size(), (int) earlier.stream().filter(EarlierContact::socialCare).count(), List.copyOf(earlier));
    }

    /** @param socialCare whether that contact was a referral to children's social care */
    public record EarlierContact(String referralId, Instant receivedAt, int level, String primaryPathway, boolean socialCare) {
    }
}
