package org.frontdoor.decision;

import java.time.Instant;
import java.util.List;

/**
 * What the front door's own records say about a child before this contact. When the service knows the child,
 * these facts replace what the referrer said; otherwise the referrer's history is used.
 *
 * @param contactsLast12Months contacts recorded in the 12 months before this one
 * @param referralsLast12Months those of them that were referrals to children's social care
 * @param openCase             "early-help" when the family was handed to early help and the follow-up check is not yet
 *                             done; null when the records know of no open case (they do not hold social-care case status)
 * @param earlierContacts      those contacts, newest first
 */
public record ChildHistory(int contactsLast12Months, int referralsLast12Months, String openCase, List<EarlierContact> earlierContacts) {

    public static ChildHistory of(List<EarlierContact> earlier, String openCase) {
        return new ChildHistory(earlier.size(), (int) earlier.stream().filter(EarlierContact::socialCare).count(), openCase,
                List.copyOf(earlier));
    }

    /** @param socialCare whether that contact was a referral to children's social care */
    public record EarlierContact(String referralId, Instant receivedAt, int level, String primaryPathway, boolean socialCare) {
    }
}
