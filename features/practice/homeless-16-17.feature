Feature: Homeless 16 and 17-year-olds
  A 16 or 17-year-old who has been thrown out, or has nowhere safe to stay, is owed a child in need assessment
  by children's social care and may need to be accommodated: a housing referral on its own is not enough
  (R (G) v Southwark). Having had to leave home does not by itself make this a child protection enquiry; the
  homeless route leads unless something else gives reasonable cause to suspect significant harm, and then the
  strategy discussion leads with the homeless route alongside.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  # Source: Shelter Children's Legal Service briefing, Responding to youth homelessness following the G v LB Southwark judgment (November 2009)
  Scenario: A 17-year-old rings the front door himself after his mum's partner threw him out last night: somewhere safe tonight first
    Given a contact from the young person about a 17-year-old
    And the concern is L4-CD-16 (told to leave after a row; slept in a stairwell last night)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P18 "Homeless 16/17-year-old: s17 assessment and s20 accommodation"
    And the first thing a partner is told to do is to "Ring the front door today: the young person needs somewhere safe to stay tonight"
    And a partner is told to act "Today", contacting "front-door"
    And no partner is told to "Ring the front door now (out of hours, the emergency duty team)"
    And the rationale cites "PP-08b"
    And the rationale does not cite "PP-02"

  # Source: Shelter Children's Legal Service briefing, Responding to youth homelessness following the G v LB Southwark judgment (November 2009)
  Scenario: Housing tell the front door about a 16-year-old sofa-surfing since her family's eviction: not only a housing referral
    Given a contact from housing about a 16-year-old
    And the young person has nowhere to live
    And the concern is L3-CD-14 (staying on a different friend's sofa each night)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P18
    And a partner is also told to "not only a housing referral"
    And the rationale cites "R-15, PP-08"

  # Source: Shelter Children's Legal Service briefing, Responding to youth homelessness following the G v LB Southwark judgment (November 2009)
  Scenario: A college records a 16-year-old as homeless without saying where he is sleeping: the same homeless route
    Given a contact from a school about a 16-year-old
    And the concern is L3-CD-14 (told the college counsellor he has "nowhere to go" after lessons)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P18
    And the rationale cites "R-15b, PP-08b"

  # Source: NSCB procedures, strategy discussion: same day for a disclosure of abuse (https://www.nscb.org.uk/staff-and-volunteers/procedures/strategy-discussion)
  Scenario: A 17-year-old with nowhere to live who says her father beat her before she left: strategy discussion first, the homeless route as well
    Given a contact from a school about a 17-year-old
    And the young person has nowhere to live
    And the concerns are L4-CD-16 and L4-CD-03 (left home after her father hit her with a belt; bruises on her arms)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P18"
    And the first thing a partner is told to do is to "Ring the front door now"
    And a partner is also told to "the young person needs somewhere safe to stay tonight"
    And the rationale cites "PP-02, AR-15"
    And the rationale does not cite "PP-08, PP-08b"

  # Source: Kent Support Levels Guidance, specialist support level 4 (https://www.kscmp.org.uk/guidance/kent-support-levels-guidance/specialist-support-level-4)
  Scenario: A homeless 16-year-old whose mum has let a man who poses a risk to children move in: strategy discussion, with the homeless route alongside
    Given a contact from a GP about a 16-year-old
    And the concerns are L3-CD-14 and L4-PC-05 (will not go home while her mum's new partner, known to police for offences against children, lives there)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P18"
    And the rationale cites "PP-02, AR-15b"

  # Source: Shelter Children's Legal Service briefing, Responding to youth homelessness following the G v LB Southwark judgment (November 2009)
  Scenario: A homeless 17-year-old who also self-harms: the homeless route still leads, as self-harm is not a significant-harm indicator on its own
    Given a contact from housing about a 17-year-old
    And the young person has nowhere to live
    And the concern is L3-CD-08 (cutting her arms since she left home)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P18
    And the rationale cites "PP-08"

  # Source: Kent Support Levels Guidance, specialist support level 4: abandoned or thrown out (https://www.kscmp.org.uk/guidance/kent-support-levels-guidance/specialist-support-level-4)
  Scenario: A 15-year-old thrown out of home is a child protection matter, not the 16/17 homeless route
    Given a contact from the police about a 15-year-old
    And the concern is L4-CD-16 (found at the bus station at midnight; his dad will not let him back in)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P5
    And the additional routes do not include "P18"
    And the rationale cites "PP-02"
    And the rationale does not cite "PP-08b"

  # Source: Shelter Children's Legal Service briefing, Responding to youth homelessness following the G v LB Southwark judgment (November 2009)
  Scenario: A 17-year-old already known to the early help team turns up with nowhere to stay: finding her a bed tonight comes first
    Given a contact from the young person about a 17-year-old
    And the child's case is open to early help
    And the young person has nowhere to live
    When the front door checks the contact
    Then the recommended level is 4
    And the first thing a partner is told to do is to "Ring the front door today: the young person needs somewhere safe to stay tonight"
