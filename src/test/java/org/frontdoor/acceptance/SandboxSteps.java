package org.frontdoor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.frontdoor.scenarios.ScenarioHttp;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A policy lead trying a DMN model in the sandbox, which evaluates it and stores nothing. */
public class SandboxSteps {
    private static final String JAVA_CALL = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="d" name="d" namespace="https://example.org/d">
              <decision id="x" name="x"><variable name="x"/><functionDefinition kind="Java">
                <contextEntry><variable name="class"/><literalExpression><text>"java.lang.System"</text></literalExpression></contextEntry>
                <contextEntry><variable name="method signature"/><literalExpression><text>"exit(int)"</text></literalExpression></contextEntry>
              </functionDefinition></decision>
            </definitions>""";

    private final ScenarioHttp http;
    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private String model;
    private long rowsBefore;
    private ResponseEntity<JsonNode> answer;

    public SandboxSteps(ScenarioHttp http, JdbcClient jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    @Given("a decision model saved by another DMN modelling tool that chooses a dish and the drinks for a dinner")
    public void dinnerModel() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sandbox/camunda-11-dish.dmn")) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Given("a decision model that calls a Java method")
    public void javaModel() {
        model = JAVA_CALL;
    }

    @When("the policy lead tries it in the sandbox for {int} guests with children in {string}")
    public void tries(int guests, String season) {
        rowsBefore = rows();
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.putObject("context").put("season", season).put("guestCount", guests).put("guestsWithChildren", true);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        answer = http.as("asha.policy").postForEntity("/api/sandbox/evaluate", new HttpEntity<>(body.toString(), headers), JsonNode.class);
    }

    @Then("the decision {string} is {string}")
    public void decisionIs(String name, String value) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        for (JsonNode d : answer.getBody().get("decisions")) {
            if (d.get("name").asText().equals(name)) {
                assertThat(d.get("status").asText()).isEqualTo("SUCCEEDED");
                assertThat(d.get("result").asText()).isEqualTo(value);
                return;
            }
        }
        throw new AssertionError("No decision " + name + " in " + answer.getBody());
    }

    @Then("the sandbox names the rule that chose the dish")
    public void namesTheRule() {
        boolean found = false;
        for (JsonNode f : answer.getBody().get("firedRules")) {
            if (f.get("decision").asText().equals("Dish")) {
                assertThat(f.get("ruleIds").get(0).asText()).isEqualTo("rule_winter_small");
                found = true;
            }
        }
        assertThat(found).as(answer.getBody().toString()).isTrue();
    }

    @Then("the sandbox refuses the model and says why")
    public void refused() {
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody().toString()).containsIgnoringCase("java");
    }

    @Then("nothing is stored")
    public void nothingStored() {
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    private long rows() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM referral) + (SELECT COUNT(*) FROM rule_set_version) + (SELECT COUNT(*) FROM audit_event)")
                .query(Long.class).single();
    }
}
