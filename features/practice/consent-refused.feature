Feature: When the family says no to early help
  Early help and family help are voluntary. When parents refuse, the help cannot start: the referrer keeps
  supporting the child through their own universal service and the front door records the refusal. A refusal
  never stops a child protection response, and a refusal while the same worries keep coming back to the front
  door is treated as escalating need: the case steps up to a social-care assessment.

  Background:
    Given the family has no previous involvement

  # Source: Wirral Safeguarding Children Partnership, parental consent guidance (https://wirralsafeguarding.co.uk/?p=23774)
  Scenario: Parents of a 3-year-old with slow speech turn down the nursery's early help offer: the nursery keeps supporting them
    Given a contact from a nursery about a 3-year-old
    And the concern is L2-CD-03 (only a handful of words; parents do not want "anyone else involved")
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P1 "Information, advice and signposting"
    And the first thing a partner is told to do is to "Keep supporting the child and family through universal services"
    And a partner is told to act "No referral needed", contacting "consultation-line"
    And no partner is told to "Support the family yourself, as the agency that knows them"
    And the rationale cites "PP-13r"
    And the rationale does not cite "PP-13"

  # Source: Essex County Council, Request support from us: early help needs the family's consent (https://www.essex.gov.uk/request-support-from-us)
  Scenario: A dad who says the family's money troubles and his son's poor diet are "nobody's business" refuses help: advice only
    Given a contact from a GP about a 10-year-old
    And the concerns are L2-CD-05 (weight dropping) and L2-FE-04 (dad lost his job in the spring)
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P1
    And the rationale cites "PP-13r"

  # Source: Wirral Safeguarding Children Partnership, parental consent guidance (https://wirralsafeguarding.co.uk/?p=23774)
  Scenario: A first contact about a 14-year-old's cannabis use, family help refused: no step-up on a first refusal
    Given a contact from a school about a 14-year-old
    And the concern is L3-CD-07 (smoking cannabis daily; excluded from lessons twice)
    And the front door has had 1 contacts about the child in the last 12 months
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P1
    And the first thing a partner is told to do is to "Keep supporting the child and family through universal services"
    And the rationale cites "PP-12r"
    And the rationale does not cite "R-17c, PP-12"

  # Source: Wirral Safeguarding Children Partnership, parental consent guidance: refusal and risk of significant harm (https://wirralsafeguarding.co.uk/?p=23774)
  Scenario: The third call this year about a 14-year-old's drug use, and the parents refuse family help again: ring the front door for an assessment
    Given a contact from a school about a 14-year-old
    And the concern is L3-CD-07 (now selling cannabis to younger pupils, say friends)
    And the front door has had 2 contacts about the child in the last 12 months
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P4
    And the first thing a partner is told to do is to "Ring the front door today to refer for a child and family assessment"
    And a partner is told to act "Today", contacting "front-door"
    And the rationale cites "R-17c, PP-11"
    And the rationale does not cite "PP-12r"

  # Source: Wirral Safeguarding Children Partnership, parental consent guidance (https://wirralsafeguarding.co.uk/?p=23774)
  Scenario: A mum whose drinking is affecting her 2-year-old's care refuses family help for the third time this year: a social-care assessment
    Given a contact from a health visitor about a 2-year-old
    And the concern is L3-PC-02 (mum smelled of alcohol at two visits; the toddler was still in night clothes at 2pm)
    And the front door has had 3 contacts about the child in the last 12 months
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P4
    And the rationale cites "R-17c"

  # Source: Staffordshire Safeguarding Children Board briefing 2: thresholds, section 17 referrals and consent (https://docsbay.net/sscb-briefing-2-thresholds-section-17-referrals-consent-november-2012)
  Scenario: Parents refuse help but their 11-year-old is going hungry because of neglect: a refusal does not stop a strategy discussion
    Given a contact from a school about an 11-year-old
    And the concern is L4-CD-11 (takes food from other children's lunch boxes; the school nurse says he has lost weight again)
    And the family refused consent
    When the front door checks the contact
    Then the primary pathway is P5
    And consent is not needed
    And the first thing a partner is told to do is to "Ring the front door now"
    And the rationale cites "PP-02"
    And the rationale does not cite "PP-12r, PP-13r"

  # Source: Wirral Safeguarding Children Partnership, parental consent guidance (https://wirralsafeguarding.co.uk/?p=23774)
  Scenario: A family with three separate additional needs refuse early help on a first contact: advice only, and the refusal is recorded
    Given a contact from a school about a 7-year-old
    And the concerns are L2-CD-01 (often late), L2-CD-05 (no packed lunch most days) and L2-FE-03 (six people in a two-bedroom flat)
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P1
    And the rationale cites "EH-L00, PP-13r"

  # Source: Buckinghamshire Safeguarding Children Partnership threshold guidance, level 4 family and environment: a child in need whose parents refuse help (https://www.buckssafeguarding.org.uk/childrenpartnership/)
  Scenario: Parents of a child already open as a child in need refuse the help offered: the allocated worker is told today
    Given a contact from a school about an 8-year-old
    And the child's case is open to child in need
    And the concern is L2-CD-07 (hitting other children after his dad moved out)
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P15
    And the first thing a partner is told to do is to "Tell the child's allocated worker, or their manager, today"
    And the rationale cites "R-17a, PP-07"

  # Source: Southend, Essex and Thurrock (SET) FOI response on MARAC processes: standard, medium and high domestic abuse risk definitions (https://110571.2bdvi7ajx.asia/foi-responses/marac-processes)
  Scenario: After a medium-risk incident the parents refuse family help: the domestic abuse service is still offered to mum
    Given a contact from the police about a 10-year-old
    And police graded the domestic abuse as medium risk
    And 9 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    And the family refused consent
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P1
    And the additional routes include "P8"
    And the first thing a partner is told to do is to "Offer the adult victim a referral to the domestic abuse service"
    And the rationale cites "R-11a, PP-12r, EH-01"
