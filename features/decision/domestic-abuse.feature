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

  Scenario: Police grading of high risk goes to MARAC and is never downgraded
    Given a contact from the police about a 9-year-old
    And police graded the domestic abuse as high risk
    And 10 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 4 "Specialist"
    And the primary pathway is P4
    And the additional routes include "P7"
    And the additional routes do not include "P8"
    And the rationale cites "R-09b, AR-06"
    And the rationale marks "R-09b" as a mandatory escalation

  Scenario: Three incidents in 12 months is accumulating abuse, not a one-off: multi-agency help and MARAC
    Given a contact from the police about a 6-year-old
    And the concern is L2-FE-07 (possible domestic abuse, standard-risk notification)
    And police graded the domestic abuse as standard risk
    And 5 DASH questions were answered yes
    And there have been 3 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 3 "Intensive"
    And the primary pathway is P3
    And the additional routes include "P7 and P8"
    And the rationale cites "R-09c, AR-08"

  Scenario: Two incidents in 12 months at standard risk is not yet potential escalation
    Given a contact from the police about a 6-year-old
    And the concern is L2-FE-07 (possible domestic abuse, standard-risk notification)
    And police graded the domestic abuse as standard risk
    And 5 DASH questions were answered yes
    And there have been 2 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 2
    And the additional routes do not include "P7"
    And the rationale does not cite "R-09c"

  Scenario: Medium-risk domestic abuse is level 3 multi-agency early help with the domestic-abuse route
    Given a contact from the police about a 6-year-old
    And police graded the domestic abuse as medium risk
    And 9 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 3 "Intensive"
    And the primary pathway is P3 "Targeted multi-agency early help / family help (level 3)"
    And the additional routes include "P8"
    And the rationale cites "R-11a, PP-12, EH-01"

  Scenario: Standard risk with the children elsewhere: advice, with the domestic-abuse route offered
    Given a contact from the police about a 6-year-old
    And police graded the domestic abuse as standard risk
    And 3 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P1
    And the additional routes include "P8"
    And the rationale does not cite "R-11b"

  Scenario Outline: Never no further action where the children were present (<risk> risk)
    Given a contact from the police about a 7-year-old
    And police graded the domestic abuse as <risk> risk
    And <dash> DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is <level>
    And the primary pathway is <pathway>
    And the additional routes include "ENCOMPASS"
    And the rationale cites "<rule>"

    Examples:
      | risk     | dash | level | pathway | rule  |
      | standard | 2    | 2     | P2      | R-11b |
      | medium   | 8    | 3     | P3      | R-11a |
      | high     | 12   | 4     | P5      | R-09b |

  Scenario: Domestic abuse while the mother is pregnant calls for a pre-birth assessment
    Given a contact from the police about a 3-year-old
    And police graded the domestic abuse as standard risk
    And 5 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And the mother is pregnant
    When the front door checks the contact
    Then the recommended level is 3
    And the additional routes include "P14"
    And the rationale cites "R-10, AR-10"

  Scenario: An actuarial high (DASH 14 or more) is not treated as medium risk because of the officer's grading
    Given a contact from the police about a 10-year-old
    And police graded the domestic abuse as medium risk
    And 16 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P7"
    And the additional routes do not include "P8"
    And the rationale does not cite "R-11a, EH-01"
