@publishing
Feature: Trying a decision table in the sandbox
  Before changing the front door's tables, a policy lead can try any standard DMN model, including one made in
  another modelling tool, with facts of their choosing. The sandbox shows every decision's answer, the rules that
  fired and what the engine said. Nothing is stored.

  Scenario: A policy lead tries a table made in another modelling tool
    Given a decision model saved by another DMN modelling tool that chooses a dish and the drinks for a dinner
    When the policy lead tries it in the sandbox for 4 guests with children in "Winter"
    Then the decision "Dish" is "Roastbeef"
    And the sandbox names the rule that chose the dish
    And nothing is stored

  Scenario: A model that calls Java is refused before it is compiled
    Given a decision model that calls a Java method
    When the policy lead tries it in the sandbox for 4 guests with children in "Winter"
    Then the sandbox refuses the model and says why
    And nothing is stored
