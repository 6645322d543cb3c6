@publishing
Feature: Changing the thresholds: draft, check, approve, publish, roll back
  The thresholds guidance lives in the decision tables the front door runs. A policy lead changes a table without a
  developer: they draft a new version from the one in force, upload the changed table, read the validation report,
  run the scenarios against the draft, see how it would have changed recorded referrals, and ask another policy lead
  to approve it. Once approved it is published, now or from a date, without restarting anything; a published version
  can be rolled back in one step. Every recommendation names the version that made it.

  Background:
    Given the front door is running the tables it was first started with

  Scenario: The tables the front door started with are the first published version
    Then the version in force is published
    And each of its tables downloads exactly as it was written

  Scenario: A policy lead drafts a change to a threshold and the draft is checked
    Given policy lead Asha drafts a change "Occasional absence needs a targeted early help response"
    When Asha uploads the indicator catalogue with indicator L2-CD-01 raised to level 3
    Then the draft holds the uploaded table exactly
    And the validation report for the draft has no errors

  Scenario: The scenario gate shows which scenarios a change breaks, with what was expected and what happened
    Given policy lead Asha drafts a change "Occasional absence needs a targeted early help response"
    And Asha uploads the indicator catalogue with indicator L2-CD-01 raised to level 3
    When Asha runs the scenarios in "features/decision/levels.feature" against the draft
    Then a scenario starting "A level 2 indicator gives level 2" fails
    And its failure shows the level expected and the level the draft gave
    And the draft cannot be approved yet

  Scenario: The author cannot approve their own draft
    Given policy lead Asha drafts a change "Tidy the wording of a reason"
    When Asha tries to approve the draft
    Then she is told another policy lead must approve it

  Scenario: A change marked as intended is approved by a second policy lead, who sees why
    Given policy lead Asha drafts a change "Occasional absence needs a targeted early help response"
    And Asha uploads the indicator catalogue with indicator L2-CD-01 raised to level 3
    And Asha runs every scenario against the draft
    When Asha marks every failing scenario as intended because "Agreed at the safeguarding partnership in November"
    And policy lead Ben approves the draft
    Then the draft is approved by Ben
    And Ben can see the reason "Agreed at the safeguarding partnership in November" beside each intended change

  Scenario: Impact analysis shows how the draft would have changed recorded referrals
    Given the front door recorded a referral from a school about occasional absence
    And the front door recorded a referral from the police about a bruised baby
    And policy lead Asha drafts a change "Occasional absence needs a targeted early help response"
    And Asha uploads the indicator catalogue with indicator L2-CD-01 raised to level 3
    When Asha asks how the draft would have changed this year's referrals
    Then 1 child moves from level 2 to level 3
    And the referral about occasional absence is listed as changed
    And the referral about the bruised baby is not

  Scenario: A published change is used by new assessments at once, and earlier referrals keep their version
    Given the front door recorded a referral from a school about occasional absence
    And the draft raising occasional absence to level 3 has been checked and approved
    When Ben publishes the draft at once because "schools were told it starts today"
    Then new contacts about occasional absence are assessed at level 3 by the new version
    And the earlier referral still names the version it was assessed with and is still level 2

  Scenario: A change published from a later date waits until then
    Given the draft raising occasional absence to level 3 has been checked and approved
    When Ben publishes the draft to take effect in 2 seconds because "the partnership agreed it for this morning"
    Then new contacts about occasional absence are still assessed at level 2 until then
    And from then on they are assessed at level 3 by the new version

  Scenario: Partners get notice of a change unless the policy lead says why it cannot wait
    Given the draft raising occasional absence to level 3 has been checked and approved
    When Ben tries to publish the draft at once without saying why it cannot wait
    Then publishing is refused because partners are given 10 working days' notice
    And the version the front door started with stays in force

  Scenario: A change scheduled after the notice period needs no reason
    Given the draft raising occasional absence to level 3 has been checked and approved
    When Ben publishes the draft to take effect in 3 weeks
    Then the draft is scheduled and the version the front door started with stays in force

  Scenario: A date in the past is refused, not read as "now"
    Given the draft raising occasional absence to level 3 has been checked and approved
    When Ben tries to publish the draft to take effect yesterday
    Then publishing is refused because the date is in the past
    And the version the front door started with stays in force

  Scenario: A published change is rolled back in one step
    Given the draft raising occasional absence to level 3 has been checked and approved
    And Ben publishes the draft at once because "schools were told it starts today"
    When Asha rolls back to the version the front door started with because "Schools asked for more notice"
    Then new contacts about occasional absence are assessed at level 2 by the version the front door started with
    And the rolled-back version is retired

  Scenario: The differences between versions are described row by row
    Given policy lead Asha drafts a change "Occasional absence needs a targeted early help response"
    And Asha uploads the indicator catalogue with indicator L2-CD-01 raised to level 3
    When Asha compares the draft with the version in force
    Then the comparison lists one changed row, L2-CD-01, whose level was 2 and is now 3
    And no rows are added or removed

  Scenario: Publishing produces a change notice for partners and a transparency record
    Given the draft raising occasional absence to level 3 has been checked and approved
    When Ben publishes the draft at once because "schools were told it starts today"
    Then the change notice tells partners that indicator L2-CD-01 is now level 3 and from when
    And the transparency record names the version in force and how to challenge a decision

  Scenario Outline: An unsafe table is refused before it is stored
    Given policy lead Asha drafts a change "Try an unsafe file"
    When Asha uploads a decision model that <danger>
    Then the upload is refused naming the file
    And the draft still holds the tables it was created with

    Examples:
      | danger                                       |
      | reads a file from the server (XXE)           |
      | expands entities without limit (billion laughs) |
      | calls a Java method                          |
      | is not DMN at all                            |
