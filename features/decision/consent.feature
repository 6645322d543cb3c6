Feature: Consent advice for the primary pathway
  Early help and assessments are voluntary: the family's informed consent is needed (and the young person's if 16
  or over or Gillick competent). Child protection routes do not need consent: tell the parents unless that would put
  the child at greater risk. Advice, statutory and already-open routes do not need consent at all. Where consent was
  refused or not sought the reason must be recorded (guidance §1.4).

  Background:
    Given the family has no previous involvement

  # --- Voluntary pathways: consent is needed ---

  Scenario: Early help with the family's consent can go ahead
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family has given consent
    When the front door checks the contact
    Then the primary pathway is P2
    And consent is needed
    And the consent advice says "Consent is recorded: proceed"
    And the rationale cites "CN-01"

  Scenario: Early help the family refused cannot start: the school keeps supporting the child and records the refusal
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family refused consent
    When the front door checks the contact
    Then the primary pathway is P1
    And the rationale cites "PP-13r"
    And the rationale does not cite "PP-13"
    And the first thing a partner is told to do is to "Keep supporting the child and family through universal services"

  Scenario: Family help the family refused cannot start either, when nothing is escalating
    Given a contact from a school about a 13-year-old
    And the concern is L3-CD-08 (emerging self-harm)
    And the front door has had 0 contacts about the child in the last 12 months
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P1
    And the rationale cites "PP-12r"

  Scenario: Family help refused while concerns keep coming back: a social-care assessment, and consent is re-tested
    Given a contact from a school about a 13-year-old
    And the concern is L3-CD-08 (emerging self-harm)
    And the front door has had 2 contacts about the child in the last 12 months
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P4
    And consent is needed
    And the consent advice says "voluntary help cannot start"
    And the consent advice says "re-test for significant harm"
    And the rationale cites "R-17c and CN-02"

  Scenario: Consent for family help not sought because of risk: re-test for significant harm with a manager
    Given a contact from a school about a 13-year-old
    And the concern is L3-CD-08 (emerging self-harm)
    And consent was not sought because asking would put the child at risk
    When the front door checks the contact
    Then the primary pathway is P3
    And consent is needed
    And the consent advice says "re-test for significant harm with a manager"
    And the consent advice says "the family's consent is still needed"
    And the rationale cites "CN-03"

  Scenario: Consent for early help not sought for another reason must be obtained before the request proceeds
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And consent was not sought for another reason
    When the front door checks the contact
    Then consent is needed
    And the consent advice says "Obtain and record it before the request proceeds"
    And the rationale cites "CN-04"

  Scenario: A referrer who thinks early help needs no consent is told that it does
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the referrer says consent is not required
    When the front door checks the contact
    Then the primary pathway is P2
    And consent is needed
    And the consent advice says "needs the family's informed consent"
    And the rationale cites "CN-04"

  Scenario: A child and family assessment without significant harm needs consent
    Given a contact from mental health services about a 15-year-old
    And the concern is L4-CD-10 (suicidal thoughts and plans)
    And consent was not sought for another reason
    When the front door checks the contact
    Then the primary pathway is P4
    And consent is needed
    And the rationale cites "CN-04"

  Scenario: A homeless 16-year-old's own consent is recorded
    Given a contact from the young person about a 16-year-old
    And the young person has nowhere to live
    And the family has given consent
    When the front door checks the contact
    Then the primary pathway is P18
    And consent is needed
    And the consent advice says "the young person's own view if 16 or over"

  # --- Protective pathways: inform unless that puts the child at risk ---

  Scenario: Consent rightly not sought for a strategy discussion because telling the family could put the child at risk
    Given a contact from a school about a 9-year-old
    And the concern is L4-CD-03 (the child discloses sexual abuse by a family member)
    And consent was not sought because asking would put the child at risk
    When the front door checks the contact
    Then the primary pathway is P5
    And consent is not needed
    And the consent advice says "rightly not sought"
    And the rationale cites "CN-05"

  Scenario: A parent's refusal does not stop a strategy discussion
    Given a contact from a GP about a 5-year-old
    And the concern is L4-PC-04 (the carer says they hit the child with a belt)
    And the family refused consent
    When the front door checks the contact
    Then the primary pathway is P5
    And consent is not needed
    And the consent advice says "Tell the parents a referral is being made unless that would put the child or others at greater risk"
    And the rationale cites "CN-06"
    And the rationale does not cite "CN-02"

  Scenario: No consent is needed to protect a child in immediate danger
    Given a contact from the police about a 4-year-old
    And the child is in immediate danger
    And consent was not sought for another reason
    When the front door checks the contact
    Then the primary pathway is P6
    And consent is not needed
    And the consent advice says "Consent is not needed for this protective route"
    And the rationale cites "CN-06"

  # --- Routes that never need consent ---

  Scenario Outline: <route> does not need the family's consent
    Given a contact from <referrer> about a <age>-year-old
    And <situation>
    And the family refused consent
    When the front door checks the contact
    Then the primary pathway is <pathway>
    And consent is not needed
    And the consent advice says "This route does not need the family's consent"
    And the rationale cites "CN-07"

    Examples:
      | route                           | referrer   | age | situation                                                             | pathway |
      | Information and advice          | a parent   | 6   | the concern is L1-CD-03 (attends school regularly)                    | P1      |
      | New information on an open case | a school   | 9   | the child's case is open to early help                                | P15     |
      | A return home interview         | the police | 14  | the child has been missing for 4 hours, 1 times in the last 12 months | P10     |
      | The LADO                        | a school   | 10  | an allegation has been made against someone who works with children   | P11     |
      | A private fostering assessment  | a school   | 10  | the child is staying with a family friend for 45 days                 | P12     |
      | Youth justice                   | the police | 15  | the child has been offending                                          | P16     |
