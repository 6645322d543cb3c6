Feature: The front door's work queue
  Managers see every contact still waiting for a decision, an authorisation or a ratification, most urgent first,
  red when it is past its one-working-day due time, amber when it is due within four hours.

  Background:
    Given the family has no previous involvement

  Scenario: A contact left undecided past its working day shows red
    Given a contact from a school about a 9-year-old
    And the contact was received on "Monday 6 January 2025 at 10:00"
    And the concern is L2-CD-01 (occasional unauthorised absence)
    And the family has given consent
    When the practitioner records the referral
    And the manager opens the work queue
    Then the referral waits for a decision and shows red

  Scenario: A ratified referral leaves the queue
    Given a contact from a school about a 9-year-old
    And the concern is L2-CD-01 (occasional unauthorised absence)
    And the family has given consent
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And the manager opens the work queue
    Then the referral waits for a ratification and shows green
    When a manager ratifies the decision
    And the manager opens the work queue
    Then the referral is no longer in the work queue
