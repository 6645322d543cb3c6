Feature: Allegations against staff (LADO) and female genital mutilation (FGM)
  Two duties sit with the partner personally, whatever the front door decides about the child. An allegation that
  someone who works or volunteers with children has harmed a child, or may be unsuitable, goes to the LADO within
  1 working day, before any investigation of your own and without telling the person concerned. A teacher, or a
  regulated health or social care professional, who learns that FGM has been done to a girl under 18 must report
  it to the police themselves, by the end of the next working day, as well as ringing the front door.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  # Source: Haringey Council, allegations against staff who work with children: the LADO threshold is harm, not significant harm (https://haringey.gov.uk/children-and-families/childrens-social-care/child-protection/allegations-against-staff-who-work-children)
  Scenario: A youth club volunteer sending a 14-year-old private messages late at night: the LADO comes first, the club supports the child
    Given a contact from a voluntary organisation about a 14-year-old
    And the concern is L2-CD-06 (low mood; told a leader the volunteer "gets her" better than her parents)
    And an allegation has been made against someone who works with children
    When the front door checks the contact
    Then the primary pathway is P2
    And the additional routes include "P11"
    And the first thing a partner is told to do is to "Tell the LADO (local authority designated officer) within 1 working day, before you investigate anything yourself"
    And a partner is told to act "Within 1 working day", contacting "lado"
    And a partner is also told to "Support the family yourself"
    And the rationale cites "PP-13, AR-01"

  # Source: Luton Borough Council, reporting a concern about an adult who works with children: also refer to the front door if a child is significantly harmed (https://m.luton.gov.uk/Page/Show/Health_and_social_care/safeguarding/safeguarding_children/Pages/Reporting-a-concern-about-an-adult-who-works-with-children.aspx)
  Scenario: A 3-year-old goes home from nursery with finger-mark bruises that staff cannot explain: ring the front door now, and tell the LADO too
    Given a contact from a nursery about a 3-year-old
    And the child is mobile
    And the concern is L4-CD-02 (finger-mark bruising on the upper arm after a nursery session)
    And an allegation has been made against someone who works with children
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P11"
    And the first thing a partner is told to do is to "Ring the front door now"
    And a partner is also told to "Tell the LADO (local authority designated officer) within 1 working day"
    And the rationale cites "PP-02, UR-01, AR-01"

  # Source: Essex County Council, local authority designated officer: contact within 24 hours (https://essex.gov.uk/children-young-people-and-families/find-support-services-children-and-their-families/local)
  Scenario: A 13-year-old tells a teacher that her swimming coach touched her in the changing room: same-day strategy discussion and the LADO
    Given a contact from a school about a 13-year-old
    And the concern is L4-CD-03 (disclosure of sexual touching by her swimming coach)
    And an allegation has been made against someone who works with children
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P11"
    And a partner is also told to "Do not tell the person concerned"
    And the rationale cites "R-02, UR-01, AR-01"

  # Source: Haringey Council, allegations against staff who work with children: conduct outside work (https://haringey.gov.uk/children-and-families/childrens-social-care/child-protection/allegations-against-staff-who-work-children)
  Scenario: A school learns that a teacher was arrested for an assault outside work, with no concern about the pupil: the LADO leads
    Given a contact from a school about a 10-year-old
    And the concern is about someone who works with children
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P11
    And the first thing a partner is told to do is to "Tell the LADO"
    And no partner is told to "Ring the front door now"
    And the rationale cites "PP-14"

  # Source: Tower Hamlets children's social care procedures, contacts and referrals: open cases (https://proceduresonline.com/towerhamlets/cs/p_contacts_referral.html)
  Scenario: A child on a child protection plan complains about a teaching assistant: tell the allocated worker today and the LADO as well
    Given a contact from a school about a 9-year-old
    And the child's case is open to child protection
    And an allegation has been made against someone who works with children
    When the front door checks the contact
    Then the primary pathway is P15
    And the additional routes include "P11"
    And the first thing a partner is told to do is to "Tell the child's allocated worker, or their manager, today"
    And a partner is also told to "Tell the LADO"
    And the rationale cites "PP-07, AR-01"

  # Source: Home Office, Mandatory reporting of female genital mutilation: procedural information (https://www.gov.uk/government/publications/mandatory-reporting-of-female-genital-mutilation-procedural-information/mandatory-reporting-of-female-genital-mutilation-procedural-information-accessible-version)
  Scenario: A GP examining a 12-year-old finds that FGM has been done: ring the front door now and report it to the police yourself
    Given a contact from a GP about a 12-year-old
    And the concern is L4-CD-08 (signs of type 2 FGM seen at examination; the girl says it was done "at a family party")
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P5
    And the additional routes include "FGM-REPORT"
    And the first thing a partner is told to do is to "Ring the front door now"
    And a partner is also told to "must report known FGM in a girl under 18 to the police themselves, on 101, by the end of the next working day"
    And the rationale cites "R-03, UR-02, AR-16"
    And the rationale marks "AR-16" as a mandatory escalation

  # Source: Children and Young People Now, how to make an FGM report: usually by the end of the next working day (https://www.cypnow.co.uk/content/other/how-to-make-an-fgm-report)
  Scenario: A 15-year-old tells her form tutor that she was cut abroad when she was small: the teacher still reports it to the police
    Given a contact from a school about a 15-year-old
    And the concern is L4-CD-08 (disclosed FGM done during a visit abroad aged 6)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "FGM-REPORT"
    And the timescale for FGM-REPORT says "By the end of the next working day"
    And a partner is also told to "report known FGM in a girl under 18 to the police themselves"

  # Source: Home Office, Mandatory reporting of female genital mutilation: procedural information (https://www.gov.uk/government/publications/mandatory-reporting-of-female-genital-mutilation-procedural-information/mandatory-reporting-of-female-genital-mutilation-procedural-information-accessible-version)
  Scenario: A midwife in A&E at night treats a 16-year-old with complications of FGM: the emergency duty team now, the police report as well
    Given a contact from a hospital about a 16-year-old
    And the concern is L4-CD-08 (complications from FGM seen during an emergency admission)
    And the contact came in out of hours
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "EDT and FGM-REPORT"
    And the first thing a partner is told to do is to "Out of hours: ring the emergency duty team now"
    And a partner is told to act "Now", contacting "out-of-hours"
    And a partner is also told to "report known FGM in a girl under 18 to the police themselves"

  # Source: Staffordshire Safeguarding Children Board briefing 2: thresholds, section 17 referrals and consent (https://docsbay.net/sscb-briefing-2-thresholds-section-17-referrals-consent-november-2012)
  Scenario: Parents who refuse to talk about their 11-year-old's FGM do not stop the strategy discussion or the police report
    Given a contact from a GP about an 11-year-old
    And the concern is L4-CD-08 (FGM seen at examination; the parents left the surgery when asked about it)
    And the family refused consent
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "FGM-REPORT"
    And consent is not needed
    And the rationale does not cite "PP-12r, PP-13r"

  # Source: Tower Hamlets children's social care procedures, contacts and referrals: new significant-harm information on an open case (https://proceduresonline.com/towerhamlets/cs/p_contacts_referral.html)
  Scenario: A school nurse learns that a 10-year-old on a child protection plan has had FGM: strategy discussion, allocated worker and the police report
    Given a contact from a school about a 10-year-old
    And the child's case is open to child protection
    And the concern is L4-CD-08 (the girl told the school nurse she was cut over the holidays)
    When the front door checks the contact
    Then the primary pathway is P5
    And the additional routes include "P15 and FGM-REPORT"
    And the first thing a partner is told to do is to "Ring the front door now"
    And a partner is also told to "Tell the child's allocated worker, or their manager, today"
    And the rationale cites "PP-02, AR-16, AR-17"
