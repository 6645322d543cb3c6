Feature: Unborn babies: when a pre-birth assessment is needed
  A midwife, GP or health visitor who is worried about an unborn baby should refer as soon as the worry is
  identified, so that any assessment, and a pre-birth conference by week 34, can happen before the birth. Some
  histories always call for a pre-birth assessment, whatever else the answer holds: parents who have had
  children removed, or a family with a previous child protection plan. The pre-birth route then sits alongside
  any other response, such as a strategy discussion.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  # Source: London Safeguarding Children Procedures, CP2(A) pre-birth referral and assessment (http://londonsafeguardingchildrenprocedures.co.uk/pre_birth_ref_assess.html)
  Scenario: A midwife books a mum at 20 weeks whose two older children were adopted: a pre-birth assessment, ring the front door today
    Given a contact from a health visitor about an unborn baby at 20 weeks
    And the parents have had children removed from their care
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P14 "Pre-birth assessment"
    And the first thing a partner is told to do is to "Ring the front door today about the unborn baby, and make sure the midwife knows"
    And a partner is told to act "Today", contacting "front-door"
    And the rationale cites "R-08c, PP-09, AR-11b"

  # Source: Sussex Child Protection and Safeguarding Procedures, pre-birth child protection procedures (http://sussexchildprotection.procedures.org.uk/tkyqxh/children-in-specific-circumstances/pre-birth-child-protection-procedures)
  Scenario: Parents who had a child removed have moved in with a man convicted of offences against children: strategy discussion, and the pre-birth route too
    Given a contact from probation about an unborn baby at 28 weeks
    And the parents have had children removed from their care
    And the concern is L4-PC-05 (the mother's new partner is a registered sex offender)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P14"
    And the first thing a partner is told to do is to "Ring the front door now"
    And a partner is also told to "Ring the front door today about the unborn baby"
    And the rationale cites "PP-02, AR-11b"

  # Source: London Safeguarding Children Procedures, CP2(A) pre-birth referral and assessment (http://londonsafeguardingchildrenprocedures.co.uk/pre_birth_ref_assess.html)
  Scenario: A family whose older child was on a child protection plan, now struggling with debt, expecting again: a pre-birth assessment
    Given a contact from a GP about an unborn baby at 18 weeks
    And the child was previously on a child protection plan
    And the concern is L2-FE-04 (rent arrears and bailiff letters; dad lost his job)
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P14
    And the rationale cites "R-08d, PP-09, AR-11c"

  # Source: Sussex Child Protection and Safeguarding Procedures, pre-birth child protection procedures (http://sussexchildprotection.procedures.org.uk/tkyqxh/children-in-specific-circumstances/pre-birth-child-protection-procedures)
  Scenario: A previous child protection plan and a mum injecting heroin at 22 weeks: strategy discussion, with the pre-birth route alongside
    Given a contact from a hospital about an unborn baby at 22 weeks
    And the child was previously on a child protection plan
    And the concern is L4-PC-02 (mum admitted injecting heroin; no antenatal care so far)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P14"
    And the rationale cites "AR-11c"

  # Source: Leicestershire and Rutland Safeguarding Boards, domestic abuse and pregnant women (https://lrsb.org.uk/lmagrda-pregnant-women)
  Scenario: Police attend a standard-risk incident where the mother of a 10-year-old is pregnant: the unborn baby comes first on the partner's list
    Given a contact from the police about a 10-year-old
    And police graded the domestic abuse as standard risk
    And 4 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And the mother is pregnant
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P3
    And the additional routes include "P14, ENCOMPASS and P8"
    And the first thing a partner is told to do is to "Ring the front door today about the unborn baby"
    And a partner is also told to "Make sure a trusted adult is there for the child that day"
    And the rationale cites "R-10, AR-10"

  # Source: London Safeguarding Children Procedures, CP2(A) pre-birth referral and assessment: risk triggers (http://londonsafeguardingchildrenprocedures.co.uk/pre_birth_ref_assess.html)
  Scenario: Young first-time parents who only need advice, with no history: early help from the health visitor, not a pre-birth assessment
    Given a contact from a health visitor about an unborn baby at 30 weeks
    And the concern is L2-PC-03 (both parents 19, keen but unsure what they will need)
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2
    And the additional routes do not include "P14"
    And no partner is told to "Ring the front door today about the unborn baby"
    And the rationale does not cite "PP-09, AR-11, AR-11b, AR-11c"

  # Source: Sefton Safeguarding Children Partnership procedures 6.1.8, pre-birth conference by the 34th week (https://seftonscp.procedures.org.uk/lkytqt/child-protection-conferences/managing-individual-cases/pre-birth-conference)
  Scenario: A midwife's level 3 concern about an unborn baby late in pregnancy is still a pre-birth assessment, referred today
    Given a contact from a hospital about an unborn baby at 32 weeks
    And the concern is L3-PC-08 (booked at 30 weeks after a concealed pregnancy; mum has a learning disability and no support)
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P14
    And a partner is told to act "Today", contacting "front-door"
    And the rationale cites "PP-09, AR-11"
