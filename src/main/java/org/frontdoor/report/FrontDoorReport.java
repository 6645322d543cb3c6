package org.frontdoor.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened at the front door between two dates (inclusive, council time), per child of each contact. Where a
 * practitioner has decided, the decided level and pathway count; otherwise the recommendation does.
 */
public record FrontDoorReport(LocalDate from, LocalDate to, int contacts, int children,
                              List<OutcomeCount> outcomeMix, Conversion conversion, ReReferrals reReferrals,
                              Overrides overrides, Timeliness timeliness, ConsentRefusals consent,
                              MediumRiskDomesticAbuse mediumRiskDomesticAbuse) {

    public record OutcomeCount(int level, String primaryPathway, int children) {
    }

    /** Contacts, those that became referrals to social care (Pathway table), and those at level 4 (assessment or s47). */
    public record Conversion(int contacts, int referrals, int assessments) {
    }

    /** DfE: a referral within 12 months of an earlier referral. */
    public record ReReferrals(int referrals, int reReferrals, Double rate) {
    }

    /** How often practitioners disagreed, overall and per rule that fired in the recommendations they overrode. */
    public record Overrides(int decidedChildren, int overridden, Double rate, List<RuleOverrides> byRule) {
    }

    public record RuleOverrides(String ruleId, int fired, int overridden, Double rate, boolean mandatory) {
    }

    public record Timeliness(int decided, int decidedWithinOneWorkingDay, Double decidedShare,
                             int ratified, int ratifiedWithinOneWorkingDay, Double ratifiedShare) {
    }

    public record ConsentRefusals(int contacts, int refused, int notSoughtBecauseOfRisk, int notSoughtOther, Double refusedShare) {
    }

    /** Children in medium-risk domestic abuse contacts: routed to early help (level 2-3) or no further action (level 1). */
    public record MediumRiskDomesticAbuse(int children, int earlyHelp, int noFurtherAction, int socialCare) {
    }
}
