Feature: Reports for managers and policy leads
  Managers and policy leads see what the front door decided over a period: the outcome mix, how often
  practitioners disagreed with each rule (the signal policy leads need), timeliness, consent refusals and
  re-referrals.

  Scenario: A policy lead sees which rule practitioners disagree with
    Given a contact from a school about a 9-year-old
    And the contact was received on "Monday 2 March 2020 at 10:00"
    And the concern is a level 2 education concern
    And the family has given consent
    And the family has no previous involvement
    When the practitioner records the referral
    And the practitioner chooses level 1 with P1 because of family context
    And a manager ratifies the decision
    And the policy lead reads the report for "March 2020"
    Then the report counts 1 contact about 1 child
    And the rules practitioners overrode include "PP-13 (the primary pathway) and LV-2 (the level)"
    And 0 of 1 decisions were ratified within one working day
