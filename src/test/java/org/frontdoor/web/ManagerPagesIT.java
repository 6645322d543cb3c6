package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.FrontDoorApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manager clears the queue: authorises an override of a mandatory escalation, then ratifies the decision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:manager-pages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class ManagerPagesIT {
    /** R-01, a mandatory escalation: level 4, strategy discussion. */
    private static final String BRUISED_BABY = """
            {"referrer": {"type": "police"}, "children": [{"ref": "baby", "ageYears": 0, "nonMobile": true}], "concerns": ["L4-CD-01"],
             "consent": {"status": "not-sought-risk", "reason": "Telling the carer could put the child at risk"}}""";
    private static final String OVERRIDE_TO_EARLY_HELP = """
            {"children": [{"ref": "baby", "accept": false, "level": 2, "pathways": ["P2"], "reasonCategory": "new-information",
             "reason": "The hospital has since confirmed a birth mark, not a bruise"}]}""";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerAuthorisesAnOverrideAndRatifiesItFromTheQueue() {
        String id = FrontDoorApi.record(http, BRUISED_BABY);
        FrontDoorApi.act(http, id, "decisions", OVERRIDE_TO_EARLY_HELP, "Pat");

        browser = Browser.open(port);
        browser.signIn("morgan.manager");
        browser.go("/queue");
        assertThat(browser.text("#queue")).contains("authorisation");
        assertThat(browser.find("#queue .govuk-tag").getText()).isIn("red", "amber", "green");
        browser.page("manager-queue");

        browser.go("/referrals/" + id + "/record");
        assertThat(browser.text("#decision-status")).isEqualTo("Awaiting a manager's authorisation");
        // authorising the override of a mandatory escalation needs a note: asked for again on the check page
        browser.submit("authorise");
        assertThat(browser.title()).startsWith("Error: Check before you authorise the override");
        assertThat(browser.text(".govuk-error-summary")).contains("Why overriding the mandatory escalation is safe for the child");
        browser.type("note", "The hospital's assessment found a birthmark, not a bruise");
        browser.submit("confirm");
        assertThat(browser.text(".govuk-panel__title")).isEqualTo("Override authorised");
        browser.page("manager-authorised");
        browser.go("/referrals/" + id + "/record");
        assertThat(browser.text("#decision-status")).isEqualTo("Awaiting ratification");
        assertThat(browser.find("main").getText()).contains("The hospital's assessment found a birthmark, not a bruise");
        browser.submit("ratify");
        assertThat(browser.title()).startsWith("Check before you ratify the decision");
        browser.page("manager-check-ratify");
        browser.submit("confirm");
        assertThat(browser.text(".govuk-panel__title")).isEqualTo("Decision ratified");
        browser.go("/referrals/" + id + "/record");
        assertThat(browser.text("#decision-status")).isEqualTo("Ratified");
        assertThat(browser.find("main").getText()).contains("morgan.manager");
        browser.page("manager-ratified");
        browser.go("/queue");
        assertThat(browser.find("main").getText()).doesNotContain(id);

        browser.go("/reports");
        assertThat(browser.text("#totals")).startsWith("1 contact about 1 child, ");
        assertThat(browser.all("svg.fd-chart")).hasSize(4);
        assertThat(browser.text("#mix-table")).contains("Single-agency early help");
        assertThat(browser.find("main").getText()).contains("Override rate by rule", "R-01", "100%");
        browser.page("manager-reports");
    }
}
