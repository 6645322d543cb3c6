Feature: The primary pathway for each child
  Every child gets one primary pathway: the response that leads (guidance §3). Protection comes first (immediate
  danger, then reasonable cause to suspect significant harm), then an already-open case goes to the allocated
  worker, then specialist statutory routes, then the level of need decides between assessment, multi-agency and
  single-agency early help; at level 1 a specialist route (LADO, private fostering, return interview, youth
  justice) can lead, otherwise information and advice.
  MARAC (P7), the domestic-abuse early-help route (P8), exploitation screening (P9) and police protection (P17)
  are never the primary pathway: they are added alongside it (see specialist-routes.feature).

  Background:
    Given the family has no previous involvement
    And the family has given consent

  Scenario: A child in immediate danger is protected first (P6)
    Given a contact from a member of the public about a 6-year-old
    And the referrer says the child is in immediate danger
    When the front door checks the contact
    Then the recommended level is 4 "Specialist"
    And the primary pathway is P6 "Immediate protective action"
    And the rationale cites "R-16, PP-01"
    And the rationale marks "PP-01" as a mandatory escalation

  Scenario: An unexplained injury is reasonable cause to suspect significant harm: strategy discussion (P5)
    Given a contact from a school about a 7-year-old
    And the concern is L4-CD-02 (bruising with an explanation that does not fit)
    And the child is mobile
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P5 "Strategy discussion (s47 enquiry)"
    And the rationale cites "PP-02"
    And the rationale marks "PP-02" as a mandatory escalation

  Scenario: High-risk domestic abuse with the children present leads to a strategy discussion even without a significant-harm indicator
    Given a contact from the police about a 9-year-old
    And police graded the domestic abuse as high risk
    And 11 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P5
    And the rationale cites "R-09b, PP-03"
    And the rationale does not cite "PP-02"
    And the rationale marks "PP-03" as a mandatory escalation

  Scenario: A DASH score of 14 with the children present leads to a strategy discussion whatever the officer's grading
    Given a contact from the police about a 10-year-old
    And police graded the domestic abuse as medium risk
    And 14 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P5
    And the rationale cites "R-09a, PP-04"
    And the rationale marks "PP-04" as a mandatory escalation

  Scenario: Sexual activity involving a child under 13 is a child protection matter (P5)
    Given a contact from a school about a 12-year-old
    And the concern is L3-CD-10 (unsafe sexual activity)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P5
    And the rationale cites "R-04b, PP-05"

  Scenario: A toddler left to their own devices is a young child left alone (P5)
    Given a contact from a health visitor about a 2-year-old
    And the child is mobile
    And the concern is L2-PC-02 (child left to own devices a lot)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P5
    And the rationale cites "R-05b, PP-06"

  Scenario: New information about a child already open to children's social care goes to the allocated worker (P15)
    Given a contact from a school about a 9-year-old
    And the child's case is open to child in need
    And the concern is a level 2 education concern
    When the front door checks the contact
    Then the primary pathway is P15 "Already open: allocated worker"
    And the rationale cites "PP-07"
    And the rationale does not cite "PP-13"

  Scenario: A homeless 17-year-old is owed an assessment and accommodation, not a housing referral (P18)
    Given a contact from housing about a 17-year-old
    And the young person has nowhere to live
    And the concern is L3-CD-14 (homeless 16/17-year-old)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P18 "Homeless 16/17-year-old: s17 assessment and s20 accommodation"
    And the rationale cites "R-15, PP-08"

  Scenario: An unborn baby with level 3 concerns needs a pre-birth assessment (P14)
    Given a contact from a health visitor about an unborn baby at 20 weeks
    And the concern is L3-PC-08 (level of concern calls for a pre-birth assessment)
    When the front door checks the contact
    Then the recommended level is 3
    And the primary pathway is P14 "Pre-birth assessment"
    And the rationale cites "PP-09"
    And the rationale does not cite "PP-12"

  Scenario: Level 4 needs of a child with a severe disability go to the children with disabilities team (P13)
    Given a contact from a GP about a 6-year-old
    And the child has a severe disability
    And the concern is L4-CD-14 (profound disability needing constant supervision beyond the family's capacity)
    When the front door checks the contact
    Then the recommended level is 4
    And the primary pathway is P13 "Children with disabilities team assessment"
    And the rationale cites "PP-10"
    And the rationale does not cite "PP-11"

  Scenario: Level 4 needs without reasonable cause to suspect significant harm lead to a child and family assessment (P4)
    Given a contact from mental health services about a 15-year-old
    And the concern is L4-CD-10 (suicidal thoughts and plans)
    When the front door checks the contact
    Then the recommended level is 4 "Specialist"
    And the primary pathway is P4 "Child and family assessment (s17 child in need)"
    And the rationale cites "PP-11"

  Scenario: Complex needs lead to targeted multi-agency early help (P3)
    Given a contact from a school about a 13-year-old
    And the concern is L3-CD-08 (emerging self-harm)
    When the front door checks the contact
    Then the recommended level is 3 "Intensive"
    And the primary pathway is P3 "Targeted multi-agency early help / family help (level 3)"
    And the rationale cites "PP-12"

  Scenario: An additional need the school can meet leads to single-agency early help (P2)
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the front door checks the contact
    Then the recommended level is 2 "Additional"
    And the primary pathway is P2 "Single-agency early help (level 2)"
    And the rationale cites "PP-13"

  Scenario: An allegation against a teacher with no other concern for the child is led by the LADO (P11)
    Given a contact from a school about a 9-year-old
    And an allegation has been made against someone who works with children
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P11 "Local authority designated officer (LADO)"
    And the rationale cites "PP-14"
    And the rationale does not cite "PP-18"

  Scenario: A child privately fostered by a family friend, with no other needs, gets a private fostering assessment (P12)
    Given a contact from a school about a 9-year-old
    And the child is staying with a family friend for 60 days
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P12 "Private fostering assessment"
    And the rationale cites "PF-03, PP-15"

  Scenario: A child who was missing once, with no other needs, is offered a return home interview (P10)
    Given a contact from the police about a 14-year-old
    And the child has been missing for 6 hours, 1 times in the last 12 months
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P10 "Missing-episode return home interview"
    And the rationale cites "PP-16"
    And the rationale does not cite "PP-18"

  Scenario: A 14-year-old offending with no other needs goes to the youth justice service (P16)
    Given a contact from the police about a 14-year-old
    And the child has been offending
    When the front door checks the contact
    Then the recommended level is 1
    And the primary pathway is P16 "Youth justice service"
    And the rationale cites "PP-17"
    And the rationale does not cite "PP-18"

  Scenario: Needs met by universal services get information, advice and signposting (P1)
    Given a contact from a parent about a 5-year-old
    And the concern is L1-CD-02 (meeting developmental milestones)
    When the front door checks the contact
    Then the recommended level is 1 "Universal"
    And the primary pathway is P1 "Information, advice and signposting"
    And the rationale cites "PP-18"
    And there are no additional routes
