package org.frontdoor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** What a manager or policy lead reads in the front door's report. */
public class ReportSteps {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private final ScenarioHttp http;
    private JsonNode report;

    public ReportSteps(ScenarioHttp http) {
        this.http = http;
    }

    @When("the policy lead reads the report for {string}")
    public void readReport(String month) {
        YearMonth m = YearMonth.parse(month, MONTH);
        report = http.as("morgan.manager").getForObject("/api/reports?from=" + m.atDay(1) + "&to=" + m.atEndOfMonth(), JsonNode.class);
    }

    @Then("the report counts {int} contact(s) about {int} child(ren)")
    public void counts(int contacts, int children) {
        assertThat(report.path("contacts").asInt()).isEqualTo(contacts);
        assertThat(report.path("children").asInt()).isEqualTo(children);
    }

    @Then("the rules practitioners overrode include {string}")
    public void overridden(String ruleIds) {
        java.util.List<String> overridden = new java.util.ArrayList<>();
        report.path("overrides").path("byRule").forEach(r -> {
            if (r.path("overridden").asInt() > 0) {
                overridden.add(r.path("ruleId").asText());
            }
        });
        assertThat(overridden).as(report.toString()).containsAll(RecommendationSteps.tokens(ruleIds));
    }

    @Then("{int} of {int} decisions were ratified within one working day")
    public void ratifiedInTime(int inTime, int ratified) {
        assertThat(report.path("timeliness").path("ratified").asInt()).isEqualTo(ratified);
        assertThat(report.path("timeliness").path("ratifiedWithinOneWorkingDay").asInt()).isEqualTo(inTime);
    }
}
