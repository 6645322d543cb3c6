Feature: History from the front door's own records
  A child is known by NHS number or the council's own identifier. When the front door has records of a child,
  its own count of earlier contacts replaces what the referrer said, so repeat contacts are never missed.

  Scenario: A fourth contact in a year about the same child is seen as cumulative need
    Given a contact from a school about a 9-year-old
    And the child's NHS number is "943 476 5919"
    And the concern is a level 2 education concern
    And the family has given consent
    And the front door recorded 3 contacts about this child in the last 10 months
    And the front door has had 0 contacts about the child in the last 12 months
    When the practitioner records the referral
    Then the recommended level is 3
    And the rationale cites "R-06a"
    And the history used came from "front-door records" with 3 contacts in the last 12 months

  Scenario: A child the front door has no record of is assessed on what the referrer says
    Given a contact from a school about a 9-year-old
    And the child's NHS number is "401 023 2137"
    And the concern is a level 2 education concern
    And the family has given consent
    And the front door has had 1 contacts about the child in the last 12 months
    When the practitioner records the referral
    Then the recommended level is 2
    And the history used came from "referrer" with 1 contacts in the last 12 months

  Scenario: An NHS number with a wrong check digit is refused
    Given a contact from a school about a 9-year-old
    And the child's NHS number is "943 476 5918"
    And the concern is a level 2 education concern
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal points to "children[0].nhsNumber"
    And nothing is recorded

  Scenario: A child referred to social care earlier this year who needs help again gets co-ordinated help
    Given a contact from a school about a 9-year-old
    And the child's NHS number is "450 557 7104"
    And the concern is a level 2 education concern
    And the family has given consent
    And the front door recorded a contact about this child 5 months ago with the concern L4-CD-02
    When the practitioner records the referral
    Then the recommended level is 3
    And the rationale cites "R-06c"
    And the contact is not a re-referral

  Scenario: A second referral to social care within 12 months is a re-referral
    Given a contact from the police about a 9-year-old
    And the child's NHS number is "186 091 3903"
    And the concern is L4-CD-02 (an unexplained bruise)
    And the front door recorded a contact about this child 3 months ago with the concern L4-CD-02
    When the practitioner records the referral
    Then the primary pathway is P5
    And the contact is a re-referral
