Feature: Questions about missing information
  The front door asks the practitioner for any fact that could change the outcome and is not yet known, and does
  not ask for what is already known. "Not known" is different from "no".

  Scenario: A domestic abuse notification graded standard risk with nothing else known
    Given a contact from the police about a 7-year-old
    And the family has no previous involvement
    And the family has given consent
    And the concern is L2-FE-07 (possible domestic abuse, standard-risk notification)
    And police graded the domestic abuse as standard risk
    When the front door checks the contact
    Then the front door asks "Were the children present at the incident?"
    And the front door asks "How many DASH questions were answered yes?"
    And the front door asks "How many domestic abuse incidents have there been in the last 12 months?"
    And the front door asks "Is anyone in the household pregnant?"
    And the front door does not ask "What risk level did the DASH risk assessment give"

  Scenario: A domestic abuse notification with every fact known raises no domestic abuse questions
    Given a contact from the police about a 7-year-old
    And the family has no previous involvement
    And the family has given consent
    And the concern is L2-FE-07 (possible domestic abuse, standard-risk notification)
    And police graded the domestic abuse as standard risk
    And 3 DASH questions were answered yes
    And there have been 1 domestic abuse incidents in the last 12 months
    And the children were not present at the incident
    And no one in the household is pregnant
    When the front door checks the contact
    Then the front door does not ask "Were the children present at the incident?"
    And the front door does not ask "How many DASH questions were answered yes?"
    And the front door does not ask "How many domestic abuse incidents have there been in the last 12 months?"
    And the front door does not ask "Is anyone in the household pregnant?"

  Scenario: Domestic abuse reported without a risk grading
    Given a contact from a school about a 7-year-old
    And the family has no previous involvement
    And the family has given consent
    And the concern is L2-FE-07 (a parent told the school about violence at home)
    When the front door checks the contact
    Then the front door asks "What risk level did the DASH risk assessment give (standard, medium or high)?"

  Scenario: Neglect reported without a Graded Care Profile 2
    Given a contact from a health visitor about a 3-year-old
    And the family has no previous involvement
    And the family has given consent
    And the concern is L2-PC-06 (home hazards now the baby is crawling)
    When the front door checks the contact
    Then the front door asks "What is the highest Graded Care Profile 2 grade?"

  Scenario: Neglect reported with a Graded Care Profile 2
    Given a contact from a health visitor about a 3-year-old
    And the family has no previous involvement
    And the family has given consent
    And the concern is L2-PC-06 (home hazards now the baby is crawling)
    And the Graded Care Profile 2 highest grade is 2
    When the front door checks the contact
    Then the front door does not ask "What is the highest Graded Care Profile 2 grade?"

  Scenario: An injured baby whose mobility is not known: the answer decides a same-day paediatric assessment
    Given a contact from a hospital about a baby of 10 months
    And the family has no previous involvement
    And the family has given consent
    And the concern is L4-CD-02 (an unexplained injury)
    When the front door checks the contact
    Then the front door asks "Is the child independently mobile (rolling, crawling, cruising or walking)?"

  Scenario: An injured baby known to be crawling is not asked about mobility
    Given a contact from a hospital about a baby of 10 months
    And the family has no previous involvement
    And the family has given consent
    And the child is mobile
    And the concern is L4-CD-02 (an unexplained injury)
    When the front door checks the contact
    Then the front door does not ask "Is the child independently mobile"

  Scenario: An injured disabled child whose mobility is not known is asked: R-01 includes older immobile disabled children
    Given a contact from a school about a 6-year-old
    And the family has no previous involvement
    And the family has given consent
    And the child has a severe disability
    And the concern is L4-CD-02 (bruising with no explanation)
    When the front door checks the contact
    Then the front door asks "Is the child independently mobile (rolling, crawling, cruising or walking)?"

  Scenario: An injured school-age child is not asked about mobility
    Given a contact from a hospital about a 7-year-old
    And the family has no previous involvement
    And the family has given consent
    And the concern is L4-CD-02 (an unexplained injury)
    When the front door checks the contact
    Then the front door does not ask "Is the child independently mobile"

  Scenario: A child staying with someone outside the family, with no details
    Given a contact from a school about a 10-year-old
    And the family has no previous involvement
    And the family has given consent
    And the child is staying with someone outside the family
    When the front door checks the contact
    Then the front door asks "How is the carer related to the child? Close relatives are not private foster carers."
    And the front door asks "How long is the child expected to stay? 28 days or more is private fostering."

  Scenario: A child staying with a family friend for a known time raises no private fostering questions
    Given a contact from a school about a 10-year-old
    And the family has no previous involvement
    And the family has given consent
    And the child is staying with a family friend for 60 days
    When the front door checks the contact
    Then the front door does not ask "How is the carer related to the child?"
    And the front door does not ask "How long is the child expected to stay?"

  Scenario: A 16-year-old staying with a family friend is asked about disability, which decides private fostering
    Given a contact from a school about a 16-year-old
    And the family has no previous involvement
    And the family has given consent
    And the child is staying with a family friend for 60 days
    When the front door checks the contact
    Then the front door asks "Does the young person have a disability? A disabled 16 or 17-year-old can be privately fostered."

  Scenario: A 16-year-old with a known disability status is not asked about it
    Given a contact from a school about a 16-year-old
    And the family has no previous involvement
    And the family has given consent
    And the child has no disability
    And the child is staying with a family friend for 60 days
    When the front door checks the contact
    Then the front door does not ask "Does the young person have a disability?"

  Scenario: A child reported missing, for an unknown length of time
    Given a contact from the police about a 14-year-old
    And the family has no previous involvement
    And the family has given consent
    And the child has been reported missing
    When the front door checks the contact
    Then the front door asks "How long was the child missing? Over 24 hours raises the priority"

  Scenario: A child reported missing for a known time is not asked how long
    Given a contact from the police about a 14-year-old
    And the family has no previous involvement
    And the family has given consent
    And the child has been missing for 12 hours, 1 times in the last 12 months
    When the front door checks the contact
    Then the front door does not ask "How long was the child missing?"

  Scenario: Nothing known about consent, an open case or previous contacts
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    When the front door checks the contact
    Then the front door asks "Has the family been asked for consent, and what did they say?"
    And the front door asks "Is the child's case currently open (early help, child in need, child protection, looked after)?"
    And the front door asks "How many contacts has the front door had about this child in the last 12 months?"

  Scenario: Consent, open case and previous contacts known: none of those questions
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the family has no previous involvement
    And the family refused consent
    When the front door checks the contact
    Then the front door does not ask "Has the family been asked for consent"
    And the front door does not ask "Is the child's case currently open"
    And the front door does not ask "How many contacts has the front door had about this child"

  Scenario: Only the open case is known
    Given a contact from a school about a 9-year-old
    And the concern is a level 2 education concern
    And the child's case is not open
    When the front door checks the contact
    Then the front door does not ask "Is the child's case currently open"
    And the front door asks "How many contacts has the front door had about this child in the last 12 months?"
    And the front door asks "Has the family been asked for consent"
