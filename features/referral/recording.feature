Feature: Recording a referral
  Checking a contact gives a recommendation and stores nothing. Recording it stores the contact with its
  recommendation and the rule-set version, so that the decision can be shown again exactly as it was made.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  Scenario: A recorded referral opened again shows the same recommendation and rule-set version
    Given a contact from a school about a 9-year-old
    And the concern is L2-CD-01 (occasional unauthorised absence)
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the practitioner records the referral
    Then the referral is recorded
    And the primary pathway is P2
    When the practitioner opens the referral again
    Then the referral shows the same recommendation and rule-set version as when it was recorded
    And the recommended level is 2 "Additional"
    And the primary pathway is P2 "Single-agency early help (level 2)"
    And P2 is due by "Monday 30 November 2026 at 16:00"
    And the rationale cites "L2-CD-01, LV-2, PP-13, CN-01"
    And every reason gives its guidance reference and the rule-set version

  Scenario: A sibling group is recorded as one referral with a recommendation for each child
    Given a contact from the police about children aged 12 and 3
    And police graded the domestic abuse as standard risk
    And 4 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the practitioner records the referral
    Then the referral is recorded
    When the practitioner opens the referral again
    Then the referral shows the same recommendation and rule-set version as when it was recorded
    And for the 12-year-old the additional routes include "ENCOMPASS"
    And for the 3-year-old the additional routes do not include "ENCOMPASS"

  Scenario: Checking a concern stores nothing
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the front door checks the contact
    Then the primary pathway is P2
    And nothing is recorded

  Scenario: Everything done to a referral can be read back from its audit trail
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family has given consent
    And the family has no previous involvement
    When the practitioner records the referral
    And the practitioner chooses level 1 with P1 because of family context
    And a manager ratifies the decision
    Then the audit trail shows "contact-recorded, recommended, decided, overridden, ratified" with the rule-set version
