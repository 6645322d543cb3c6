Feature: Early help routes
  Early help is voluntary help for the family before needs become complex or harmful. One or two additional needs
  are met by the agency that knows the family (level 2, single-agency early help); multiple or complex needs call
  for a lead practitioner and co-ordinated agencies (level 3, multi-agency family help). Alongside either, specific
  early-help routes are offered: the domestic-abuse route, a young carer's assessment, parenting support and neglect
  support with a Graded Care Profile 2.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  Scenario: One additional need is met by the agency that knows the family
    Given a contact from a school about a 9-year-old
    And the concern is L2-CD-07 (disruptive behaviour at school)
    When the front door checks the contact
    Then the recommended level is 2 "Additional"
    And the primary pathway is P2 "Single-agency early help (level 2)"
    And the timescale for P2 says "within 1 working day"
    And there are no additional routes

  Scenario: Three additional needs together need multi-agency family help once an early help plan has not been enough
    Given a contact from a school about a 9-year-old
    And the child's case is open to early help
    And the concerns are L2-CD-01 (occasional absence), L2-FE-04 (debt) and L2-CD-07 (disruptive behaviour)
    When the front door checks the contact
    Then the recommended level is 3 "Intensive"
    And the rationale cites "EH-L01"

  Scenario: Medium-risk domestic abuse: multi-agency family help and the domestic-abuse early-help route
    Given a contact from the police about a 5-year-old
    And the concern is L3-PC-03 (domestic abuse between carers, medium risk)
    And police graded the domestic abuse as medium risk
    And 9 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P3
    And the additional routes include "P8"
    And the timescale for P8 says "domestic-abuse early-help service"
    And the rationale cites "EH-01"

  Scenario: A child with no domestic abuse reported gets no domestic-abuse route
    Given a contact from a school about a 9-year-old
    And the concern is L2-FE-01 (parental conflict, not assessed as domestic abuse)
    When the front door checks the contact
    Then the additional routes do not include "P8"
    And the rationale does not cite "EH-01"

  Scenario: A young carer with some caring tasks is offered a young carer's needs assessment
    Given a contact from a school about a 12-year-old
    And the concern is L2-CD-14 (young carer with some caring tasks at home)
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "EH-YC"
    And the rationale cites "EH-02"

  Scenario: A young carer whose caring role is harming them gets family help and a young carer's assessment
    Given a contact from a school about a 13-year-old
    And the concern is L3-CD-13 (caring role harming their schooling)
    When the front door checks the contact
    Then the primary pathway is P3
    And the additional routes include "EH-YC"
    And the timescale for EH-YC says "young carers service within 5 working days"
    And the rationale cites "EH-02"

  Scenario: Young first-time parents needing advice are offered parenting support
    Given a contact from a health visitor about a baby of 3 months
    And the concern is L2-PC-03 (young, inexperienced parents)
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "EH-PAR"
    And the rationale cites "EH-03"

  Scenario: Parental conflict affecting the child is offered reducing-parental-conflict support
    Given a contact from a school about a 10-year-old
    And the concern is L2-FE-01 (parents' arguments affecting the child)
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "EH-PAR"
    And the rationale cites "EH-03"

  Scenario: At level 4 the assessment leads and parenting support is not offered as early help
    Given a contact from mental health services about a 14-year-old
    And the concerns are L3-PC-04 (harsh physical chastisement) and L4-CD-10 (suicidal thoughts)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P4
    And the additional routes do not include "EH-PAR"
    And the rationale does not cite "EH-03"

  Scenario: Emerging neglect is supported with a Graded Care Profile 2 completed with the family
    Given a contact from a health visitor about a 4-year-old
    And the concern is L2-PC-01 (basic care provided inconsistently)
    And the Graded Care Profile 2 highest grade is 1
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "EH-NEG"
    And the timescale for EH-NEG says "Graded Care Profile 2 completed with the family"
    And the rationale cites "EH-04"
    And the rationale does not cite "EH-05"

  Scenario: A Graded Care Profile 2 of grade 3 shows neglect needing support even when no neglect indicator was chosen
    Given a contact from a health visitor about a 4-year-old
    And the concern is L2-CD-04 (missed health checks)
    And the Graded Care Profile 2 highest grade is 3
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P3
    And the additional routes include "EH-NEG"
    And the rationale cites "EH-05"
    And the rationale does not cite "EH-04"

  Scenario: Chronic neglect (Graded Care Profile 2 grade 4) is beyond early help
    Given a contact from a health visitor about a 4-year-old
    And the concern is L2-PC-01 (basic care provided inconsistently)
    And the Graded Care Profile 2 highest grade is 4
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P4
    And the additional routes do not include "EH-NEG"
