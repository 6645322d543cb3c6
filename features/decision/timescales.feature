Feature: When each pathway is due
  Every pathway comes with its timescale (guidance §1.3) and a due time counted from when the front door received
  the contact. Working days skip weekends and bank holidays in England and Wales (25 and 28 December 2026 are bank
  holidays); "same day" runs to midnight, London time; "immediately" means at once; hours and calendar days are
  counted as they fall. A strategy discussion is held the same day after a serious injury, a disclosure of abuse,
  FGM or immediate danger, and otherwise within 24 hours.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  # --- Working days ---

  Scenario: A Friday afternoon early-help request is due on Monday afternoon, not over the weekend
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then the primary pathway is P2
    And P2 is due by "Monday 30 November 2026 at 16:00"
    And the timescale for P2 says "within 1 working day"

  Scenario: Christmas Day and the Boxing Day substitute holiday are not working days
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the contact was received on "Thursday 24 December 2026 at 15:00"
    When the front door checks the contact
    Then P2 is due by "Tuesday 29 December 2026 at 15:00"

  Scenario: Family help allocated within 6 working days of Christmas Eve falls after New Year's Day
    Given a contact from a school about a 13-year-old
    And the concern is L3-CD-08 (emerging self-harm)
    And the contact was received on "Thursday 24 December 2026 at 15:00"
    When the front door checks the contact
    Then the primary pathway is P3
    And P3 is due by "Wednesday 6 January 2027 at 15:00"

  Scenario: A LADO referral on New Year's Eve is due on the first working day of the new year
    Given a contact from a school about a 10-year-old
    And an allegation has been made against someone who works with children
    And the contact was received on "Thursday 31 December 2026 at 10:00"
    When the front door checks the contact
    Then the primary pathway is P11
    And P11 is due by "Monday 4 January 2027 at 10:00"

  Scenario: Longer working-day timescales for assessments and early-help routes
    Given a contact from a school about a 12-year-old
    And the concern is L2-CD-14 (young carer with some caring tasks)
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then EH-YC is due by "Friday 4 December 2026 at 16:00"

  Scenario: A child and family assessment is due within 45 working days, allowing for Christmas
    Given a contact from mental health services about a 15-year-old
    And the concern is L4-CD-10 (suicidal thoughts and plans)
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then the primary pathway is P4
    And P4 is due by "Wednesday 3 February 2027 at 16:00"
    And the timescale for P4 says "45 working days"

  Scenario: Parenting and neglect support within 10 working days
    Given a contact from a health visitor about a 3-year-old
    And the concerns are L2-PC-04 (parental stress affecting supervision) and L2-PC-06 (home hazards)
    And the Graded Care Profile 2 highest grade is 2
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then EH-PAR is due by "Friday 11 December 2026 at 16:00"
    And EH-NEG is due by "Friday 11 December 2026 at 16:00"

  Scenario: A private fostering officer visits within 7 working days
    Given a contact from a school about a 10-year-old
    And the child is staying with a family friend for 60 days
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then P12 is due by "Tuesday 8 December 2026 at 16:00"

  # --- Strategy discussions (Urgency) ---

  Scenario: A strategy discussion for high-risk domestic abuse is due within 24 hours, over the weekend if need be
    Given a contact from the police about a 9-year-old
    And police graded the domestic abuse as high risk
    And 12 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then the primary pathway is P5
    And P5 is due by "Saturday 28 November 2026 at 16:00"
    And the timescale for P5 says "within 24 hours of the decision"
    And the rationale does not cite "UR-01, UR-02, UR-03"

  Scenario: A strategy discussion after a serious injury is held the same day
    Given a contact from a hospital about a 5-year-old
    And the child is mobile
    And the concern is L4-CD-02 (a fracture with no explanation)
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then the primary pathway is P5
    And P5 is due before midnight on "Friday 27 November 2026"
    And the timescale for P5 says "Strategy discussion today"
    And the rationale cites "UR-01"
    And the rationale marks "UR-01" as a mandatory escalation

  Scenario: A disclosure of sexual abuse is discussed the same day (forensic window)
    Given a contact from a school about a 12-year-old
    And the concern is L4-CD-03 (the child discloses sexual abuse)
    And the contact was received on "Tuesday 1 December 2026 at 11:30"
    When the front door checks the contact
    Then P5 is due before midnight on "Tuesday 1 December 2026"
    And the rationale cites "UR-01"

  Scenario: FGM calls for a same-day strategy discussion and a police report by the end of the next working day
    Given a contact from a GP about a 9-year-old
    And the concern is L4-CD-08 (FGM seen during an examination)
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then P5 is due before midnight on "Friday 27 November 2026"
    And FGM-REPORT is due by "Monday 30 November 2026 at 17:00"
    And the rationale cites "UR-02"
    And the rationale does not cite "UR-01"

  Scenario: An FGM report over Christmas is due by 17:00 on the next working day after the bank holidays
    Given a contact from a school about a 14-year-old
    And the concern is L4-CD-08 (the girl says FGM was done to her)
    And the contact was received on "Thursday 24 December 2026 at 10:00"
    When the front door checks the contact
    Then FGM-REPORT is due by "Tuesday 29 December 2026 at 17:00"

  Scenario: Immediate danger: protect at once, police protection at once, strategy discussion the same day
    Given a contact from the police about a 6-year-old
    And the child is in immediate danger
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then P6 is due by "Friday 27 November 2026 at 16:00"
    And P17 is due by "Friday 27 November 2026 at 16:00"
    And P5 is due before midnight on "Friday 27 November 2026"
    And the timescale for P6 says "Immediately"
    And the timescale for P17 says "police protection lasts at most 72 hours"
    And the rationale cites "UR-03"

  # --- Same day, immediately ---

  Scenario: A bruised non-mobile baby sees a paediatrician the same day
    Given a contact from a health visitor about a baby of 5 months
    And the child is not yet mobile
    And the concern is L4-CD-01 (a bruise on the baby's arm)
    And the contact was received on "Monday 30 November 2026 at 21:15"
    When the front door checks the contact
    Then PAEDS is due before midnight on "Monday 30 November 2026"
    And P5 is due before midnight on "Monday 30 November 2026"

  Scenario: New information on an open case reaches the allocated worker the same day
    Given a contact from a school about a 9-year-old
    And the child's case is open to child protection
    And the concern is a level 2 education concern
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then the primary pathway is P15
    And P15 is due before midnight on "Friday 27 November 2026"

  Scenario: A homeless 16-year-old needs somewhere safe to stay tonight
    Given a contact from housing about a 16-year-old
    And the young person has nowhere to live
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then P18 is due before midnight on "Friday 27 November 2026"
    And the timescale for P18 says "somewhere safe to stay tonight"

  Scenario: Out of hours the emergency duty team acts at once
    Given a contact from a hospital about a 6-year-old
    And the concern is L4-CD-02 (an injury with an inconsistent explanation)
    And the contact came in out of hours
    And the contact was received on "Saturday 28 November 2026 at 02:30"
    When the front door checks the contact
    Then EDT is due by "Saturday 28 November 2026 at 02:30"

  Scenario: Advice is given at the point of contact
    Given a contact from a parent about a 5-year-old
    And the concern is L1-CD-02 (meeting developmental milestones)
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then P1 is due by "Friday 27 November 2026 at 16:00"

  # --- Hours and calendar days ---

  Scenario: A return home interview is offered within 72 hours of return
    Given a contact from the police about a 14-year-old
    And the child has been missing for 8 hours, 1 times in the last 12 months
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then P10 is due by "Monday 30 November 2026 at 16:00"

  Scenario: 72 hours are real hours even when the clocks go back
    Given a contact from the police about a 14-year-old
    And the child has been missing for 8 hours, 1 times in the last 12 months
    And the contact was received on "Friday 23 October 2026 at 16:00"
    When the front door checks the contact
    Then P10 is due by "Monday 26 October 2026 at 15:00"

  Scenario: High-risk domestic abuse is heard at MARAC within 14 days, and exploitation is screened next working day
    Given a contact from the police about a 15-year-old
    And police graded the domestic abuse as high risk
    And 15 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    And the child has been missing for 30 hours, 1 times in the last 12 months
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then P7 is due by "Friday 11 December 2026 at 16:00"
    And P9 is due by "Monday 30 November 2026 at 16:00"

  # --- Next school day ---

  Scenario: Operation Encompass: the school is told before the next school day starts
    Given a contact from the police about a 9-year-old
    And police graded the domestic abuse as standard risk
    And 4 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then ENCOMPASS is due by "Monday 30 November 2026 at 09:00"
    And P8 is due by "Monday 30 November 2026 at 16:00"

  Scenario: Operation Encompass over Christmas waits for the first school day after the bank holidays
    Given a contact from the police about a 9-year-old
    And police graded the domestic abuse as medium risk
    And 7 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were present at the incident
    And no one in the household is pregnant
    And the contact was received on "Thursday 24 December 2026 at 20:00"
    When the front door checks the contact
    Then ENCOMPASS is due by "Tuesday 29 December 2026 at 09:00"

  # --- Remaining pathways: each one's timescale ---

  Scenario: Pre-birth assessment, disabilities team and youth justice timescales
    Given a contact from the police about a 16-year-old
    And the child has a severe disability
    And the child has been offending
    And the concern is L3-CD-11 (pregnant teenager with concerns for her and the baby)
    And the contact was received on "Friday 27 November 2026 at 16:00"
    When the front door checks the contact
    Then P14 is due by "Monday 30 November 2026 at 16:00"
    And P16 is due by "Monday 30 November 2026 at 16:00"
    And P13 is due by "Wednesday 3 February 2027 at 16:00"
    And the timescale for P14 says "pre-birth conference by week 34"
