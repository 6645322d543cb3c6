package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The core journeys with the pages' JavaScript blocked: forms, "add another child", "remove" and the concern filter all work on the server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:pages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class WithoutJavaScriptIT {
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeEach
    void openTheBrowserOnce() {
        if (browser == null) {
            browser = Browser.withoutJavaScript(port);
        }
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPartnerChecksAConcernWithoutJavaScript() {
        browser.go("/check");
        assertThat(browser.find("body").getAttribute("class")).doesNotContain("js-enabled");
        browser.choose("referrer-type", "school");
        browser.type("children-0-ageYears", "9");
        browser.type("concernFilter", "behaviour");
        browser.submit("filter-concerns");
        browser.tick("input[name=concerns][value='L2-CD-07']");
        browser.click("consent-status");
        browser.submit("check");
        assertThat(browser.path()).isEqualTo("/check/result");
        assertThat(browser.all("#why li")).isNotEmpty();
        browser.screenshot("nojs-check-result");
    }

    @Test
    void aPractitionerRecordsAndDecidesWithoutJavaScript() {
        browser.signIn("sam.practitioner");
        browser.go("/contacts/new");
        assertThat(browser.find("body").getAttribute("class")).doesNotContain("js-enabled");
        browser.choose("referrer-type", "school");
        browser.click("channel");
        browser.type("referrer-name", "Ms Okafor");
        browser.click("channel");
        browser.type("referrer-name", "Ms Okafor");
        browser.type("children-0-ageYears", "10");
        browser.submit("add-child");
        browser.type("children-1-ageYears", "12");
        browser.submit("add-child");
        browser.type("children-2-ageYears", "5");
        browser.submit("remove-child-0");
        assertThat(browser.all(".govuk-summary-card")).hasSize(2);
        assertThat(browser.find("#children-0-ageYears").getAttribute("value")).isEqualTo("12");
        browser.type("concernFilter", "behaviour");
        browser.submit("filter-concerns");
        browser.tick("input[name=concerns][value='L2-CD-07']");
        browser.click("consent-status");
        browser.submit("record");
        assertThat(browser.path()).as(() -> browser.all(".govuk-error-summary").isEmpty() ? "" : browser.text(".govuk-error-summary")).matches("/referrals/FD-\\d{4}-\\d{6}");
        browser.screenshot("nojs-result");

        browser.submit("record-decision");
        browser.click("children-0-accept");
        browser.click("children-1-accept");
        browser.submit("save-decision");
        assertThat(browser.path()).endsWith("/record");
        assertThat(browser.text("#decision-status")).isEqualTo("Awaiting ratification");
        String record = browser.path();

        // the manager's journey, still without JavaScript: allocate, send back with a reason, then ratify with a note
        browser.forgetSession();
        browser.signIn("morgan.manager");
        browser.go(record);
        browser.submit("allocate");
        assertThat(browser.text("#allocated-to")).startsWith("Allocated to ");
        browser.type("note", "Ask the school for the attendance record first");
        browser.submit("send-back");
        assertThat(browser.text("h1")).isEqualTo("Check before you send the decision back");
        browser.submit("confirm");
        assertThat(browser.text(".govuk-panel__title")).isEqualTo("Decision sent back to the practitioner");
        browser.screenshot("nojs-sent-back");

        browser.forgetSession();
        browser.signIn("sam.practitioner");
        browser.go(record);
        assertThat(browser.text("#sent-back")).contains("Ask the school for the attendance record first");
        browser.submit("record-decision");
        browser.click("children-0-accept");
        browser.click("children-1-accept");
        browser.submit("save-decision");

        browser.forgetSession();
        browser.signIn("morgan.manager");
        browser.go(record);
        browser.type("note", "Attendance record seen; agreed");
        browser.submit("ratify");
        browser.submit("confirm");
        assertThat(browser.text(".govuk-panel__title")).isEqualTo("Decision ratified");
        browser.go(record);
        assertThat(browser.text("#decision-status")).isEqualTo("Ratified");
        assertThat(browser.find("main").getText()).contains("Attendance record seen; agreed");
        browser.screenshot("nojs-ratified");
    }
}
