Feature: The contact as the front door records it
  A practitioner records what the referrer said, who they are and how to reach them, and for each child their name,
  date of birth, where they live, their own views and the concerns that apply to them. The age the guidance uses is
  worked out from the date of birth on the day the contact came. Every referral gets a reference people can say on
  the phone, and can be found again by it, by a child's name or date of birth.

  Scenario: A sibling group is recorded with a concern that applies to one child only
    Given a contact from a school about children aged 7 and 3
    And the contact came by phone
    And the referrer is "Jo Marsh", "designated safeguarding lead" at "Riverside Primary School", on "01632 960555"
    And the referrer said "Maisie told her teacher she and her brother were left alone overnight twice last week"
    And child 1 is "Maisie" "Thornbury", born on "2019-03-27"
    And child 1 lives at "14 Mill Lane, Thamesbridge TB1 4QQ" with "her mother and brother"
    And child 1 said "I get scared when mum goes out at night"
    And child 2 is "Alfie" "Thornbury", born on "2022-08-14"
    And the concern is L2-CD-01 (occasional unauthorised absence)
    And only child 1 has the concern L3-CD-01
    And the referrer saw L2-CD-01 themselves
    And the family has given consent
    When the practitioner records the referral
    Then the referral has a reference like FD-2026-000123
    And only child 1's recommendation cites L3-CD-01
    And the record keeps what the referrer said and child 1's name, date of birth, address and views
    And searching for "maisie thornbury" finds the referral
    And searching for "Thornbury" finds the referral
    And searching for "27/3/2019" finds the referral
    And searching for "Zebedee Quill" does not find it

  Scenario: A date of birth in the future is refused
    Given a contact from a school about a 7-year-old
    And child 1 is "Ada" "Quill", born on "2099-01-01"
    And the concern is a level 2 education concern
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal points to "children[0].dateOfBirth"
    And nothing is recorded

  Scenario: A contact with no concern is recorded only as advice, and only when the practitioner says so
    Given a contact from a parent about a 7-year-old
    When the practitioner records the referral
    Then the front door refuses the contact
    And the refusal for "concerns" says "advice only"
    And nothing is recorded
    When the practitioner records it as advice only
    And the practitioner records the referral
    Then the referral has a reference like FD-2026-000123

  Scenario: An earlier contact about a child with the same name and date of birth counts only once confirmed
    Given a contact from a school about a 7-year-old
    And child 1 is "Ada" "Quillfeather", born on "2019-05-02"
    And the child's NHS number is "485 777 3457"
    And the concern is a level 2 education concern
    And the family has given consent
    When the practitioner records the referral
    Then the front door offers no earlier contact
    When the practitioner records a later contact about the same child, without the NHS number
    Then the front door offers the earlier contact as possibly the same child
    And the child's history comes from the referrer, not the front door's records
    When the practitioner confirms it is the same child
    Then the front door offers no earlier contact
    When the practitioner records a later contact about the same child, with the NHS number
    Then the child's history counts 2 earlier contacts from the front door's records
