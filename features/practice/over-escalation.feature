Feature: Not escalating further than the needs call for
  Levels are a guide to professional judgement, not a score: one or two additional needs on a first contact are
  met by the agency that knows the family, without a request form and without children's social care. The level
  rises only when the needs are multiple, when the same worries keep coming back, or when a history or risk rule
  says so. A previous plan, a few earlier contacts or a standard-risk incident do not by themselves make a family
  a social-care case.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  # Source: Effective Support for Children and Families in Essex, level 2 additional needs (https://www.essexeffectivesupport.org.uk/level-2-additional-needs/)
  Scenario: A first contact about a 7-year-old who is often late and comes in without breakfast stays with the school (two needs)
    Given a contact from a school about a 7-year-old
    And the concerns are L2-CD-01 (late two or three times a week) and L2-CD-05 (often says he has not eaten)
    When the front door checks the contact
    Then the recommended level is 2 "Additional"
    And the primary pathway is P2
    And the first thing a partner is told to do is to "Support the family yourself, as the agency that knows them"
    And no partner is told to "request multi-agency early help (family help) with the online form"
    And the rationale cites "PP-13"
    And the rationale does not cite "EH-L01"

  # Source: Kent Support Levels Guidance, additional support level 2 (https://kscmp.org.uk/guidance/kent-support-levels-guidance/additional-support-level-2)
  Scenario: A GP whose 4-year-old patient has missed two vaccination appointments supports the family in the surgery (one need)
    Given a contact from a GP about a 4-year-old
    And the concern is L2-CD-04 (pre-school boosters missed twice; mum works shifts)
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2
    And no partner is told to "Ring the front door"

  # Source: Effective Support for Children and Families in Essex, level 3 intensive: several agencies needed (https://www.essexeffectivesupport.org.uk/level-3-intensive/)
  Scenario: A third additional need on the same first contact still gets a level-2 plan first
    Given a contact from a school about a 7-year-old
    And the concerns are L2-CD-01 (often late), L2-CD-05 (often hungry) and L2-FE-03 (family of five in a one-bedroom flat)
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2
    And the rationale cites "EH-L00, PP-13"

  # Source: DfE, Children in need: a focus on re-referrals (https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need-a-focus-on-re-referrals)
  Scenario: Two earlier contacts this year about the same two additional needs do not yet raise the level
    Given a contact from a school about a 9-year-old
    And the front door has had 2 contacts about the child in the last 12 months
    And the concerns are L2-CD-07 (disruptive in class) and L2-CD-12 (parents separated in the spring)
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2
    And the rationale does not cite "R-06a"

  # Source: DfE, Children in need: a focus on re-referrals (https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need-a-focus-on-re-referrals)
  Scenario: A third earlier contact this year about additional needs: look at the accumulation, and offer family help
    Given a contact from a school about a 9-year-old
    And the front door has had 3 contacts about the child in the last 12 months
    And the concerns are L2-CD-07 (disruptive in class) and L2-CD-12 (parents separated in the spring)
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P3
    And the rationale cites "R-06a, PP-12"

  # Source: East Sussex continuum of need, level indicators: levels are a guide, not a score (https://www.eastsussex.gov.uk/children-families/professional-resources/level-indicators?print=true)
  Scenario: Strengths alongside one additional need: the level is the highest need, not a sum
    Given a contact from a health visitor about a 2-year-old
    And the concerns are L1-PC-03 (warm, responsive parents) and L2-CD-03 (only a few words at two)
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2

  # Source: Buckinghamshire Safeguarding Children Partnership threshold guidance, level 3 parents and carers: a previous plan with current concerns (https://www.buckssafeguarding.org.uk/childrenpartnership/)
  Scenario: A child who was on a plan years ago, now doing well at school, is not escalated because of the old plan alone
    Given a contact from a school about an 11-year-old
    And the child was previously on a child protection plan
    And the concern is L1-CD-03 (attendance 97%, making good progress; the school only wants advice about a new stepdad)
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P1
    And the rationale does not cite "R-08b"

  # Source: DfE, Children in need: a focus on re-referrals (https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need-a-focus-on-re-referrals)
  Scenario: Two earlier contacts this year that each looked universal: still advice and signposting
    Given a contact from a parent about a 6-year-old
    And the front door has had 2 contacts about the child in the last 12 months
    And the concern is L1-CD-04 (happy and settled; mum wanted to know about after-school clubs)
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P1
    And the rationale does not cite "R-06b"

  # Source: Southend, Essex and Thurrock (SET) FOI response on MARAC processes: standard, medium and high domestic abuse risk definitions (https://110571.2bdvi7ajx.asia/foi-responses/marac-processes)
  Scenario: A standard-risk row the children saw, with parents arguing about contact arrangements: early help, not a strategy discussion
    Given a contact from a school about an 8-year-old
    And police graded the domestic abuse as standard risk
    And 3 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    And the concern is L2-FE-01 (parents shout at each other at the school gate about contact weekends)
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2
    And the additional routes include "P8 and EH-PAR"
    And the additional routes do not include "P5, P7"
    And no partner is told to "Ring the front door now"

  # Source: Kent Support Levels Guidance, additional support level 2: low-level emotional difficulty and bullying (https://kscmp.org.uk/guidance/kent-support-levels-guidance/additional-support-level-2)
  Scenario: A 14-year-old who is being bullied online and has low mood is supported by the school's pastoral team
    Given a contact from a school about a 14-year-old
    And the concerns are L2-CD-13 (group chat bullying) and L2-CD-06 (low mood; has scratched her wrist once)
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2
    And no partner is told to "Ring the front door"

  # Source: NSPCC Graded Care Profile 2 (https://www.nspcc.org.uk/services-and-resources/services-for-children-and-families/graded-care-profile/)
  Scenario: A Graded Care Profile 2 of grade 2 with inconsistent basic care stays at early help, with neglect support
    Given a contact from a health visitor about a 3-year-old
    And the concern is L2-PC-01 (clothes often dirty; bath time irregular)
    And the Graded Care Profile 2 highest grade is 2
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2
    And the additional routes include "EH-NEG"
    And the rationale cites "EH-05"
    And the rationale does not cite "GCP-3, GCP-4"
