Feature: Levels of need
  The front door recommends one of four levels of need, as the threshold guidance names them: 1 Universal,
  2 Additional, 3 Intensive and 4 Specialist. The level is the highest level among the indicators the practitioner
  picked; override rules can raise it (several additional needs, neglect graded on the Graded Care Profile 2, a severe
  disability, a child who regularly goes missing, help refused while risk escalates) but nothing ever lowers it.
  Levels are a guide to professional judgement, not a score: the practitioner confirms or overrides the recommendation.

  Rule: The four levels carry the names used in the threshold guidance

    Scenario Outline: A level <level> indicator gives level <level> "<name>" and its usual response
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concern is <code> (<indicator>)
      When the front door checks the contact
      Then the recommended level is <level> "<name>"
      And the primary pathway is <pathway>
      And the rationale cites "<code> and LV-<level>"

      Examples:
        | level | name       | code     | indicator                                                           | pathway |
        | 1     | Universal  | L1-PC-03 | carers show warmth and praise and can act on advice                 | P1      |
        | 2     | Additional | L2-CD-01 | occasional unauthorised absence, lateness or truancy                | P2      |
        | 3     | Intensive  | L3-CD-01 | persistent absence, below 90% and falling despite intervention      | P3      |
        | 4     | Specialist | L4-CD-10 | suicidal thoughts and plans, an acute mental-health crisis          | P4      |

    Scenario: A contact that names no concern at all is universal
      Given a contact from a parent about a 6-year-old
      And the family has no previous involvement
      And the family has given consent
      When the front door checks the contact
      Then the recommended level is 1 "Universal"
      And the primary pathway is P1
      And the rationale cites "LV-1, PP-18"

  Rule: The level is the highest indicator, raised by override rules and never lowered

    Scenario: Several indicators at different levels give the highest of them, not a sum
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concerns are L1-PC-01 (basic needs met), L2-CD-01 (occasional lateness) and L3-FE-02 (temporary, overcrowded housing with rent arrears)
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the primary pathway is P3
      And the rationale cites "L3-FE-02, L2-CD-01, L1-PC-01 and LV-3"

    Scenario: Strengths in the family do not pull a specialist indicator down
      Given a contact from a GP about a 9-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concerns are L4-CD-10 (suicidal thoughts), L1-PC-03 (warm, praising carers who act on advice) and L1-FE-02 (a supportive wider family)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the rationale cites "L4-CD-10 and LV-4"

    Scenario: An override rule raises the level above the highest indicator
      Given a contact from a health visitor about a 3-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concern is L2-PC-01 (basic care provided inconsistently)
      And the Graded Care Profile 2 highest grade is 4
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P4
      And the rationale cites "L2-PC-01, GCP-4 and LV-4"

    Scenario: An override with a lower minimum never lowers a specialist indicator
      Given a contact from mental health services about a 9-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concerns are L4-PC-02 (a parent's psychosis includes delusions about the child) and L2-PC-01 (basic care inconsistent)
      And the Graded Care Profile 2 highest grade is 3
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the rationale cites "L4-PC-02, GCP-3 and LV-4"

    Scenario: An open early help plan sets at least level 2 but does not lower an intensive indicator
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the child's case is open to early help
      And the front door has had 0 contacts about the child in the last 12 months
      And the family has given consent
      And the concern is L3-PC-02 (a parent's drinking is affecting care of the child)
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the primary pathway is P15
      And the rationale cites "L3-PC-02, R-07c and LV-3"

  Rule: Three or more additional needs call for co-ordinated multi-agency help (level 3) once a level-2 plan has been tried
    # Source: Effective Support for Children and Families in Essex: a level-2 early help plan comes first, level 3 when
    # it does not make progress (https://www.essexeffectivesupport.org.uk/level-3-intensive/)

    Scenario: Three level 2 needs on a first contact get a level-2 plan first, not family help
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concerns are L2-CD-01 (occasional lateness), L2-CD-05 (often arrives without breakfast) and L2-FE-03 (overcrowded housing)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P2
      And the rationale cites "EH-L00"
      And the rationale does not cite "EH-L01"

    Scenario: Three level 2 needs while an early help plan is already in place call for family help
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the child's case is open to early help
      And the family has given consent
      And the concerns are L2-CD-01 (occasional lateness), L2-CD-05 (often arrives without breakfast) and L2-FE-03 (overcrowded housing)
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the rationale cites "EH-L01 and LV-3"

    Scenario: Two level 2 needs stay with single-agency early help
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concerns are L2-CD-01 (occasional lateness) and L2-CD-05 (often arrives without breakfast)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P2
      And the rationale does not cite "EH-L01"

    Scenario: Strengths do not count as additional needs
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concerns are L2-CD-01 (occasional lateness), L2-CD-05 (no breakfast), L1-PC-03 (warm carers) and L1-FE-02 (supportive grandparents)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the rationale does not cite "EH-L01"

  Rule: The Graded Care Profile 2 grade for neglect sets a minimum level (3 at grade 3, 4 at grades 4 and 5)

    Scenario Outline: A Graded Care Profile 2 grade of <grade> with emerging neglect gives level <level>
      Given a contact from a health visitor about a 2-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concern is L2-PC-01 (basic care provided inconsistently)
      And the Graded Care Profile 2 highest grade is <grade>
      When the front door checks the contact
      Then the recommended level is <level> "<name>"
      And the primary pathway is <pathway>
      And the rationale cites "<rule> and LV-<level>"

      Examples: grade 3 - some essential needs unmet
        | grade | level | name       | pathway | rule  |
        | 3     | 3     | Intensive  | P3      | GCP-3 |

      Examples: grade 4 - most essential needs unmet, grade 5 - essential needs unmet and the child's needs are ignored
        | grade | level | name       | pathway | rule  |
        | 4     | 4     | Specialist | P4      | GCP-4 |
        | 5     | 4     | Specialist | P4      | GCP-4 |

    Scenario: A Graded Care Profile 2 grade of 2 leaves emerging neglect at level 2, with neglect support
      Given a contact from a health visitor about a 2-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concern is L2-PC-01 (basic care provided inconsistently)
      And the Graded Care Profile 2 highest grade is 2
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P2
      And the additional routes include "EH-NEG"
      And the rationale does not cite "GCP-3, GCP-4"

  Rule: A severe disability means substantial professional support: at least level 3

    Scenario: A child with a severe disability and low-level extra needs is level 3, with the disabilities team
      Given a contact from a school about a 7-year-old
      And the child is mobile
      And the child has a severe disability
      And the family has no previous involvement
      And the family has given consent
      And the concern is L2-CD-15 (needs some extra support at school)
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the primary pathway is P3
      And the additional routes include "P13"
      And the rationale cites "EH-D01 and LV-3"

    Scenario: Some disability with low-level extra needs stays at level 2
      Given a contact from a school about a 7-year-old
      And the child is mobile
      And the child has a disability that needs some extra support
      And the family has no previous involvement
      And the family has given consent
      And the concern is L2-CD-15 (needs some extra support at school)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P2
      And the rationale does not cite "EH-D01"

  Rule: A child who regularly goes missing (three or more episodes in 12 months) is at least level 3

    Scenario: A third missing episode this year makes running away a level 3 need
      Given a contact from the police about a 14-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concern is L2-CD-11 (has started running away)
      And the child has been missing for 6 hours, 3 times in the last 12 months
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the primary pathway is P3
      And the additional routes include "P10 and P9"
      And the rationale cites "EH-M01 and LV-3"

    Scenario: A second missing episode is still a first sign, at level 2, with a return home interview
      Given a contact from the police about a 14-year-old
      And the child is mobile
      And the family has no previous involvement
      And the family has given consent
      And the concern is L2-CD-11 (has started running away)
      And the child has been missing for 6 hours, 2 times in the last 12 months
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P2
      And the additional routes include "P10"
      And the rationale does not cite "EH-M01"

  Rule: When consent to help is refused while the child is in need or concerns keep coming back, re-test at level 4

    Scenario: Parents of a child in need refuse consent (R-17a)
      Given a contact from a school about a 10-year-old
      And the child is mobile
      And the child's case is open to child in need
      And the front door has had 1 contacts about the child in the last 12 months
      And the concern is L3-PC-05 (parents do not engage with the child in need plan)
      And the family refused consent
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P15
      And the rationale cites "R-17a and LV-4"

    Scenario: Parents of a child in need say they will not accept help (R-17b)
      Given a contact from a school about a 10-year-old
      And the child is mobile
      And the child's case is open to child in need
      And the front door has had 1 contacts about the child in the last 12 months
      And the concern is L3-PC-05 (parents do not engage with the child in need plan)
      And the referrer says consent is not required
      And the parents refuse help
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P15
      And the rationale cites "R-17b and LV-4"
      And the rationale does not cite "R-17a"

    Scenario: Early help refused again while intensive concerns keep coming back (R-17c)
      Given a contact from a school about a 10-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 2 contacts about the child in the last 12 months
      And the concern is L3-CD-01 (persistent absence, now below 85%)
      And the family refused consent
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P4
      And the rationale cites "R-17c and LV-4"

    Scenario: A first refusal of early help for intensive needs does not on its own make the case specialist
      Given a contact from a school about a 10-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 1 contacts about the child in the last 12 months
      And the concern is L3-CD-01 (persistent absence, now below 85%)
      And the family refused consent
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the primary pathway is P1
      And the rationale cites "PP-12r"
      And the rationale does not cite "R-17c"

  Rule: Two indicators that describe one circumstance count as one additional need
    # Source: Effective Support for Children and Families in Essex, level 2 and level 3 (https://www.essexeffectivesupport.org.uk/level-2-additional-needs/)

    Scenario: A separation described twice, and lateness, while an early help plan is in place: two needs, not three
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the child's case is open to early help
      And the family has given consent
      And the concerns are L2-CD-12 (upset since her parents separated), L2-FE-01 (the parents argue about contact in front of her) and L2-CD-01 (occasional lateness)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the rationale does not cite "EH-L01"
