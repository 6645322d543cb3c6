package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.frontdoor.FrontDoorApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14: the work queue and the referral record are read on a phone, 390 px wide: the page never scrolls sideways,
 * and every column (the override's "Why" above all) is on the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:narrow-screen;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class NarrowScreenIT {
    private static final String BRUISED_BABY = """
            {"referrer": {"type": "police"}, "children": [{"ref": "baby-with-a-long-reference-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ageYears": 0,
             "nonMobile": true}, {"ref": "sibling", "ageYears": 6}], "concerns": ["L4-CD-01"],
             "consent": {"status": "not-sought-risk", "reason": "Telling the carer could put the child at risk"}}""";
    private static final String OVERRIDE_ONE = """
            {"children": [{"ref": "baby-with-a-long-reference-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "accept": false, "level": 2, "pathways": ["P2"],
             "reasonCategory": "new-information", "reason": "The hospital has since confirmed a birth mark, not a bruise"},
             {"ref": "sibling", "accept": true}]}""";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theQueueAndTheRecordFitAPhoneWithTheOverrideReasonOnScreen() {
        String id = FrontDoorApi.record(http, BRUISED_BABY);
        FrontDoorApi.act(http, id, "decisions", OVERRIDE_ONE, "pat");
        browser = Browser.open(port);
        browser.signIn("morgan.manager");
        browser.driver().manage().window().setSize(new Dimension(390, 900));

        browser.go("/queue");
        assertFitsTheScreen("#queue td");
        browser.page("phone-queue");

        browser.go("/referrals/" + id + "/record");
        assertFitsTheScreen(".govuk-summary-card .govuk-summary-list__value, #audit-trail td");
        assertThat(browser.text("main")).contains("The hospital has since confirmed a birth mark, not a bruise")
                .contains("Record page /referrals/{id}/record").contains("For baby-with-a-long-reference-");
        browser.page("phone-record");

        browser.go("/referrals");
        assertFitsTheScreen("#referrals td, #referrals th[scope=row]");
        assertThat(browser.text("#referrals")).contains("Nobody yet");
        browser.page("phone-referrals");

        // a practitioner deciding on a phone: every field, choice and button within the screen
        String undecided = FrontDoorApi.record(http, BRUISED_BABY);
        browser.forgetSession();
        browser.signIn("pat.practitioner");
        browser.go("/referrals/" + undecided + "/decision");
        assertFitsTheScreen("main input:not([type=hidden]), main select, main label, main button:not(.govuk-visually-hidden), main textarea");
        browser.page("phone-decision");
    }

    /** No sideways scroll of the page, and every cell matched lies within the window's width. */
    private void assertFitsTheScreen(String cells) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        long page = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(page).as("the page is no wider than the screen").isLessThanOrEqualTo(viewport);
        List<WebElement> found = browser.all(cells);
        assertThat(found).isNotEmpty();
        for (WebElement cell : found) {
            double right = ((Number) js.executeScript("const r = arguments[0].getBoundingClientRect(); return r.right;", cell)).doubleValue();
            double width = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().width;", cell)).doubleValue();
            assertThat(right).as("'%s' is on the screen", cell.getText()).isLessThanOrEqualTo(viewport);
            assertThat(width).as("'%s' is not squeezed out of sight", cell.getText()).isPositive();
        }
    }
}
