Feature: What the front door already knows about the family
  A contact is never judged in isolation. Repeat contacts show concerns accumulating (cumulative harm); a child whose
  case is already open goes to the allocated worker as a contact, not a new referral; a previous child protection
  plan or the removal of earlier children raises the level when there are current concerns, and triggers a pre-birth
  assessment for an unborn baby.

  Background:
    Given the family has given consent

  Rule: R-06 - three or more contacts in 12 months: look at the accumulation, not this contact alone

    Scenario: A third contact this year about additional needs is level 3 (R-06a)
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 3 contacts about the child in the last 12 months
      And the concern is L2-CD-07 (disruptive behaviour in class again)
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the primary pathway is P3
      And the rationale cites "L2-CD-07, R-06a and LV-3"

    Scenario: A second contact about additional needs stays at level 2
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 2 contacts about the child in the last 12 months
      And the concern is L2-CD-07 (disruptive behaviour in class again)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P2
      And the rationale does not cite "R-06a"

    Scenario: A family that keeps coming back with universal questions is offered early help (R-06b)
      Given a contact from a parent about a 4-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 4 contacts about the child in the last 12 months
      And the concern is L1-CD-01 (the parent asks again about health appointments; the child is well)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P2
      And the rationale cites "R-06b and LV-2"

    Scenario: A second universal question in a year is still answered with advice
      Given a contact from a parent about a 4-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 2 contacts about the child in the last 12 months
      And the concern is L1-CD-01 (the parent asks again about health appointments; the child is well)
      When the front door checks the contact
      Then the recommended level is 1 "Universal"
      And the primary pathway is P1
      And the rationale does not cite "R-06b"

  Rule: R-07 - a child whose case is open goes to the allocated worker; it is a contact, not a new referral

    Scenario Outline: New information about a child who is <status> goes to the allocated social worker (R-07a)
      Given a contact from the police about a 6-year-old
      And the child is mobile
      And the child's case is open to <status>
      And the front door has had 1 contacts about the child in the last 12 months
      And the concern is L2-FE-01 (parents arguing loudly in front of the child; not domestic abuse)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P15 "Already open: allocated worker"
      And the rationale cites "R-07a, PP-07 and LV-4"
      And consent is not needed

      Examples:
        | status           |
        | child protection |
        | looked after     |

    Scenario: New significant-harm information about a child on a plan calls for a strategy discussion as well
      Given a contact from the police about a 6-year-old
      And the child is mobile
      And the child's case is open to child protection
      And the front door has had 1 contacts about the child in the last 12 months
      And the concern is L4-CD-02 (a black eye the child will not explain)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P5
      And the additional routes include "P15"
      And the rationale cites "R-07a and AR-17"

    Scenario: New information about a child in need goes to the allocated worker (R-07b)
      Given a contact from a GP about a 12-year-old
      And the child is mobile
      And the child's case is open to child in need
      And the front door has had 1 contacts about the child in the last 12 months
      And the concern is L2-FE-02 (mother's depression is returning)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P15
      And the rationale cites "R-07b, PP-07 and LV-4"

    Scenario: A family with an early help plan: even a universal question goes to their lead practitioner (R-07c)
      Given a contact from a parent about a 5-year-old
      And the child is mobile
      And the child's case is open to early help
      And the front door has had 1 contacts about the child in the last 12 months
      And the concern is L1-CD-02 (the parent asks whether speech is on track; it is)
      When the front door checks the contact
      Then the recommended level is 2 "Additional"
      And the primary pathway is P15
      And the rationale cites "R-07c, PP-07 and LV-2"

  Rule: R-08 - a previous child protection plan or removal of children raises the level when there are current concerns

    Scenario: Parents who have had children removed, with current additional needs, are level 4 (R-08a)
      Given a contact from a health visitor about a 2-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 0 contacts about the child in the last 12 months
      And the parents have had children removed from their care
      And the concern is L2-PC-06 (home hazards now the toddler is into everything)
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P4
      And the rationale cites "R-08a and LV-4"

    Scenario: A child previously on a child protection plan, with current additional needs, is level 3 (R-08b)
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 0 contacts about the child in the last 12 months
      And the child was previously on a child protection plan
      And the concern is L2-PC-01 (often arrives hungry and in unwashed clothes)
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the primary pathway is P3
      And the rationale cites "R-08b and LV-3"

    Scenario: A previous plan with no current concern does not raise a universal contact
      Given a contact from a school about a 9-year-old
      And the child is mobile
      And the child's case is not open
      And the front door has had 0 contacts about the child in the last 12 months
      And the child was previously on a child protection plan
      And the concern is L1-CD-03 (attending well and making progress)
      When the front door checks the contact
      Then the recommended level is 1 "Universal"
      And the primary pathway is P1
      And the rationale does not cite "R-08a, R-08b"

    Scenario: An unborn baby whose parents have had children removed needs a pre-birth assessment at level 4 (R-08c)
      Given a contact from a health visitor about an unborn baby at 20 weeks
      And the child's case is not open
      And the front door has had 0 contacts about the child in the last 12 months
      And the parents have had children removed from their care
      When the front door checks the contact
      Then the recommended level is 4 "Specialist"
      And the primary pathway is P14 "Pre-birth assessment"
      And the rationale cites "R-08c, PP-09 and LV-4"

    Scenario: An unborn baby in a family with a previous child protection plan: consider a pre-birth assessment (R-08d)
      Given a contact from a GP about an unborn baby at 16 weeks
      And the child's case is not open
      And the front door has had 0 contacts about the child in the last 12 months
      And an older child in the family was on a child protection plan
      When the front door checks the contact
      Then the recommended level is 3 "Intensive"
      And the primary pathway is P14
      And the rationale cites "R-08d, PP-09 and LV-3"

  Rule: An unborn baby's pre-birth route is in the answer whenever a row says one is needed (R-08, P14)
    # Source: London Safeguarding Children Procedures, pre-birth assessment (https://www.londonsafeguardingchildrenprocedures.co.uk)

    Scenario: An unborn baby whose parents had children removed, with a disclosure of violence at home, still gets a pre-birth assessment
      Given a contact from a health visitor about an unborn baby at 24 weeks
      And the child's case is not open
      And the parents have had children removed from their care
      And the concern is L4-PC-04 (the mother says her partner hit her with a belt)
      When the front door checks the contact
      Then the primary pathway is P5
      And the additional routes include "P14"
      And the rationale cites "R-08c and AR-11b"

    Scenario: An unborn baby in a family with a previous child protection plan and current significant-harm concerns: a pre-birth assessment is considered too
      Given a contact from a GP about an unborn baby at 18 weeks
      And the child's case is not open
      And an older child in the family was on a child protection plan
      And the concern is L4-PC-04 (the father hit an older sibling with a belt)
      When the front door checks the contact
      Then the primary pathway is P5
      And the additional routes include "P14"
      And the rationale cites "AR-11c"
