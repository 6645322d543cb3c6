Feature: Children with disabilities
  A child with a severe or profound, permanent disability is assessed by the children with disabilities team.
  Safeguarding concerns about a disabled child still go through child protection.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  Scenario: A profound disability recorded as a concern goes to the disabilities team
    Given a contact from a hospital about a 6-year-old
    And the concern is L4-CD-14 (profound disability; needs constant supervision beyond the family's capacity)
    When the front door checks the contact
    Then the recommended level is 4 "Specialist"
    And the primary pathway is P13 "Children with disabilities team assessment"
    And the rationale cites "PP-10b, AR-21b"

  Scenario: Abuse of a profoundly disabled child is a child protection matter first
    Given a contact from a school about a 10-year-old
    And the concerns are L4-CD-14 and L4-CD-02 (an unexplained bruise on her arm)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P13"
