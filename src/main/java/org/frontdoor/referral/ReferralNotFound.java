package org.frontdoor.referral;

/** No referral has this id. */
public class ReferralNotFound extends RuntimeException {
    public ReferralNotFound(String id) {
        super("no referral " + id);
    }
}
