package org.frontdoor.referral;

/**
 * A referral named in an address: by its internal id or its reference (FD-2026-000123), resolved to the internal id
 * by {@link ReferralRefConverter}. A reference that names no referral stays as typed, so the lookup finds nothing
 * and the page or API answers "not found".
 */
public record ReferralRef(String id, String reference) {
    /** What to put in an address: the reference where there is one. */
    public String address() {
        return reference != null ? reference : id;
    }
}
