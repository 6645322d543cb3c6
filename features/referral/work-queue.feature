Feature: The front door's work queue
  Managers see every contact still waiting for a decision, an authorisation or a ratification, most urgent first,
  red when it is past its one-working-day due time, amber when it is due within four hours.

  Background:
    Given the family has no previous involvement

  Scenario: A contact left undecided past its working day shows red
    Given a contact from a school about a 9-year-old
    And the contact was received on "Monday 6 January 2025 at 10:00"
    And the concern is a level 2 education concern
    And the family has given consent
    When the practitioner records the referral
    And the manager opens the work queue
    Then the referral waits for a decision and shows red

  Scenario: A ratified referral leaves the queue
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family has given consent
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And the manager opens the work queue
    Then the referral waits for a ratification and shows green
    When a manager ratifies the decision
    And the manager opens the work queue
    Then the referral is no longer in the work queue

  Rule: The queue's clock is the decision's deadline or, if sooner, the earliest route's due time
    # Source: Tees procedures, strategy discussion (https://www.teescpp.org.uk/procedures-for-the-safeguarding-process/6-strategy-discussion);
    # Rotherham non-mobile baby protocol (same-day paediatric assessment and strategy discussion)

    Scenario: A bruised baby who is not yet mobile is due for a strategy discussion the same day, not the next working day
      Given a contact from a health visitor about a baby of 4 months
      And the child is not yet mobile
      And the contact was received on "Monday 6 January 2025 at 10:00"
      And the concern is L4-CD-01 (a small bruise on the baby's cheek)
      When the practitioner records the referral
      And the manager opens the work queue
      Then the referral is due by "Monday 6 January 2025 at 23:59" for "Strategy discussion (s47 enquiry)"
      And the referral waits for a decision and shows red
      And the queue shows level 4, recommended

    Scenario: Additional needs with nothing due sooner are due at the decision's own deadline, one working day after receipt
      Given a contact from a school about a 9-year-old
      And the contact was received on "Friday 10 January 2025 at 15:00"
      And the concern is a level 2 education concern
      And the family has given consent
      When the practitioner records the referral
      And the manager opens the work queue
      Then the referral is due by "Monday 13 January 2025 at 15:00" for "decision"

    Scenario: Once a practitioner has decided, the decided routes and level count, and the queue says the level is decided
      Given a contact from a health visitor about a baby of 4 months
      And the child is not yet mobile
      And the contact was received on "Monday 6 January 2025 at 10:00"
      And the concern is L4-CD-01 (a mark the parents say is a birth mark)
      When the practitioner records the referral
      And the practitioner overrides the strategy discussion with early help because of new information
      And the manager opens the work queue
      Then the referral is due by "Tuesday 7 January 2025 at 10:00" for "authorisation"
      And the queue shows level 2, decided
