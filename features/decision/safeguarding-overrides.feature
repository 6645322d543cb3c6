Feature: Safeguarding overrides
  Some circumstances are level 4 whatever else is known, because the guidance says so: an injury on a baby who is not
  yet mobile, a disclosure of abuse, FGM, sexual activity in a child under 13, a young child left alone, a homeless
  16 or 17-year-old and a child in immediate danger. The override is cited in the rationale so the practitioner and
  the manager can see why the level cannot be lower; the child protection ones are marked as mandatory escalations,
  which need a second authoriser to override.

  Background:
    Given the family has no previous involvement

  Rule: R-01 - any bruise, mark or injury on a child who is not independently mobile is a child protection matter

    Scenario: A police referral about a 3-month-old with a bruise
      Given a contact from the police about a baby of 3 months
      And the child is not yet mobile
      And the concern is L4-CD-01 (a small bruise on the baby's cheek; mother says the baby hit the cot)
      And consent was not sought because asking would put the child at risk
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5 "Strategy discussion (s47 enquiry)"
      And the timescale for P5 says "Strategy discussion today"
      And the additional routes include "PAEDS"
      And the rationale cites "R-01, UR-01 and LV-4"
      And the rationale marks "R-01" as a mandatory escalation
      And consent is not needed

    Scenario: An older disabled child who cannot move independently is treated the same way
      Given a contact from a school about a 6-year-old
      And the child is not yet mobile
      And the child has a severe disability
      And the concern is L4-CD-02 (bruising on the upper arm that staff cannot explain)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the additional routes include "PAEDS"
      And the rationale marks "R-01" as a mandatory escalation

    Scenario: An injury on a child who is walking is judged on the indicator, without the non-mobile override
      Given a contact from a nursery about a 2-year-old
      And the child is mobile
      And the concern is L4-CD-02 (a bruise with an explanation that does not fit)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the rationale cites "L4-CD-02"
      And the rationale does not cite "R-01"
      And the additional routes do not include "PAEDS"

  Rule: R-02 - a disclosure of abuse means a strategy discussion the same day

    Scenario: A 14-year-old tells her teacher she was sexually assaulted at the weekend
      Given a contact from a school about a 14-year-old
      And the child is mobile
      And the concern is L4-CD-03 (she has disclosed a sexual assault by her stepfather at the weekend)
      And consent was not sought because asking would put the child at risk
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the timescale for P5 says "Strategy discussion today"
      And the rationale cites "R-02, UR-01 and LV-4"
      And the rationale marks "R-02" as a mandatory escalation
      And consent is not needed

  Rule: R-03 - FGM known or at imminent risk: strategy discussion and the mandatory report to the police

    Scenario: A school nurse learns that a 7-year-old girl has had FGM
      Given a contact from a school about a 7-year-old
      And the child is mobile
      And the concern is L4-CD-08 (the girl says she was "cut" on a family visit abroad)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the timescale for P5 says "Strategy discussion today"
      And the additional routes include "FGM-REPORT"
      And the rationale cites "R-03, UR-02 and LV-4"
      And the rationale marks "R-03" as a mandatory escalation

  Rule: R-04 - a child under 13 cannot consent to sexual activity in law

    Scenario: A GP sees a 12-year-old who is pregnant (R-04a)
      Given a contact from a GP about a 12-year-old
      And the child is mobile
      And the concern is L4-CD-04 (she is 10 weeks pregnant)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the rationale cites "L4-CD-04, R-04a and LV-4"

    Scenario Outline: Sexual activity recorded at a lower level for a <age>-year-old is level 4 under 13 (R-04b)
      Given a contact from a school about a <age>-year-old
      And the child is mobile
      And the family has given consent
      And the concern is <code> (<what the school saw>)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the rationale cites "<code>, R-04b, PP-05 and LV-4"

      Examples:
        | age | code     | what the school saw                                          |
        | 12  | L2-CD-10 | she says she has started having sex with her boyfriend       |
        | 12  | L3-CD-10 | he has had unprotected sex with several partners             |

    Scenario Outline: From 13 the same sexual activity stays at its own level
      Given a contact from a school about a <age>-year-old
      And the child is mobile
      And the family has given consent
      And the concern is <code> (<what the school saw>)
      When the front door checks the contact
      Then the recommended level is <level>
      And the primary pathway is <pathway>
      And the rationale does not cite "R-04b"

      Examples:
        | age | code     | what the school saw                                          | level | pathway |
        | 13  | L2-CD-10 | she says she has started having sex with her boyfriend       | 2     | P2      |
        | 15  | L3-CD-10 | he has had unprotected sex with several partners             | 3     | P3      |

  Rule: R-05 - a young child left alone has no one to care for them

    Scenario: Police find a 6-year-old alone at home late at night (R-05a)
      Given a contact from the police about a 6-year-old
      And the child is mobile
      And the concern is L4-PC-09 (found alone at 11pm; mother at work until the morning)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the rationale cites "L4-PC-09, R-05a and LV-4"

    Scenario: A toddler left to his own devices is a young child left alone (R-05b)
      Given a contact from a member of the public about a 2-year-old
      And the child is mobile
      And the concern is L2-PC-02 (the toddler is often out in the street on his own; no routine at home)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the rationale cites "R-05b, PP-06 and LV-4"

    Scenario: A 9-year-old left to her own devices is an additional need, not a child left alone
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the family has given consent
      And the concern is L2-PC-02 (little routine; she lets herself in after school and is often on her own)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P2
      And the rationale does not cite "R-05b"

  Rule: R-15 - a homeless 16 or 17-year-old is owed an assessment and possibly accommodation, not a housing referral

    Scenario Outline: A <age>-year-old thrown out by her parents has nowhere to live tonight
      Given a contact from housing about a <age>-year-old
      And the child is mobile
      And the young person has nowhere to live
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P18
      And the rationale cites "R-15, PP-08 and LV-4"

      Examples:
        | age |
        | 16  |
        | 17  |

    # R-15b, PP-08b and AR-15b: the catalogue's own indicator for the same fact gets the same answer; targeted early
    # help would side-step the s17/s20 duty that G v Southwark rules out.
    Scenario: A 16-year-old recorded with the homeless 16/17 indicator gets the same response as one with nowhere to live
      Given a contact from housing about a 16-year-old
      And the child is mobile
      And the concern is L3-CD-14 (homeless 16 or 17-year-old: his father has told him to leave)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P18
      And the rationale cites "R-15b and PP-08b"
      And the additional routes do not include "P3"

    Scenario: A 15-year-old thrown out of home is a child protection matter rather than the homeless 16/17 route
      Given a contact from housing about a 15-year-old
      And the child is mobile
      And the concern is L4-CD-16 (his mother has thrown him out and says he cannot come back)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the rationale does not cite "R-15"
      And the additional routes do not include "P18"

  Rule: R-16 - a child in immediate danger is protected before any screening

    Scenario: Police are called to a 5-year-old in immediate danger
      Given a contact from the police about a 5-year-old
      And the child is mobile
      And the child is in immediate danger
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P6 "Immediate protective action"
      And the additional routes include "P5 and P17"
      And the timescale for P5 says "Strategy discussion today"
      And the rationale cites "R-16, PP-01 and LV-4"
      And the rationale marks "R-16" as a mandatory escalation

    Scenario: A neighbour says a child is in immediate danger: protect now, but police protection is for the police to use
      Given a contact from a member of the public about a 5-year-old
      And the referrer asks to stay anonymous
      And the child is mobile
      And the referrer says the child is in immediate danger
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P6
      And the additional routes include "P5"
      And the additional routes do not include "P17"
      And the rationale marks "R-16" as a mandatory escalation

  Rule: A homeless 16 or 17-year-old's own route leads unless another significant-harm indicator is present (R-15)
    # Source: Prevention of homelessness and provision of accommodation for 16 and 17 year old young people who may be
    # homeless and/or require accommodation (DfE and MHCLG, 2018), after R (G) v Southwark [2009] UKHL 26

    Scenario: A 17-year-old thrown out of home with nothing else suggesting significant harm gets the homeless 16/17 route first
      Given a contact from a school about a 17-year-old
      And the concern is L4-CD-16 (his stepfather told him to leave and not come back)
      When the front door checks the contact
      Then the primary pathway is P18
      And the rationale cites "PP-08b"
      And the rationale does not cite "PP-02"
      And the first thing a partner is told to do is to "Ring the front door today"

    Scenario: A 16-year-old with nowhere to live who also discloses being hit gets a strategy discussion, and the homeless route too
      Given a contact from a school about a 16-year-old
      And the young person has nowhere to live
      And the concerns are L4-CD-16 and L4-PC-04 (she left home after her mother hit her with a belt)
      When the front door checks the contact
      Then the primary pathway is P5
      And the additional routes include "P18"

    Scenario: A 16-year-old sofa-surfing after being told to leave, with no other significant-harm indicator
      Given a contact from housing about a 16-year-old
      And the young person has nowhere to live
      And the concern is L4-CD-16 (told to leave after an argument, now sleeping on friends' sofas)
      When the front door checks the contact
      Then the primary pathway is P18
      And the rationale cites "PP-08"
