Feature: Contacts the front door cannot assess
  A contact that cannot be read, or that has a value outside what the guidance allows, is refused with the fields
  to correct, and nothing is recorded. Professionals cannot refer anonymously; members of the public may ask to
  (R-14).

  Scenario: A garbled form is refused
    Given the form arrives garbled
    When the practitioner records the referral
    Then the front door refuses the contact
    And nothing is recorded

  Scenario: An age written in words is refused
    Given a contact from a school about a 7-year-old
    And the child's age is written as "seven"
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal points to "children[0].ageYears"
    And nothing is recorded

  Scenario: An unknown type of referrer is refused
    Given a contact from a school about a 7-year-old
    And the referrer type is given as "neighbour"
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal for "referrer.type" says "the value given is not allowed"
    And nothing is recorded

  Scenario: An unknown circumstance is refused
    Given a contact from a school about a 7-year-old
    And the circumstance "fell out with school" is given
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal points to "circumstances[0]"
    And nothing is recorded

  Scenario: An indicator code that is not in the guidance is refused with the nearest codes suggested
    Given a contact from a school about a 7-year-old
    And the concern is L2-CD-1 (occasional unauthorised absence, missing its leading zero)
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal for "concerns[0]" says "did you mean L2-CD-01"
    And nothing is recorded

  Scenario: An 18-year-old is not a child
    Given a contact from a school about a 17-year-old
    And the child's age is given as 18
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal for "children[0].ageYears" says "18 is not allowed"
    And nothing is recorded

  Scenario Outline: Weeks of pregnancy outside 4 to 42 are refused (<weeks> weeks)
    Given a contact from a health visitor about an unborn baby at <weeks> weeks
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal points to "children[0].unbornWeeks"
    And nothing is recorded

    Examples:
      | weeks |
      | 3     |
      | 43    |

  Scenario: A child cannot have both an age and weeks of pregnancy
    Given a contact from a GP about a 1-year-old
    And the child's age and weeks of pregnancy are both given
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal for "children[0].ageYears" says "exactly one of"
    And nothing is recorded

  Scenario: A contact naming no children is refused
    Given a contact from a school that names no children
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal points to "children"
    And nothing is recorded

  Scenario: A form with an unknown box is refused
    Given a contact from a school about a 7-year-old
    And the form has an extra box "favouriteColour"
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal for "favouriteColour" says "is not a known field"
    And nothing is recorded

  Scenario Outline: A professional cannot stay anonymous (<referrer>)
    Given a contact from <referrer> about a 7-year-old
    And the family has no previous involvement
    And the family has given consent
    And the concern is a level 2 education concern
    And the referrer asks to stay anonymous
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal for "referrer.anonymous" says "A professional referrer cannot stay anonymous"
    And nothing is recorded

    Examples:
      | referrer         |
      | a school         |
      | the police       |
      | a GP             |
      | a health visitor |

  Scenario Outline: <referrer> may ask to stay anonymous
    Given a contact from <referrer> about a 7-year-old
    And the family has no previous involvement
    And the family has given consent
    And the concern is a level 2 education concern
    And the referrer asks to stay anonymous
    When the practitioner records the referral
    Then the referral is recorded
    And the primary pathway is P2

    Examples:
      | referrer               |
      | a member of the public |
      | a relative             |
      | the young person       |
