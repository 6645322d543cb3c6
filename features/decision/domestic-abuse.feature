Feature: Domestic abuse notifications
  Children who see, hear or experience domestic abuse are victims in their own right. Medium and standard-risk
  abuse goes into early help, never "no further action" where children were present; high risk goes to MARAC.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  Scenario: A standard-risk incident with the children present gets early help, the domestic-abuse route and a school notification
    Given a contact from the police about children aged 7 and 2
    And the concern is L2-FE-07 (possible domestic abuse, standard-risk notification)
    And police graded the domestic abuse as standard risk
    And 4 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 2 "Additional"
    And the primary pathway is P2
    And the additional routes include "P8"
    And for the 7-year-old the additional routes include "ENCOMPASS"
    And for the 2-year-old the additional routes do not include "ENCOMPASS"
    And the rationale cites "R-11b, PP-13, EH-01"
    And every reason gives its guidance reference and the rule-set version

  Scenario: DASH 14 or more is high risk whatever the officer's grading
    Given a contact from the police about a 9-year-old
    And police graded the domestic abuse as medium risk
    And 15 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 4 "Specialist"
    And the primary pathway is P4
    And the additional routes include "P7"
    And the rationale cites "R-09a, AR-07"
    And the rationale marks "R-09a" as a mandatory escalation
