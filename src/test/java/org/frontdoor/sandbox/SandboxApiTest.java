package org.frontdoor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sandbox through its REST endpoint, with models written in the styles of other tools (Camunda Modeler DMN 1.1
 * and 1.3, KIE/Trisotech DMN 1.2-1.5). Every expected value was worked out by hand from the DMN semantics.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sandbox;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
@AutoConfigureMockMvc
@org.springframework.security.test.context.support.WithMockUser(username = "asha.policy", roles = "POLICY_LEAD")
class SandboxApiTest {
    private static final String PROBLEMS = "https://frontdoor.example.org/problems/";
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private static String model(String file) throws Exception {
        return Files.readString(Path.of("src/test/resources/sandbox", file));
    }

    private MockHttpServletResponse send(String body) throws Exception {
        return mvc.perform(post("/api/sandbox/evaluate").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private MockHttpServletResponse evaluate(String xml, String context) throws Exception {
        return send("{\"model\": " + json.writeValueAsString(xml) + ", \"context\": " + context + "}");
    }

    private void expect(MockHttpServletResponse response, int status, String expected) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        JSONAssert.assertEquals(expected, response.getContentAsString(), JSONCompareMode.STRICT);
    }

    private static String warnMissingVariable(String element) {
        return "{\"severity\": \"WARN\", \"type\": \"MISSING_VARIABLE\", \"sourceId\": null, \"text\": \"The sandbox added the <variable> that DMN requires to the "
                + element + ", named after it: the model's tool left it out.\"}";
    }

    @Test
    void camundaDmn11UniqueAndCollectWithRuleDescriptions() throws Exception {
        expect(evaluate(model("camunda-11-dish.dmn"), "{\"season\": \"Winter\", \"guestCount\": 4, \"guestsWithChildren\": true}"), 200, """
                {"model": {"name": "Dinner Decisions", "namespace": "http://camunda.org/schema/1.0/dmn", "dmnVersion": "1.1"},
                 "decisions": [{"name": "Dish", "status": "SUCCEEDED", "result": "Roastbeef"},
                               {"name": "Beverages", "status": "SUCCEEDED", "result": ["Bordeaux", "Apple Juice", "Water"]}],
                 "firedRules": [
                   {"decision": "Dish", "table": "Dish", "matched": [2], "selected": [2], "ruleIds": ["rule_winter_small"],
                    "annotations": {"2": {"description": "Warm winter food"}}},
                   {"decision": "Beverages", "table": "Beverages", "matched": [3, 4, 5], "selected": [3, 4, 5], "ruleIds": ["bev3", "bev4", "bev5"],
                    "annotations": {}}],
                 "messages": [%s, %s]}""".formatted(warnMissingVariable("decision 'Dish' (id dish)"), warnMissingVariable("decision 'Beverages' (id beverages)")));
        // more guests than the small-dinner rules: the party rule, and no apple juice
        JsonNode party = json.readTree(evaluate(model("camunda-11-dish.dmn"), "{\"season\": \"Fall\", \"guestCount\": 12, \"guestsWithChildren\": false}").getContentAsString());
        assertThat(party.at("/decisions/0/result").asText()).isEqualTo("Stew");
        assertThat(party.at("/decisions/1/result")).hasToString("[\"Guinness\",\"Water\"]");
    }

    @Test
    void aRawCamunda11ExportReadingFreeVariablesIsEvaluatedAsCamundaWouldAndSaysWhatWasAdapted() throws Exception {
        MockHttpServletResponse response = evaluate(model("camunda-11-dish-raw.dmn"), "{\"season\": \"Winter\", \"guestCount\": 4}");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode result = json.readTree(response.getContentAsString());
        assertThat(result.at("/decisions/0/name").asText()).isEqualTo("Dish");
        assertThat(result.at("/decisions/0/result").asText()).isEqualTo("Roastbeef");
        assertThat(result.at("/decisions/1/name").asText()).isEqualTo("Beverages");
        assertThat(result.at("/decisions/1/result").toString()).isEqualTo("[\"Bordeaux\",\"Water\"]");
        // what was read differently from the file is said, not hidden
        assertThat(result.get("messages").findValuesAsText("type")).contains("MISSING_VARIABLE", "ADAPTED_FROM_OTHER_TOOL");
        assertThat(result.get("messages").findValuesAsText("text")).contains(
                "'season' is read by a decision table but is not an input of the model (the model's tool reads it straight from the context): "
                        + "the sandbox added an input data 'season'.",
                "Type 'string' was read as the FEEL type 'string' (feel:string).",
                "7 empty input entries were read as '-' (any value), as the model's tool means them.");
        // with children among the guests, the apple juice rule fires too
        JsonNode family = json.readTree(evaluate(model("camunda-11-dish-raw.dmn"),
                "{\"season\": \"Fall\", \"guestCount\": 12, \"guestsWithChildren\": true}").getContentAsString());
        assertThat(family.at("/decisions/0/result").asText()).isEqualTo("Stew");
        assertThat(family.at("/decisions/1/result").toString()).isEqualTo("[\"Guinness\",\"Apple Juice\",\"Water\"]");
    }

    @Test
    void aCamunda8ExportWithJavaTypesFreeVariablesAndAnUndeclaredDecisionChainIsEvaluatedAsCamundaWould() throws Exception {
        JsonNode gold = json.readTree(evaluate(model("camunda-8-13-discount.dmn"),
                "{\"ordersThisYear\": 12, \"customer\": {\"member\": true}}").getContentAsString());
        assertThat(gold.at("/decisions/0/name").asText()).as(gold.toString()).isEqualTo("Customer band");
        assertThat(gold.at("/decisions/0/result").asText()).isEqualTo("gold");
        assertThat(gold.at("/decisions/1/result").decimalValue()).isEqualByComparingTo("15");
        assertThat(gold.get("messages").findValuesAsText("text")).contains(
                "Decision 'Discount' reads decision id 'customerBand': read as its name 'Customer band'.",
                "Decision 'Discount' reads decision 'Customer band' without saying it requires it: the requirement was added.",
                "Type 'integer' was read as the FEEL type 'number'.",
                "'customer' is read by a decision table but is not an input of the model (the model's tool reads it straight from the context): "
                        + "the sandbox added an input data 'customer'.");
        JsonNode silver = json.readTree(evaluate(model("camunda-8-13-discount.dmn"),
                "{\"ordersThisYear\": 6, \"customer\": {\"member\": false}}").getContentAsString());
        assertThat(silver.at("/decisions/1/result").decimalValue()).isEqualByComparingTo("7.5");
        JsonNode newcomer = json.readTree(evaluate(model("camunda-8-13-discount.dmn"), "{\"ordersThisYear\": 0}").getContentAsString());
        assertThat(newcomer.at("/decisions/0/result").asText()).isEqualTo("standard");
        assertThat(newcomer.at("/decisions/1/result").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void camundaDmn13FirstAndCollectAggregations() throws Exception {
        expect(evaluate(model("camunda-13-invoice.dmn"), "{\"amount\": 1200, \"invoiceCategory\": \"Misc\", \"lineItems\": [12.5, 3, 40]}"), 200, """
                {"model": {"name": "Invoice Approval", "namespace": "http://camunda.org/schema/1.0/dmn", "dmnVersion": "1.3"},
                 "decisions": [{"name": "Approver", "status": "SUCCEEDED", "result": "management"},
                               {"name": "Risk points", "status": "SUCCEEDED", "result": 17.5},
                               {"name": "Warnings", "status": "SUCCEEDED", "result": 3},
                               {"name": "Cheapest item", "status": "SUCCEEDED", "result": 3},
                               {"name": "Dearest item", "status": "SUCCEEDED", "result": 40}],
                 "firedRules": [
                   {"decision": "Approver", "table": "Approver", "matched": [2, 3], "selected": [2], "ruleIds": ["DecisionRule_big"], "annotations": {}},
                   {"decision": "Risk points", "table": "Risk points", "matched": [1, 3], "selected": [1, 3], "ruleIds": ["p1", "p3"], "annotations": {}},
                   {"decision": "Dearest item", "table": "Dearest item", "matched": [1, 2], "selected": [2], "ruleIds": ["x2"], "annotations": {}},
                   {"decision": "Warnings", "table": "Warnings", "matched": [1, 2, 3], "selected": [1, 2, 3], "ruleIds": ["c1", "c2", "c3"], "annotations": {}},
                   {"decision": "Cheapest item", "table": "Cheapest item", "matched": [1, 2], "selected": [1], "ruleIds": ["m1"], "annotations": {}}],
                 "messages": [%s, %s, %s, %s, %s, %s, %s, %s]}""".formatted(
                warnMissingVariable("inputData 'amount' (id InputData_amount)"), warnMissingVariable("inputData 'invoiceCategory' (id InputData_category)"),
                warnMissingVariable("inputData 'lineItems' (id InputData_items)"), warnMissingVariable("decision 'Approver' (id Decision_approver)"),
                warnMissingVariable("decision 'Risk points' (id Decision_points)"), warnMissingVariable("decision 'Warnings' (id Decision_count)"),
                warnMissingVariable("decision 'Cheapest item' (id Decision_min)"), warnMissingVariable("decision 'Dearest item' (id Decision_max)")));
    }

    @Test
    void priorityAnyRuleOrderOutputOrderAndABkmTableInvokedTwice() throws Exception {
        expect(evaluate(model("kie-14-hit-policies.dmn"), "{\"Score\": 75, \"Flags\": \"manual\"}"), 200, """
                {"model": {"name": "Hit Policies", "namespace": "https://example.org/dmn/hit-policies", "dmnVersion": "1.4"},
                 "decisions": [{"name": "Risk", "status": "SUCCEEDED", "result": "high"},
                               {"name": "Needs review", "status": "SUCCEEDED", "result": true},
                               {"name": "Actions", "status": "SUCCEEDED", "result": [{"action": "call", "within days": 1},
                                   {"action": "write", "within days": 5}, {"action": "file", "within days": 20}]},
                               {"name": "Levels", "status": "SUCCEEDED", "result": ["high", "medium", "low"]},
                               {"name": "Grades", "status": "SUCCEEDED", "result": ["pass", "fail"]}],
                 "firedRules": [
                   {"decision": "Needs review", "table": "Needs review", "matched": [2], "selected": [2], "ruleIds": ["_any2"], "annotations": {}},
                   {"decision": "Levels", "table": "Levels", "matched": [1, 2, 3], "selected": [2], "ruleIds": ["_oo2"], "annotations": {}},
                   {"decision": "Actions", "table": "Actions", "matched": [1, 2, 3], "selected": [1, 2, 3], "ruleIds": ["_ro1", "_ro2", "_ro3"], "annotations": {}},
                   {"decision": "Risk", "table": "Risk by score", "matched": [1, 2, 3], "selected": [3], "ruleIds": ["_risk_high"],
                    "annotations": {"3": {"Why": "score at or over 70"}}},
                   {"decision": "Grade", "table": "Grade table", "matched": [2], "selected": [2], "ruleIds": ["_g_pass"], "annotations": {"2": {"Note": "half or more"}}},
                   {"decision": "Grade", "table": "Grade table", "matched": [1], "selected": [1], "ruleIds": ["_g_fail"], "annotations": {"1": {"Note": "below half"}}}],
                 "messages": []}""");
        JsonNode low = json.readTree(evaluate(model("kie-14-hit-policies.dmn"), "{\"Score\": 10, \"Flags\": \"auto\"}").getContentAsString());
        assertThat(low.at("/decisions/0/result").asText()).isEqualTo("low");
        assertThat(low.at("/decisions/1/result").asBoolean()).isFalse();
        assertThat(low.at("/decisions/2/result")).hasToString("[{\"action\":\"file\",\"within days\":20}]");
        assertThat(low.at("/decisions/3/result")).hasToString("[\"low\"]");
    }

    @Test
    void itemDefinitionsBoxedExpressionsDatesDurationsAndADecisionService() throws Exception {
        expect(evaluate(model("kie-15-benefits.dmn"), """
                {"Applicant": {"name": "Sam", "born": "1990-05-17", "monthly income": 2400,
                   "dependants": [{"name": "Ali", "born": "2015-02-01"}, {"name": "Jo", "born": "2001-09-30"}]},
                 "As of": "2026-03-01", "Received at": "2026-03-01T09:15:00", "Office opens": "08:30:00",
                 "Grace": "P2DT4H", "Term": "P1Y2M", "Scores": [1, 2.5, 3]}"""), 200, """
                {"model": {"name": "Benefit Check", "namespace": "https://example.org/dmn/benefit-check", "dmnVersion": "1.5"},
                 "decisions": [
                   {"name": "Applicant age", "status": "SUCCEEDED", "result": 35},
                   {"name": "Household", "status": "SUCCEEDED", "result": {"size": 3, "children": ["Ali"], "income per head": 800, "adult": true, "notes": null}},
                   {"name": "Income bands", "status": "SUCCEEDED", "result": [{"band": "low", "from": 0, "to": 1000}, {"band": "middle", "from": 1000, "to": null}]},
                   {"name": "Band", "status": "SUCCEEDED", "result": "low"},
                   {"name": "Milestones", "status": "SUCCEEDED", "result": ["2026-02-01", "2027-05-01", "2026-02-28"]},
                   {"name": "Reply by", "status": "SUCCEEDED", "result": "2026-03-03T13:15:00"},
                   {"name": "Waited", "status": "SUCCEEDED", "result": "P1DT3H15M"},
                   {"name": "Opening hours", "status": "SUCCEEDED", "result": {"closes": "17:00:00", "term in months": "P2Y2M",
                      "core hours": "[ 10:00:00 .. 16:00:00 ]", "score range": "[ 1 .. 10 )", "double": "function <anonymous>", "doubled": 42}},
                   {"name": "Total score", "status": "SUCCEEDED", "result": 2.166666666666666666666666666666667},
                   {"name": "Score twice", "status": "SUCCEEDED", "result": [3, 10]}],
                 "firedRules": [],
                 "messages": []}""");
    }

    @Test
    void aFailingDecisionIsReportedNotThrown() throws Exception {
        expect(evaluate(model("kie-12-failures.dmn"), "{\"Age\": 15}"), 200, """
                {"model": {"name": "Failures", "namespace": "https://example.org/dmn/failures", "dmnVersion": "1.2"},
                 "decisions": [{"name": "Group", "status": "FAILED", "result": null},
                               {"name": "Letter", "status": "SKIPPED", "result": null},
                               {"name": "Area", "status": "SUCCEEDED", "result": "unknown"},
                               {"name": "Endless", "status": "FAILED", "result": null}],
                 "firedRules": [{"decision": "Group", "table": "Group", "matched": [1, 2], "selected": [], "ruleIds": [], "annotations": {}}],
                 "messages": [
                   {"severity": "ERROR", "type": "FEEL_EVALUATION_ERROR", "sourceId": "_d_group",
                    "text": "DMN: UNIQUE hit policy decision tables can only have one matching rule. Multiple matches found for decision table 'Group'. Matched rules: [1, 2] (DMN id: _d_group, FEEL expression evaluation error) "},
                   {"severity": "ERROR", "type": "ERROR_EVAL_NODE", "sourceId": "_d_group",
                    "text": "DMN: Error evaluating Decision node 'Group': DMNType{ http://www.omg.org/spec/DMN/20180521/FEEL/ : string } (DMN id: _d_group, Error evaluating node) "},
                   {"severity": "ERROR", "type": "REQ_NOT_FOUND", "sourceId": "_d_letter",
                    "text": "DMN: Unable to evaluate decision 'Letter' as it depends on decision 'Group' (DMN id: _d_letter, The referenced node was not found) "},
                   {"severity": "ERROR", "type": "ERROR_EVAL_NODE", "sourceId": "_d_endless",
                    "text": "DMN: Error evaluating Decision node 'Endless': null (DMN id: _d_endless, Error evaluating node) "}]}""");
        // no rule matching is not a failure: the result is null (DMN 1.x, and the TCK), with a warning
        JsonNode adult = json.readTree(evaluate(model("kie-12-failures.dmn"), "{\"Age\": 45, \"Postcode\": \"SS1 1AA\"}").getContentAsString());
        assertThat(adult.at("/decisions/0")).hasToString("{\"name\":\"Group\",\"status\":\"SUCCEEDED\",\"result\":null}");
        assertThat(adult.at("/decisions/1")).hasToString("{\"name\":\"Letter\",\"status\":\"SUCCEEDED\",\"result\":null}");
        assertThat(adult.at("/messages/0/severity").asText()).isEqualTo("WARN");
        assertThat(adult.at("/messages/0/text").asText()).contains("No rule matched for decision table 'Group'");
        // without the overlap the letter is written
        JsonNode child = json.readTree(evaluate(model("kie-12-failures.dmn"), "{\"Age\": 8, \"Postcode\": \"SS1 1AA\"}").getContentAsString());
        assertThat(child.at("/decisions/1/result").asText()).isEqualTo("Dear child");
        assertThat(child.at("/decisions/2/result").asText()).isEqualTo("SS1");
    }

    @Test
    void aModelThatImportsAnotherIsRefused() throws Exception {
        String xml = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="Importer" namespace="https://example.org/importer" id="i">
                  <import namespace="https://example.org/library" name="lib" importType="https://www.omg.org/spec/DMN/20230324/MODEL/"/>
                  <decision id="d" name="D"><variable name="D"/><literalExpression><text>lib.X</text></literalExpression></decision>
                </definitions>""";
        expect(evaluate(xml, "{}"), 422, """
                {"type": "%ssandbox-imports-not-supported", "title": "Imports are not supported", "status": 422,
                 "detail": "imports are not supported in the sandbox; paste one standalone model. Nothing was evaluated.",
                 "errors": [{"field": "model", "message": "imports are not supported in the sandbox: the model imports https://example.org/library; paste a standalone model"}]}"""
                .formatted(PROBLEMS));
    }

    @Test
    void aModelThatDoesNotCompileListsTheEnginesMessages() throws Exception {
        String xml = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="Broken" namespace="https://example.org/broken" id="b">
                  <decision id="d_sum" name="Sum"><variable name="Sum"/><literalExpression id="le_sum"><text>1 +</text></literalExpression></decision>
                </definitions>""";
        MockHttpServletResponse response = evaluate(xml, "{}");
        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").asText()).isEqualTo(PROBLEMS + "model-does-not-compile");
        assertThat(problem.get("detail").asText()).isEqualTo("The engine could not compile the model; see its messages. Nothing was evaluated.");
        assertThat(problem.get("messages")).isNotEmpty().allSatisfy(m -> assertThat(m.get("severity").asText()).isIn("ERROR", "WARN", "INFO"));
        assertThat(problem.get("messages").findValuesAsText("sourceId")).contains("le_sum");
    }

    @Test
    void aHostileModelIsRefusedBeforeTheEngine() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="m" namespace="n">
                  <decision name="A"><variable name="A"/><literalExpression><text>"&x;"</text></literalExpression></decision>
                </definitions>""";
        expect(evaluate(xxe, "{}"), 422, """
                {"type": "%smodel-rejected", "title": "Model refused", "status": 422,
                 "detail": "The model was refused before it reached the engine. Nothing was evaluated.",
                 "errors": [{"field": "model", "message": "DTDs and entity declarations are not allowed"}]}""".formatted(PROBLEMS));
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        String invalid = "{\"type\": \"" + PROBLEMS + "invalid-request\", \"title\": \"Invalid request\", \"status\": 400, ";
        expect(send("{\"context\": {}}"), 400, invalid + """
                "detail": "The request cannot be accepted as given. Nothing was evaluated.",
                "errors": [{"field": "model", "message": "is required: the DMN XML of one model, as a string"}]}""");
        expect(send("{\"model\": \"<definitions/>\", \"context\": [1, 2]}"), 400, invalid + """
                "detail": "The request cannot be accepted as given. Nothing was evaluated.",
                "errors": [{"field": "context", "message": "must be an object of input names to values"}]}""");
        expect(send("{\"model\": 42, \"contexts\": {}}"), 400, invalid + """
                "detail": "The request cannot be accepted as given. Nothing was evaluated.",
                "errors": [{"field": "contexts", "message": "is not a known field"}, {"field": "model", "message": "must be the DMN XML of one model, as a string"}]}""");
        expect(send("{\"model\": "), 400, invalid + """
                "detail": "The request body is not well-formed JSON. Nothing was evaluated.", "errors": []}""");
        expect(send("[]"), 400, invalid + """
                "detail": "The request body must be a JSON object with a model and a context. Nothing was evaluated.", "errors": []}""");
    }

    @Test
    void aValueThatIsNotOfItsInputsTypeIsABadRequest() throws Exception {
        expect(evaluate(model("kie-15-benefits.dmn"), """
                {"As of": "1st March", "Applicant": {"born": "1990-05-17", "dependants": [{"born": "yesterday"}]}, "Grace": "two days"}"""), 400, """
                {"type": "%sinvalid-request", "title": "Invalid request", "status": 400,
                 "detail": "A context value does not have the form its input's type needs. Nothing was evaluated.",
                 "errors": [{"field": "context.Applicant.dependants[0].born", "message": "is not a date (yyyy-mm-dd)"},
                            {"field": "context.As of", "message": "is not a date (yyyy-mm-dd)"},
                            {"field": "context.Grace", "message": "is not an ISO 8601 duration (such as P1Y2M or PT1H)"}]}""".formatted(PROBLEMS));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void nothingAboutTheContextIsLogged(CapturedOutput log) throws Exception {
        String xml = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="Leaky" namespace="https://example.org/leaky" id="l">
                  <itemDefinition name="tAge"><typeRef>number</typeRef><allowedValues><text>[0..17]</text></allowedValues></itemDefinition>
                  <inputData id="in_name" name="Name"><variable name="Name" typeRef="number"/></inputData>
                  <inputData id="in_age" name="Age"><variable name="Age" typeRef="tAge"/></inputData>
                  <decision id="d_len" name="Length"><variable name="Length" typeRef="number"/>
                    <informationRequirement><requiredInput href="#in_name"/></informationRequirement>
                    <informationRequirement><requiredInput href="#in_age"/></informationRequirement>
                    <literalExpression id="le_len"><text>Name + Age</text></literalExpression>
                  </decision>
                </definitions>""";
        MockHttpServletResponse response = evaluate(xml, "{\"Name\": \"Jane Q. Citizen\", \"Age\": 19840229}");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"SKIPPED\"").contains("19840229").contains("Jane Q. Citizen");   // the engine quotes them to the caller
        assertThat(log.getAll()).doesNotContain("Jane Q. Citizen").doesNotContain("19840229");
    }

    @Test
    void withoutAContextEveryInputIsNull() throws Exception {
        JsonNode r = json.readTree(send("{\"model\": " + json.writeValueAsString(model("kie-12-failures.dmn")) + "}").getContentAsString());
        assertThat(r.at("/decisions/2")).hasToString("{\"name\":\"Area\",\"status\":\"SUCCEEDED\",\"result\":\"unknown\"}");
    }
}
