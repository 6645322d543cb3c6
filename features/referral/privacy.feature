Feature: What we write about a child stays on the child's record
  A child's NHS number, who the family was handed to and what practitioners write about a family belong on the
  child's record, where every reading of it is audited, and nowhere else. mvn verify searches every line the service
  logs during all these scenarios for each identifier, reference and piece of free text they stored.

  Scenario: A child known by NHS number is stepped down to a named lead practitioner
    Given a contact from a school about a 9-year-old
    And the child's NHS number is "186 091 3903"
    And the concern is a level 2 education concern
    And the family has given consent
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager ratifies the decision
    And the practitioner hands the family to "Mrs Adaeze Okonkwo-Pryce, Riverside Primary" with a check on "2026-12-18"
    Then the follow-up with "Mrs Adaeze Okonkwo-Pryce, Riverside Primary" is due on "2026-12-18"
    And the audit trail shows "contact-recorded, recommended, decided, ratified, follow-up-recorded" with the rule-set version

  Scenario: A practitioner's reasons for overriding, and for not seeking consent, are kept on the record
    Given a contact from the police about a baby of 3 months
    And the child's NHS number is "943 476 5919"
    And the child is not yet mobile
    And the concern is L4-CD-01 (a small bruise on the baby's cheek)
    And consent was not sought because asking would put the child at risk
    When the practitioner records the referral
    And the practitioner overrides the strategy discussion with early help because of new information
    Then the override sets aside the mandatory escalation "R-01"
