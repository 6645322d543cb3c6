Feature: What a partner is told to do first, for every route
  A teacher, GP, health visitor or police officer who rings the front door needs to know straight away what
  they should do now and who they should ring. Each route the front door can recommend carries one action for
  the partner; when a child has several routes, the most urgent action comes first (999 before the front door,
  the front door before a form). These practice cases walk through each route in turn.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  # Source: Hampshire and Isle of Wight thresholds chart, level 1 universal (https://www.hants.gov.uk/socialcareandhealth/childrenandfamilies/safeguardingchildren/thresholds)
  Scenario: A mum asking whether her 4-year-old's speech is on track is given advice, with no referral needed (P1)
    Given a contact from a parent about a 4-year-old
    And the concern is L1-CD-02 (talking in sentences; the parent wanted reassurance before he starts school)
    When the front door checks the contact
    Then the primary pathway is P1 "Information, advice and signposting"
    And the first thing a partner is told to do is to "Keep supporting the child and family through universal services"
    And a partner is told to act "No referral needed", contacting "consultation-line"
    And the rationale cites "PP-18"

  # Source: Essex County Council, Request support from us: level 2 needs no request form (https://www.essex.gov.uk/request-support-from-us)
  Scenario: A primary school worried that an 8-year-old comes in without breakfast supports the family itself, with no form (P2)
    Given a contact from a school about an 8-year-old
    And the concern is L2-CD-05 (arrives hungry most mornings; mum has started a new job with early shifts)
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2 "Single-agency early help (level 2)"
    And the first thing a partner is told to do is to "Support the family yourself, as the agency that knows them"
    And a partner is also told to "No request form is needed"
    And a partner is told to act "Now, with the family's agreement", contacting "consultation-line"
    And no partner is told to "request multi-agency early help (family help) with the online form"
    And the rationale cites "PP-13"

  # Source: Kent Support Levels Guidance, additional support level 2 (https://kscmp.org.uk/guidance/kent-support-levels-guidance/additional-support-level-2)
  Scenario: A health visitor worried about a stressed dad who forgets the stair gate supports him herself, and offers parenting support (P2)
    Given a contact from a health visitor about a 1-year-old
    And the concern is L2-PC-04 (dad is exhausted since his partner left; the stair gate is often open)
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "EH-PAR"
    And the first thing a partner is told to do is to "Support the family yourself"
    And a partner is also told to "Offer the family parenting support at the family hub"
    And the rationale cites "PP-13, EH-03"

  # Source: Kent Support Levels Guidance, additional support level 2: young carers (https://kscmp.org.uk/guidance/kent-support-levels-guidance/additional-support-level-2)
  Scenario: A 12-year-old who helps look after her disabled mum is offered a young carer's assessment as well as the school's support
    Given a contact from a school about a 12-year-old
    And the concern is L2-CD-14 (does the shopping and helps mum with her medication before school)
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "EH-YC"
    And the first thing a partner is told to do is to "Support the family yourself"
    And a partner is also told to "whether they would like a young carer's assessment"
    And the rationale cites "EH-02"

  # Source: NSPCC Graded Care Profile 2 (https://www.nspcc.org.uk/services-and-resources/services-for-children-and-families/graded-care-profile/)
  Scenario: Emerging neglect once a baby is crawling: the health visitor works on it with the Graded Care Profile 2
    Given a contact from a health visitor about a 1-year-old
    And the concern is L2-PC-06 (baby crawling on a dirty floor with cigarette ends within reach)
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "EH-NEG"
    And a partner is also told to "Work with the family on the neglect using the Graded Care Profile 2"
    And the rationale cites "EH-04"

  # Source: Effective Support for Children and Families in Essex, level 3 intensive (https://www.essexeffectivesupport.org.uk/level-3-intensive/)
  Scenario: A 12-year-old whose attendance keeps falling despite the school's plan needs family help: ask the family, then use the online form (P3)
    Given a contact from a school about a 12-year-old
    And the concern is L3-CD-01 (attendance 82% and falling after a term on an attendance plan)
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P3
    And the first thing a partner is told to do is to "Ask the family to agree, then request multi-agency early help (family help) with the online form"
    And a partner is told to act "Within 1 working day, with the family's agreement", contacting "online-form"
    And the rationale cites "PP-12"

  # Source: Kent Support Levels Guidance, specialist support level 4 (https://www.kscmp.org.uk/guidance/kent-support-levels-guidance/specialist-support-level-4)
  Scenario: A 15-year-old who told the crisis team he has a plan to end his life: ring the front door today for an assessment (P4)
    Given a contact from mental health services about a 15-year-old
    And the concern is L4-CD-10 (seen in A&E after describing a plan to end his life)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P4
    And the first thing a partner is told to do is to "Ring the front door today to refer for a child and family assessment"
    And a partner is told to act "Today", contacting "front-door"
    And the rationale cites "PP-11"

  # Source: Tees Safeguarding Children Partnerships procedures, 6. Strategy discussion (https://www.teescpp.org.uk/procedures-for-the-safeguarding-process/6-strategy-discussion)
  Scenario: A GP who finds a 5-year-old's home squalid with no food in the house rings the front door now (P5)
    Given a contact from a GP about a 5-year-old
    And the concern is L4-FE-01 (home visit: no food, no heating, dog mess on the floors)
    When the front door checks the contact
    Then the primary pathway is P5
    And the first thing a partner is told to do is to "Ring the front door now (out of hours, the emergency duty team)"
    And a partner is told to act "Now", contacting "front-door"
    And a partner is also told to "do not question the child further"
    And the rationale cites "PP-02"

  # Source: NSCB procedures, strategy discussion: same day for recent sexual abuse (https://www.nscb.org.uk/staff-and-volunteers/procedures/strategy-discussion)
  Scenario: A 9-year-old tells her teacher that her uncle touches her at night: ring the front door now and do not alert him (P5 same day)
    Given a contact from a school about a 9-year-old
    And the concern is L4-CD-03 (the child told her class teacher about her uncle coming into her room)
    When the front door checks the contact
    Then the primary pathway is P5
    And the first thing a partner is told to do is to "Ring the front door now"
    And a partner is also told to "Do not tell the family or the person you suspect if that could put the child at risk"
    And a partner is told to act "Now", contacting "front-door"
    And the rationale cites "R-02, PP-02, UR-01"

  # Source: Southend-on-Sea City Council, child protection: immediate danger, ring 999 (https://southend.gov.uk/childrens-social-care/child-protection)
  Scenario: A neighbour hearing a 5-year-old screaming while a man threatens him calls 999 first (P6)
    Given a contact from a member of the public about a 5-year-old
    And the referrer says the child is in immediate danger
    When the front door checks the contact
    Then the primary pathway is P6
    And the first thing a partner is told to do is to "Call 999 now"
    And a partner is told to act "Now", contacting "police-999"
    And a partner is also told to "Ring the front door now"
    And the rationale cites "R-16, PP-01"

  # Source: Children Act 1989, section 46: removal and accommodation of children by police in cases of emergency (https://legislation.gov.uk/id/ukpga/1989/41/section/46)
  Scenario: Police at a house where an 8-year-old is in immediate danger: call 999 and police protection are both on the list (P6, P17)
    Given a contact from the police about an 8-year-old
    And the child is in immediate danger
    When the front door checks the contact
    Then the primary pathway is P6
    And the additional routes include "P17 and P5"
    And the first thing a partner is told to do is to "Call 999 now"
    And a partner is also told to "the police can take the child into police protection"
    And a partner is told to act "Now", contacting "police-999"
    And the rationale cites "AR-20"

  # Source: SafeLives-based Marac referral criteria: definitions (https://docsbay.net/marac-referral-criteria-definitions)
  Scenario: An A&E nurse completes a DASH with a mum: 15 yes answers, the children were at school, so MARAC comes first (P7)
    Given a contact from a hospital about a 9-year-old
    And police graded the domestic abuse as medium risk
    And 15 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P4
    And the additional routes include "P7"
    And the first thing a partner is told to do is to "Refer to MARAC today"
    And a partner is told to act "Today", contacting "front-door"
    And the rationale cites "R-09a, AR-07, PP-11"

  # Source: Southend, Essex and Thurrock (SET) FOI response on MARAC processes: standard, medium and high domestic abuse risk definitions (https://110571.2bdvi7ajx.asia/foi-responses/marac-processes)
  Scenario: A school hears of a standard-risk argument at home the children did not see: offer mum the domestic abuse service (P8)
    Given a contact from a school about a 10-year-old
    And police graded the domestic abuse as standard risk
    And 2 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the primary pathway is P1
    And the additional routes include "P8"
    And the first thing a partner is told to do is to "Offer the adult victim a referral to the domestic abuse service"
    And a partner is told to act "Within 1 working day, with the adult's agreement", contacting "consultation-line"
    And the rationale cites "EH-01"

  # Source: Operation Encompass, Policy Partners Project (https://www.policypartnersproject.co.uk/operation-encompass)
  Scenario: Police attended a standard-risk incident a 7-year-old saw: the school is told before the next school day (ENCOMPASS)
    Given a contact from the police about a 7-year-old
    And police graded the domestic abuse as standard risk
    And 4 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 2
    And the primary pathway is P2
    And the additional routes include "ENCOMPASS and P8"
    And the first thing a partner is told to do is to "Make sure a trusted adult is there for the child that day"
    And a partner is told to act "Before the next school day", contacting "none"
    And the rationale cites "R-11b, AR-09, EH-01"

  # Source: Essex Safeguarding Children Board, Risk in the Community (https://www.escb.co.uk/safeguarding-topics/exploitation-risk-in-the-community/information-for-professionalsvolunteers/what-is-risk-in-the-community-ric)
  Scenario: A 14-year-old with new trainers, cash and an older "friend" collecting him from school: ring the front door today about exploitation (P9)
    Given a contact from a school about a 14-year-old
    And the concern is L3-CD-06 (unexplained money and a second phone; picked up by an adult in a car)
    When the front door checks the contact
    Then the primary pathway is P3
    And the additional routes include "P9"
    And the first thing a partner is told to do is to "Ring the front door today about exploitation and share what you know"
    And a partner is told to act "Today", contacting "front-door"
    And a partner is also told to "Ask the family to agree, then request multi-agency early help"
    And the rationale cites "AR-12, PP-12"

  # Source: Missing children protocol, return interviews (https://docest.com/doc/62831/missing-children-protocol-return-interviews-october-2016)
  Scenario: A 13-year-old who stayed out overnight once is reported to the police, then offered a return home interview (P10)
    Given a contact from the police about a 13-year-old
    And the child has been missing for 8 hours, 1 times in the last 12 months
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P10
    And the first thing a partner is told to do is to "If the child is missing now, report it to the police straight away"
    And a partner is told to act "Now", contacting "police-missing"
    And the rationale cites "PP-16, AR-03"

  # Source: Luton Borough Council, reporting a concern about an adult who works with children (https://m.luton.gov.uk/Page/Show/Health_and_social_care/safeguarding/safeguarding_children/Pages/Reporting-a-concern-about-an-adult-who-works-with-children.aspx)
  Scenario: A head teacher told that a teaching assistant shouted at and shoved a pupil tells the LADO within 1 working day (P11)
    Given a contact from a school about a 10-year-old
    And an allegation has been made against someone who works with children
    When the front door checks the contact
    Then the primary pathway is P11
    And the first thing a partner is told to do is to "Tell the LADO (local authority designated officer) within 1 working day"
    And a partner is told to act "Within 1 working day", contacting "lado"
    And a partner is also told to "Do not tell the person concerned"
    And the rationale cites "PP-14, AR-01"

  # Source: Kent private fostering procedure (https://kentchildcare.proceduresonline.com/p_private_fost.html)
  Scenario: An 11-year-old living with a family friend for the school year while mum works abroad: tell the front door, the law says so (P12)
    Given a contact from a school about an 11-year-old
    And the child is staying with a family friend for 200 days
    When the front door checks the contact
    Then the primary pathway is P12
    And the first thing a partner is told to do is to "Tell the front door about the private fostering arrangement"
    And a partner is told to act "Within 1 working day", contacting "front-door"
    And the rationale cites "PF-03, PP-15"

  # Source: Bedford Borough children with disabilities team procedure (https://bedfordboroughcs.proceduresonline.com/p_child_disability.html)
  Scenario: A 6-year-old with profound and multiple disabilities whose parents can no longer manage at night: the disabilities team, with the family's agreement (P13)
    Given a contact from a GP about a 6-year-old
    And the child has a severe disability
    And the concern is L4-CD-14 (needs turning and suction through the night; both parents exhausted)
    When the front door checks the contact
    Then the primary pathway is P13
    And the first thing a partner is told to do is to "Ask the family to agree to a referral to the children with disabilities team"
    And a partner is told to act "Within 1 working day, with the family's agreement", contacting "online-form"
    And the rationale cites "AR-21"

  # Source: Tower Hamlets children's social care procedures, contacts and referrals: open cases (https://proceduresonline.com/towerhamlets/cs/p_contacts_referral.html)
  Scenario: A school worried about lateness of a child already on a child protection plan tells the allocated worker today (P15)
    Given a contact from a school about a 9-year-old
    And the child's case is open to child protection
    And the concern is L2-CD-01 (late four mornings this week)
    When the front door checks the contact
    Then the primary pathway is P15
    And the first thing a partner is told to do is to "Tell the child's allocated worker, or their manager, today"
    And a partner is told to act "Today", contacting "allocated-worker"
    And the rationale cites "R-07a, PP-07"

  # Source: Kent Support Levels Guidance, specialist support level 4: youth justice (https://www.kscmp.org.uk/guidance/kent-support-levels-guidance/specialist-support-level-4)
  Scenario: Police arrest a 15-year-old for criminal damage, with nothing else known: tell the youth justice service (P16)
    Given a contact from the police about a 15-year-old
    And the child has been offending
    When the front door checks the contact
    Then the primary pathway is P16
    And the first thing a partner is told to do is to "Tell the youth justice service"
    And a partner is told to act "Within 1 working day", contacting "youth-justice"
    And the rationale cites "PP-17, AR-13"

  # Source: Rotherham Safeguarding Children Partnership, bruising in non-mobile babies (http://rotherhamscb.proceduresonline.com/chapters/p_bruising.html)
  Scenario: A health visitor sees a small bruise on a 3-month-old's ear: the urgent paediatric assessment is the first thing she is told (PAEDS)
    Given a contact from a health visitor about a baby of 3 months
    And the child is not yet mobile
    And the concern is L4-CD-01 (a fingertip-sized bruise behind the ear; mum says the baby rolled against the cot)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "PAEDS"
    And the first thing a partner is told to do is to "the baby needs an urgent paediatric assessment today, whatever the explanation given"
    And a partner is told to act "Now", contacting "front-door"
    And the rationale cites "R-01, AR-18"

  # Source: Southend-on-Sea City Council, child protection: out of hours (https://southend.gov.uk/childrens-social-care/child-protection)
  Scenario: An A&E doctor at 2am with a 4-year-old whose broken arm has no explanation rings the emergency duty team (EDT)
    Given a contact from a hospital about a 4-year-old
    And the concern is L4-CD-02 (spiral fracture; the parents' accounts differ)
    And the contact came in out of hours
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "EDT"
    And the first thing a partner is told to do is to "Out of hours: ring the emergency duty team now"
    And a partner is told to act "Now", contacting "out-of-hours"
    And the rationale cites "AR-22"
