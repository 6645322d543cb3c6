Feature: Telling the referrer, and following up families we step down or close
  Professionals are told the outcome of every referral, even when it is no further action, and inspectors keep
  finding feedback missing or late: so when a manager ratifies a decision the front door creates a feedback task
  due by the end of the next working day, with a letter in plain English saying what was decided for each child,
  why, and what the referrer should do now. A member of the public who asked to stay anonymous gets no letter.
  When a family is closed to advice or no further action, or stepped down to early help, the practitioner records
  who the family was handed to and a date to check the help was taken up, so no family is closed without tracking.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  Scenario: A school is sent a letter after the manager ratifies early help
    Given a contact from a school about a 9-year-old
    And the concern is L2-CD-01 (occasional unauthorised absence)
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    Then there is no feedback to send yet
    When a manager ratifies the decision
    Then feedback to the referrer is due by the end of the next working day
    And the feedback letter says "Single-agency early help (level 2)"
    And the feedback letter says "Level 2 indicator L2-CD-01"
    And the feedback letter says "please keep supporting the child and family"
    And the feedback letter refers to the child as "child-1"

  Scenario: The police are told a strategy discussion will be held and they may be asked to take part
    Given a contact from the police about a baby of 3 months
    And the child is not yet mobile
    And the concern is L4-CD-01 (a small bruise on the baby's cheek)
    And consent was not sought because asking would put the child at risk
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager ratifies the decision
    Then the feedback letter says "Strategy discussion (s47 enquiry)"
    And the feedback letter says "You may be contacted to take part"

  Scenario: A neighbour who asked to stay anonymous gets no letter
    Given a contact from a member of the public about a 9-year-old
    And the referrer asks to stay anonymous
    And the concern is a level 2 education concern
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager ratifies the decision
    Then there is no feedback letter because the referrer asked to stay anonymous

  Scenario: Feedback is recorded as sent once, and the audit trail shows it
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager ratifies the decision
    And the practitioner records that the feedback was sent by email
    Then the feedback shows it was sent by email
    When a manager records that the feedback was sent by phone
    Then the front door says the feedback was already sent
    And the audit trail shows the feedback was sent

  Scenario: A family stepped down to early help is followed up on the date the practitioner set
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager ratifies the decision
    And the practitioner hands the family to "the school's early help lead" with a check on "2026-12-15"
    Then the follow-up with "the school's early help lead" is due on "2026-12-15"
    And the follow-up is not yet due on "2026-12-14"
    When the practitioner records that the follow-up check was done
    Then the follow-up is no longer due on "2026-12-15"

  Scenario: A strategy discussion is not a step-down, so no follow-up is recorded
    Given a contact from the police about a baby of 3 months
    And the child is not yet mobile
    And the concern is L4-CD-01 (a small bruise on the baby's cheek)
    And consent was not sought because asking would put the child at risk
    When the practitioner records the referral
    And the practitioner accepts the recommendation
    And a manager ratifies the decision
    And the practitioner hands the family to "the health visitor" with a check on "2026-12-15"
    Then the front door refuses the follow-up because the outcome is social care
