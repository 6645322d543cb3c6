Feature: Specialist routes alongside the primary pathway
  Some routes are owed whatever the level of need and run alongside the child's primary pathway: the LADO for an
  allegation against someone who works with children (R-13), private fostering (R-12), return home interviews and
  exploitation screening for missing children, youth justice, homeless 16/17-year-olds (R-15), the mandatory FGM
  report (R-03), an urgent paediatric assessment for an injured non-mobile baby (R-01), police protection and a
  strategy discussion after immediate danger (R-16), the children with disabilities team, the emergency duty team
  out of hours, MARAC and Operation Encompass.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  # --- LADO (R-13) ---

  Scenario: A child who discloses that a teacher hurt them gets a strategy discussion and the LADO is told as well
    Given a contact from a school about a 9-year-old
    And the concern is L4-CD-03 (the child says a member of staff hit them)
    And an allegation has been made against someone who works with children
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P11"
    And the rationale cites "PP-02, AR-01"

  Scenario: An allegation against a sports coach alongside early help for the child
    Given a contact from a voluntary organisation about a 12-year-old
    And the concern is L2-CD-13 (bullied, low self-esteem)
    And an allegation has been made against someone who works with children
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "P11"
    And the timescale for P11 says "Inform the LADO within 1 working day"
    And the rationale cites "AR-01"

  # --- Private fostering (R-12): under 16 (under 18 if disabled), 28 days or more, not a parent or close relative ---

  Scenario: A 10-year-old staying with a family friend for 60 days is privately fostered
    Given a contact from a school about a 10-year-old
    And the child is staying with a family friend for 60 days
    When the front door checks the contact
    Then the primary pathway is P12 "Private fostering assessment"
    And the timescale for P12 says "Officer visits within 7 working days of notification"
    And the rationale cites "PF-03"

  Scenario: A disabled 16-year-old staying with a family friend is still privately fostered
    Given a contact from a school about a 16-year-old
    And the child has some disability
    And the child is staying with a family friend for 90 days
    When the front door checks the contact
    Then the primary pathway is P12
    And the rationale cites "PF-04"
    And the rationale does not cite "PF-05"

  Scenario: A child living at home with their parents raises no private fostering question
    Given a contact from a school about a 10-year-old
    And the concern is a level 2 education concern
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes do not include "P12"
    And the rationale does not cite "PF-01, PF-02, PF-03, PF-04, PF-05"

  Scenario Outline: The front door explains whether staying with <carer> for <days> days at <age> is private fostering
    Given a contact from a school about a <age>-year-old
    And the child has <disability>
    And the child is staying with <carer> for <days> days
    When the front door checks the contact
    Then the rationale cites "<rule>"

    Examples: Close relatives are not private foster carers
      | carer            | days | age | disability    | rule  |
      | a grandparent    | 60   | 10  | no disability | PF-01 |
      | an aunt          | 120  | 7   | no disability | PF-01 |
      | a step-parent    | 60   | 12  | no disability | PF-01 |
      | an older sibling | 90   | 15  | no disability | PF-01 |

    Examples: Private fostering is 28 days or more
      | carer           | days | age | disability    | rule  |
      | a family friend | 20   | 10  | no disability | PF-02 |
      | a neighbour     | 27   | 10  | no disability | PF-02 |
      | a neighbour     | 28   | 10  | no disability | PF-03 |

    Examples: Private fostering is for under-16s, or under-18s if disabled
      | carer           | days | age | disability          | rule  |
      | a cousin        | 60   | 15  | no disability       | PF-03 |
      | a family friend | 90   | 16  | no disability       | PF-05 |
      | a family friend | 90   | 17  | a severe disability | PF-04 |

  Scenario: Private fostering is a statutory route whatever the level: a privately fostered child with complex needs
    Given a contact from a school about a 10-year-old
    And the concern is L3-CD-08 (emerging self-harm)
    And the child is staying with a family friend for 60 days
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P3
    And the additional routes include "P12"

  Scenario: A child living with a grandparent is not privately fostered, so no private fostering assessment
    Given a contact from a school about a 10-year-old
    And the child is staying with a grandparent for 60 days
    When the front door checks the contact
    Then the primary pathway is P1
    And the additional routes do not include "P12"

  Scenario: A stay of under 28 days is not private fostering, so no private fostering assessment
    Given a contact from a school about a 10-year-old
    And the child is staying with a family friend for 20 days
    When the front door checks the contact
    Then the primary pathway is P1
    And the additional routes do not include "P12"

  Scenario: A 16-year-old without a disability staying with a family friend is not privately fostered, so no assessment
    Given a contact from a school about a 16-year-old
    And the child has no disability
    And the child is staying with a family friend for 90 days
    When the front door checks the contact
    Then the primary pathway is P1
    And the additional routes do not include "P12"

  # --- Missing children ---

  Scenario: A child found after a first, short missing episode is offered a return home interview only
    Given a contact from the police about a 13-year-old
    And the concern is L2-CD-11 (first missing episode)
    And the child has been missing for 5 hours, 1 times in the last 12 months
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "P10"
    And the additional routes do not include "P9"
    And the timescale for P10 says "Return home interview offered within 72 hours of return"
    And the rationale cites "AR-03"

  Scenario: A second missing episode in a year is a warning sign of exploitation
    Given a contact from the police about a 14-year-old
    And the child has been missing for 5 hours, 2 times in the last 12 months
    When the front door checks the contact
    Then the primary pathway is P10
    And the additional routes include "P9"
    And the rationale cites "AR-04"
    And the rationale does not cite "AR-05"

  Scenario: A child missing for more than 24 hours is screened for exploitation
    Given a contact from the police about a 14-year-old
    And the child has been missing for 30 hours, 1 times in the last 12 months
    When the front door checks the contact
    Then the primary pathway is P10
    And the additional routes include "P9"
    And the rationale cites "AR-05"
    And the rationale does not cite "AR-04"

  Scenario: A child regularly missing gets multi-agency help, a return home interview and exploitation screening
    Given a contact from the police about a 15-year-old
    And the child has been missing for 10 hours, 3 times in the last 12 months
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P3
    And the additional routes include "P10 and P9"
    And the rationale cites "AR-03, AR-04"

  # --- Exploitation ---

  Scenario: A child vulnerable to exploitation is screened at the multi-agency exploitation meeting
    Given a contact from a school about a 14-year-old
    And the concern is L3-CD-06 (risk indicators of criminal exploitation)
    When the front door checks the contact
    Then the primary pathway is P3
    And the additional routes include "P9"
    And the timescale for P9 says "MACE"
    And the rationale cites "AR-12"

  Scenario: Known criminal exploitation is a child protection matter with exploitation screening alongside
    Given a contact from the police about a 15-year-old
    And the concern is L4-CD-06 (known county lines involvement)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P9"
    And the rationale cites "AR-12"

  # --- Youth justice ---

  Scenario: A 13-year-old arrested for shoplifting, with needs at home, also goes to the youth justice service
    Given a contact from the police about a 13-year-old
    And the concern is L2-FE-04 (debt affecting the child)
    And the child has been offending
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "P16"
    And the rationale cites "AR-13"

  Scenario: A child starting to offend is referred to youth justice
    Given a contact from a school about a 13-year-old
    And the concern is L3-CD-09 (starting to offend)
    When the front door checks the contact
    Then the primary pathway is P3
    And the additional routes include "P16"
    And the rationale cites "AR-14"

  Scenario: A child under 10 cannot be dealt with by youth justice
    Given a contact from a school about a 9-year-old
    And the concern is L3-CD-09 (regular anti-social behaviour)
    And the child has been offending
    When the front door checks the contact
    Then the primary pathway is P3
    And the additional routes do not include "P16"
    And the rationale does not cite "AR-13, AR-14"

  # --- Homeless 16/17-year-olds (R-15) ---

  Scenario: A homeless 17-year-old already open as a child in need keeps the homeless route alongside the allocated worker
    Given a contact from housing about a 17-year-old
    And the child's case is open to child in need
    And the young person has nowhere to live
    When the front door checks the contact
    Then the primary pathway is P15
    And the additional routes include "P18"
    And the rationale cites "AR-15"

  # --- Already-open case with new significant-harm information (R-07) ---

  Scenario: A new injury to a child on a child protection plan: strategy discussion and the allocated worker told today
    Given a contact from a school about a 7-year-old
    And the child's case is open to child protection
    And the concern is L4-CD-02 (a new unexplained injury)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P15"
    And the rationale cites "AR-17"

  Scenario: Police find a child on a child protection plan in immediate danger: the allocated worker is told today too
    Given a contact from the police about a 7-year-old
    And the child's case is open to child protection
    And the child is in immediate danger
    When the front door checks the contact
    Then the primary pathway is P6
    And the additional routes include "P5, P17 and P15"

  Scenario: A child on a child protection plan present at high-risk domestic abuse: strategy discussion and the allocated worker
    Given a contact from the police about a 9-year-old
    And the child's case is open to child protection
    And police graded the domestic abuse as high risk
    And 12 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P15"

  # --- FGM (R-03) ---

  Scenario: A teacher who learns that FGM was done to a pupil must report it to the police personally
    Given a contact from a school about a 10-year-old
    And the concern is L4-CD-08 (the girl says FGM was done to her)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "FGM-REPORT"
    And the timescale for FGM-REPORT says "By the end of the next working day"
    And the rationale cites "AR-16"
    And the rationale marks "AR-16" as a mandatory escalation

  # --- Non-mobile injury (R-01) ---

  Scenario: A bruise on a baby who is not yet mobile needs an urgent paediatric assessment as well as a strategy discussion
    Given a contact from a health visitor about a baby of 4 months
    And the child is not yet mobile
    And the concern is L4-CD-01 (a bruise on the baby's cheek)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "PAEDS"
    And the rationale cites "R-01, AR-18"
    And the rationale marks "AR-18" as a mandatory escalation

  Scenario: An unexplained injury to a walking toddler does not need the non-mobile paediatric route
    Given a contact from a nursery about a 2-year-old
    And the child is mobile
    And the concern is L4-CD-02 (an unexplained injury)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes do not include "PAEDS"
    And the rationale does not cite "AR-18"

  # --- Immediate danger (R-16) ---

  Scenario: Police report a child in immediate danger: protect now, police protection, then a strategy discussion
    Given a contact from the police about a 6-year-old
    And the child is in immediate danger
    When the front door checks the contact
    Then the primary pathway is P6
    And the additional routes include "P5 and P17"
    And the rationale cites "PP-01, AR-19, AR-20"
    And the rationale marks "AR-19" as a mandatory escalation

  Scenario: A neighbour reports a child in immediate danger: no police protection route from the front door itself
    Given a contact from a member of the public about a 6-year-old
    And the referrer says the child is in immediate danger
    When the front door checks the contact
    Then the primary pathway is P6
    And the additional routes include "P5"
    And the additional routes do not include "P17"
    And the rationale does not cite "AR-20"

  # --- Children with disabilities (P13) ---

  Scenario: A child with a severe disability is referred to the children with disabilities team
    Given a contact from a GP about a 7-year-old
    And the child has a severe disability
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P3
    And the additional routes include "P13"
    And the rationale cites "AR-21"

  Scenario: A child with some disability needing low-level support is not a disabilities team case
    Given a contact from a school about a 7-year-old
    And the child has some disability
    And the concern is L2-CD-15 (additional educational need)
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes do not include "P13"

  # --- Out of hours ---

  Scenario: Significant harm suspected out of hours goes to the emergency duty team now
    Given a contact from a hospital about a 6-year-old
    And the concern is L4-CD-02 (an injury with an inconsistent explanation)
    And the contact came in out of hours
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "EDT"
    And the rationale cites "AR-22"

  Scenario: Immediate danger out of hours goes to the emergency duty team now
    Given a contact from a member of the public about a 4-year-old
    And the child is in immediate danger
    And the contact came in out of hours
    When the front door checks the contact
    Then the primary pathway is P6
    And the additional routes include "EDT"
    And the rationale cites "AR-22"

  Scenario: A toddler found alone at night needs a strategy discussion, so the emergency duty team acts now
    Given a contact from a member of the public about a 2-year-old
    And the child is mobile
    And the concern is L2-PC-02 (toddler left to their own devices)
    And the contact came in out of hours
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "EDT"

  Scenario: An early-help need raised out of hours waits for the front door
    Given a contact from a parent about a 6-year-old
    And the concern is L2-CD-04 (missed health checks)
    And the contact came in out of hours
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes do not include "EDT"

  # --- MARAC and Operation Encompass ---

  Scenario: High-risk domestic abuse goes to MARAC
    Given a contact from the police about a 9-year-old
    And police graded the domestic abuse as high risk
    And 12 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the additional routes include "P7"
    And the timescale for P7 says "heard at MARAC within 2 weeks"
    And the rationale cites "AR-06"
    And the rationale marks "AR-06" as a mandatory escalation

  Scenario: Three incidents in a year is potential escalation to MARAC, even at standard risk
    Given a contact from the police about a 9-year-old
    And police graded the domestic abuse as standard risk
    And 6 DASH questions were answered yes
    And there have been 3 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the additional routes include "P7"
    And the rationale cites "AR-08"
    And the rationale does not cite "AR-06, AR-07"

  Scenario: Operation Encompass tells the school of each child of school age who was present
    Given a contact from the police about children aged 15, 4 and 3
    And police graded the domestic abuse as medium risk
    And 8 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then for the 15-year-old the additional routes include "ENCOMPASS"
    And for the 4-year-old the additional routes include "ENCOMPASS"
    And for the 3-year-old the additional routes do not include "ENCOMPASS"

  Scenario: A school reporting domestic abuse it heard about does not trigger an Operation Encompass notification
    Given a contact from a school about a 9-year-old
    And police graded the domestic abuse as standard risk
    And 3 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the additional routes do not include "ENCOMPASS"
    And the rationale does not cite "AR-09"

  # --- Pregnancy ---

  Scenario: A pregnant 15-year-old with concerns for her and the baby: pre-birth assessment alongside family help
    Given a contact from a school about a 15-year-old
    And the concern is L3-CD-11 (pregnant teenager with concerns for her and the unborn baby)
    When the front door checks the contact
    Then the primary pathway is P3
    And the additional routes include "P14"
    And the rationale cites "AR-11"

  Rule: A child living with a relative or family friend because of worries about the parents (P19)
    # Source: DfE, Family and friends care: statutory guidance for local authorities (2011); Ofsted focused visit to
    # Southend-on-Sea children's services (2023), third area for improvement

    Scenario: A grandmother has taken in her grandson after his mother's arrest: the legal status is found out and the carers supported
      Given a contact from the police about a 7-year-old
      And the circumstance "family-and-friends-care" is given
      When the front door checks the contact
      Then the primary pathway is P19
      And the rationale cites "PP-08c"
      And the first thing a partner is told to do is to "Do not treat it as a private arrangement"

    Scenario: An aunt caring for a child after a disclosure of abuse: the strategy discussion leads, and the arrangement's status is settled too
      Given a contact from a school about a 9-year-old
      And the circumstance "family-and-friends-care" is given
      And the concern is L4-PC-04 (the child told a teacher her father hit her with a belt, and is now staying with her aunt)
      When the front door checks the contact
      Then the primary pathway is P5
      And the additional routes include "P19"
      And the rationale cites "AR-23"
