Feature: Sibling groups
  A contact about brothers and sisters is one contact, but each child gets a recommendation of their own: the same
  concern can mean different things for a baby, a primary-school child and a teenager. Age-based rules (non-mobile
  babies, children under 13, young children left alone, Operation Encompass for school-age children) apply only to
  the children they are about.

  Background:
    Given the family has no previous involvement

  Scenario: A non-mobile baby with a bruise and her 10-year-old brother
    Given a contact from the police about a baby of 4 months and a 10-year-old sibling
    And only the baby is not yet mobile
    And the concern is L4-CD-01 (a bruise on the baby's ear seen by the officer)
    And consent was not sought because asking would put the child at risk
    When the front door checks the contact
    Then each of the 2 children has a recommendation of their own
    And the baby's recommended level is 4
    And the baby's primary pathway is P5
    And the baby's additional routes include "PAEDS"
    And the baby's rationale cites "R-01"
    And for the 10-year-old the recommended level is 4
    And for the 10-year-old the primary pathway is P5
    And for the 10-year-old the additional routes do not include "PAEDS"
    And the 10-year-old's rationale does not cite "R-01"

  Scenario: Operation Encompass is for the school-age children only
    Given a contact from the police about children aged 3, 4 and 15
    And the concern is L2-FE-07 (police attended a verbal argument between the parents)
    And police graded the domestic abuse as standard risk
    And 3 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    And the family has given consent
    When the front door checks the contact
    Then each of the 3 children has a recommendation of their own
    And the recommended level is 2 "Additional"
    And the primary pathway is P2
    And for the 4-year-old the additional routes include "ENCOMPASS"
    And for the 15-year-old the additional routes include "ENCOMPASS"
    And for the 3-year-old the additional routes do not include "ENCOMPASS"

  Scenario: Left to their own devices: level 4 for the toddler, additional needs for the older brother
    Given a contact from a health visitor about children aged 2 and 9
    And the concern is L2-PC-02 (little routine; the children are left to their own devices a lot)
    And the family has given consent
    When the front door checks the contact
    Then for the 2-year-old the recommended level is 4
    And for the 2-year-old the primary pathway is P5
    And the 2-year-old's rationale cites "R-05b"
    And for the 9-year-old the recommended level is 2
    And for the 9-year-old the primary pathway is P2
    And the 9-year-old's rationale does not cite "R-05b"

  Scenario: The same early sexual activity is level 4 for a 12-year-old and level 2 for her 14-year-old sister
    Given a contact from a school about children aged 12 and 14
    And the concern is L2-CD-10 (both sisters say they are having sex with older boyfriends)
    And the family has given consent
    When the front door checks the contact
    Then for the 12-year-old the recommended level is 4
    And for the 12-year-old the primary pathway is P5
    And the 12-year-old's rationale cites "R-04b"
    And for the 14-year-old the recommended level is 2
    And for the 14-year-old the primary pathway is P2
    And the 14-year-old's rationale does not cite "R-04b"

  Scenario: A sibling group is recorded as one referral with a recommendation for each child
    Given a contact from a school about children aged 6 and 9
    And the concerns are L2-CD-01 (both often late) and L2-FE-04 (the family is in debt after the father lost his job)
    And the family has given consent
    When the practitioner records the referral
    Then the referral is recorded
    And each of the 2 children has a recommendation of their own
    And the recommended level is 2 "Additional"
    And the primary pathway is P2
