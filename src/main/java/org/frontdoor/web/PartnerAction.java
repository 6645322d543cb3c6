package org.frontdoor.web;

/**
 * What a partner should do about a concern, worked out from the columns of the Pathway table the recommendation's
 * primary pathway has (never from its code), so a council that renames or re-times pathways changes this advice too:
 * <ul>
 *   <li>a social-care pathway whose unit is {@code immediately} (immediate protection): call 999 now;</li>
 *   <li>any other social-care pathway, one the front door acts on without waiting for consent
 *       ({@code inform-unless-risk}, e.g. a strategy discussion or MARAC), or one due {@code same-day}: ring the front door now;</li>
 *   <li>a voluntary pathway ({@code consent: required}, early help): request early help with the family's consent;</li>
 *   <li>anything else (information and advice): advice and universal services.</li>
 * </ul>
 * The words for each action are in messages.properties ({@code partner.action.*}).
 */
public enum PartnerAction {
    CALL_999, RING_FRONT_DOOR, EARLY_HELP_WITH_CONSENT, ADVICE_AND_UNIVERSAL;

    static PartnerAction of(Tables.PathwayRow pathway) {
        if (pathway.socialCare() && "immediately".equals(pathway.unit())) {
            return CALL_999;
        }
        if (pathway.socialCare() || "inform-unless-risk".equals(pathway.consent()) || "same-day".equals(pathway.unit())) {
            return RING_FRONT_DOOR;
        }
        if ("required".equals(pathway.consent())) {
            return EARLY_HELP_WITH_CONSENT;
        }
        return ADVICE_AND_UNIVERSAL;
    }

    /** For the message keys: partner.action.call-999.title and so on. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
