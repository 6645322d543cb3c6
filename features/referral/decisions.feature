Feature: Deciding on a referral
  The tool recommends; a person decides. A qualified practitioner records the decision for every child of a
  referral: they accept the recommendation, or choose another level and pathways and say why. A manager ratifies
  every disposal, and the record shows whether the decision and the ratification were made within one working day
  of the referral arriving. Overriding a mandatory escalation (the decision tables mark which rules are: a bruise on a
  baby who is not yet mobile, for one) needs a second manager to authorise it, who is not the practitioner who
  decided.

  Background:
    Given the family has no previous involvement

  Scenario: The practitioner accepts the recommendation and a manager ratifies it the same day
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family has given consent
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    Then the decision waits for a manager's ratification
    When a manager ratifies the decision
    Then the decision is ratified by that manager
    And the decision was made within one working day of the referral
    And the ratification was made within one working day of the referral

  Scenario: A practitioner who judges the need higher records why, and the override goes to ratification
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family has given consent
    When the practitioner records the referral
    And the practitioner chooses level 3 with P3 and P8 because of professional judgement
    Then the decision waits for a manager's ratification
    And the override is logged as "professional-judgement" with the practitioner's reason
    And the override sets aside the recommended primary pathway's rule "PP-13"
    And no mandatory escalation was set aside

  Scenario: Overriding the strategy discussion for a bruised baby needs a second manager
    Given a contact from the police about a baby of 3 months
    And the child is not yet mobile
    And the concern is L4-CD-01 (a small bruise on the baby's cheek; mother says the baby hit the cot)
    And consent was not sought because asking would put the child at risk
    When the practitioner records the referral
    And the practitioner overrides the strategy discussion with early help because of new information
    Then the decision waits for a manager's authorisation
    And the override sets aside the mandatory escalation "R-01"
    When a manager ratifies the decision
    Then the front door says the decision is "awaiting-authorisation"
    When the practitioner who decided tries to authorise the override as a manager
    Then the front door does not allow it
    When another practitioner tries to authorise the override
    Then the front door does not allow it
    When a manager tries to authorise the override without saying why
    Then the front door asks for the note
    When a manager authorises the override
    Then the decision waits for a manager's ratification
    And the authorisation keeps the manager's note
    When a manager ratifies the decision
    Then the decision is ratified by that manager

  Scenario: Accepting the strategy discussion for a bruised baby needs no authorisation
    Given a contact from the police about a baby of 3 months
    And the child is not yet mobile
    And the concern is L4-CD-01 (a small bruise on the baby's cheek)
    And consent was not sought because asking would put the child at risk
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    Then the decision waits for a manager's ratification

  Scenario: A referral decided and ratified long after it arrived is shown as late
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family has given consent
    And the contact was received on "Monday 8 January 2024 at 10:00"
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager ratifies the decision
    Then the decision was not made within one working day of the referral
    And the ratification was not made within one working day of the referral

  Scenario: An override without a reason is refused and nothing is decided
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the practitioner records the referral
    And the practitioner chooses level 3 with P3 without giving a reason
    Then the front door refuses the decision
    And the refusal points to "children[0].reasonCategory"
    And the refusal points to "children[0].reason"
    And the referral is still awaiting a decision

  Scenario: A practitioner cannot ratify a decision
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And the practitioner tries to ratify the decision
    Then the front door does not allow it

  Scenario: A decision already ratified is not ratified again
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager ratifies the decision
    And another manager ratifies the decision too
    Then the front door says the decision is "ratified"
    And the decision is ratified by that manager

  Scenario: Two practitioners deciding the same referral at the same moment
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the practitioner records the referral
    And two practitioners decide the referral at the same moment
    Then one decision is recorded and the other practitioner is told it is "awaiting-ratification"

  Scenario: A manager sends a decision back, and the practitioner decides again
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family has given consent
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager tries to send the decision back without a reason
    Then the front door asks for the reason
    When the practitioner tries to send the decision back
    Then the front door does not allow it
    When a manager sends the decision back because "Speak to the school nurse before deciding"
    Then the decision is back with the practitioner because "Speak to the school nurse before deciding"
    When a manager ratifies the decision
    Then the front door says the decision is "sent-back"
    When the practitioner accepts the recommendation
    Then the decision waits for a manager's ratification
    When a manager ratifies the decision with the note "Agreed after the nurse's view"
    Then the ratification keeps the note "Agreed after the nurse's view"
