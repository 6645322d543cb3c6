package org.frontdoor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.rules.UntrustedWorkers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sandboxtimeout;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        "frontdoor.rules.evaluation-timeout=1s"})
@AutoConfigureMockMvc
@org.springframework.security.test.context.support.WithMockUser(username = "asha.policy", roles = "POLICY_LEAD")
class SandboxTimeoutApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UntrustedWorkers workers;

    private MockHttpServletResponse evaluate(String expression) throws Exception {
        String xml = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="Runaway" namespace="https://example.org/runaway" id="r">
                  <businessKnowledgeModel id="bkm_calls" name="Calls">
                    <variable name="Calls"/>
                    <encapsulatedLogic><formalParameter name="n" typeRef="number"/>
                      <literalExpression><text>if n = 0 then 1 else Calls(n - 1) + Calls(n - 1)</text></literalExpression>
                    </encapsulatedLogic>
                  </businessKnowledgeModel>
                  <decision id="d_loop" name="Loop"><variable name="Loop"/>
                    <knowledgeRequirement><requiredKnowledge href="#bkm_calls"/></knowledgeRequirement>
                    <literalExpression><text>%s</text></literalExpression>
                  </decision>
                </definitions>""".formatted(expression);
        return mvc.perform(post("/api/sandbox/evaluate").contentType(MediaType.APPLICATION_JSON)
                .content("{\"model\": " + json.writeValueAsString(xml) + ", \"context\": {}}")).andReturn().getResponse();
    }

    @Test
    void aRunawayExpressionIsAnsweredAtTheLimit() throws Exception {
        assertThat(evaluate("Calls(3)").getStatus()).isEqualTo(200);   // a worker started and warmed up
        java.util.List<Long> warm = workers.idleWorkerPids();
        assertThat(warm).hasSize(1);
        int killed = workers.killedWorkers();

        long start = System.nanoTime();
        // a recursive BKM making 2^18 calls: CPU-bound, shallow, little memory; the engine ignores interrupts
        MockHttpServletResponse response = evaluate("Calls(17)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(422);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").asText()).isEqualTo("https://frontdoor.example.org/problems/evaluation-timed-out");
        assertThat(problem.get("title").asText()).isEqualTo("Evaluation took too long");
        assertThat(problem.get("detail").asText()).isEqualTo("The model did not finish within the limit of 1 second. "
                + "Look for a very large range, a long loop or a function that calls itself.");
        assertThat(problem.get("limit").asText()).isEqualTo("PT1S");

        // the worker that ran it was killed, process and all; a replacement answers the next call
        assertThat(workers.killedWorkers()).isEqualTo(killed + 1);
        assertThat(ProcessHandle.of(warm.get(0)).map(ProcessHandle::isAlive).orElse(false)).as("the killed worker's process").isFalse();
        assertThat(evaluate("1 + 1").getStatus()).isEqualTo(200);
    }
}
