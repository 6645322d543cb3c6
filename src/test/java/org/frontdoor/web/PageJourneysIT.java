package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.frontdoor.rules.RuleSetCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Each user's main job, end to end in a real browser, with a screenshot and an axe-core check of every page.
 * Labels the pages must show are read from the published tables, as the pages do, never written here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:pages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageJourneysIT {
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    RuleSetCatalog ruleSets;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void openTheBrowserOnce() {
        if (browser == null) {
            browser = Browser.open(port);
        }
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void partnerReadsTheGuidanceGeneratedFromTheTablesAndSearchesIt() {
        Tables tables = new Tables(ruleSets.active());
        browser.go("/");
        browser.page("home");
        browser.go("/guidance");
        browser.page("guidance");

        assertThat(browser.text("h1")).isEqualTo("Threshold guidance");
        String page = browser.text("main");
        tables.levels().forEach(l -> assertThat(page).contains("Level " + l.value() + ": " + l.label()));
        assertThat(browser.all(".fd-indicator")).hasSize(tables.indicators().size());
        tables.pathways().forEach(p -> assertThat(page).contains(p.label()).contains(p.timescales().get(0)));
        assertThat(browser.all("header .govuk-header__logo svg")).as("the council's name, not the crown").isEmpty();
        assertThat(browser.text("header")).contains("Thamesbridge Borough Council");

        browser.type("q", "behaviour");
        browser.submit("search");
        browser.page("guidance-search");
        List<WebElement> found = browser.all(".fd-indicator");
        assertThat(found).isNotEmpty().hasSizeLessThan(tables.indicators().size());
        assertThat(browser.text("#search-results")).contains("for").contains("behaviour");
    }

    @Test
    @Order(2)
    void partnerChecksAConcernAndIsToldWhatToDoAndWhyWithNothingStored() {
        long referralsBefore = referrals();
        browser.go("/check");
        browser.page("check");
        browser.choose("referrer-type", "school");
        browser.type("children-0-ageYears", "9");
        browser.type("concernFilter", "behaviour");
        browser.submit("filter-concerns");
        assertThat(browser.all(".fd-concern")).isNotEmpty().allSatisfy(c -> assertThat(c.getText().toLowerCase()).contains("behaviour"));
        browser.tick("input[name=concerns][value='L2-CD-07']");
        browser.click("consent-status");   // the first option: consent given
        browser.submit("check");

        assertThat(browser.path()).isEqualTo("/check/result");
        browser.page("check-result");
        assertThat(browser.text("h1")).isEqualTo("What you should do");
        assertThat(browser.text("#partner-actions li")).contains("Support the family yourself", "No request form is needed");
        Tables tables = new Tables(ruleSets.active());
        assertThat(browser.text("main")).contains("Level 2: " + tables.level(2).orElseThrow().label());
        assertThat(browser.all("#why li")).isNotEmpty();
        assertThat(referrals()).as("a check stores nothing").isEqualTo(referralsBefore);

        browser.go("/check");
        browser.tick("#circumstances");   // the first circumstance: a child in immediate danger
        browser.choose("referrer-type", "police");
        browser.type("children-0-ageYears", "4");
        browser.submit("check");
        assertThat(browser.text("#partner-actions li")).startsWith("Call 999 now");
        browser.page("check-result-999");

        // an allegation against a teacher: the LADO, within one working day, named with the front door's number
        browser.go("/check");
        browser.tick("input[name=circumstances][value='allegation-against-person-working-with-children']");
        browser.choose("referrer-type", "school");
        browser.type("children-0-ageYears", "12");
        browser.submit("check");
        assertThat(browser.text("#partner-actions")).contains("Tell the LADO", "Within 1 working day", "the LADO");
        assertThat(browser.text("main")).contains("01632 960123");
        browser.page("check-result-lado");

        // a 14-year-old missing, with exploitation indicators: the police first, then the front door today
        browser.go("/check");
        browser.tick("input[name=circumstances][value='missing-episode']");
        browser.choose("referrer-type", "police");
        browser.type("children-0-ageYears", "14");
        browser.type("concernFilter", "exploitation");
        browser.submit("filter-concerns");
        browser.tick("input[name=concerns][value='L3-CD-06']");
        browser.submit("check");
        assertThat(browser.text("#partner-actions li")).contains("report it to the police");
        assertThat(browser.text("#partner-actions")).contains("exploitation");
        browser.page("check-result-missing-exploitation");
        assertThat(referrals()).isEqualTo(referralsBefore);
    }

    @Test
    @Order(3)
    void aFormErrorIsSummarisedFirstWithLinksToTheFields() {
        browser.signIn("pat.practitioner");
        browser.go("/contacts/new");
        browser.typeAndEnter("children-0-ageYears", "seven");   // Enter records the contact: it never filters or removes a child

        assertThat(browser.title()).startsWith("Error: ");
        WebElement first = browser.find("main > *");
        assertThat(first.getAttribute("class")).contains("govuk-error-summary");
        List<WebElement> links = browser.all(".govuk-error-summary__list a");
        assertThat(links).extracting(a -> a.getAttribute("href").replaceAll(".*#", "#")).contains("#referrer-type", "#children-0-ageYears");
        assertThat(browser.find("#children-0-ageYears-error").getText()).contains("whole number");
        browser.page("contact-errors");
        links.stream().filter(a -> a.getAttribute("href").endsWith("#children-0-ageYears")).findFirst().orElseThrow().click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("children-0-ageYears");

        browser.go("/referrals/no-such-referral");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
    }

    @Test
    @Order(4)
    void practitionerRecordsASiblingGroupDecidesAndReadsTheRecordAndTheLetter() {
        browser.go("/sign-in");
        if (!browser.all("#sign-out").isEmpty()) {
            browser.submit("sign-out");
            assertThat(browser.path()).isEqualTo("/sign-in?signed-out");
            assertThat(browser.text("main")).contains("You have signed out");
        }
        browser.go("/contacts/new");
        assertThat(browser.path()).as("a staff page sends you to sign in first").isEqualTo("/sign-in");
        browser.page("sign-in");
        browser.type("username", "pat.practitioner");
        browser.type("password", org.frontdoor.FrontDoorApi.PASSWORD);
        browser.submit("sign-in");
        assertThat(browser.path()).as("and back to the page you asked for").isEqualTo("/contacts/new");
        browser.choose("referrer-type", "police");
        browser.click("channel");   // the first way a contact comes: a phone call
        browser.type("referrer-name", "PC Dana Reyes");
        browser.type("referrer-organisation", "Thamesbridge Police");
        browser.type("children-0-ageYears", "7");
        browser.submit("add-child");
        browser.type("children-1-ageYears", "2");
        browser.submit("add-child");
        assertThat(browser.all(".govuk-summary-card")).hasSize(3);
        browser.type("children-2-ageYears", "15");
        browser.submit("remove-child-2");
        assertThat(browser.all(".govuk-summary-card")).hasSize(2);
        assertThat(browser.find("#children-1-ageYears").getAttribute("value")).isEqualTo("2");

        browser.type("concernFilter", "domestic abuse");
        browser.submit("filter-concerns");
        assertThat(browser.all(".fd-concern")).isNotEmpty().hasSizeLessThan(ruleSets.active().indicators().size());
        browser.tick("input[name=concerns][value='L2-FE-07']");
        browser.choose("domesticAbuse-riskLevel", "medium");
        browser.type("domesticAbuse-dashYesCount", "9");
        browser.type("domesticAbuse-incidentsLast12Months", "1");
        browser.click("domesticAbuse-childrenPresent");
        browser.click("consent-status");
        browser.type("history-contactsLast12Months", "0");
        browser.page("contact");
        browser.submit("record");

        assertThat(browser.path()).matches("/referrals/FD-\\d{4}-\\d{6}");
        String id = browser.path().substring("/referrals/".length());
        browser.page("result");
        Tables tables = new Tables(ruleSets.active());
        assertThat(browser.all("section.fd-child")).hasSize(2);
        String result = browser.text("main");
        assertThat(result).contains("child-1").contains("child-2")
                .contains("level 3, " + tables.level(3).orElseThrow().label())
                .contains(tables.pathway("P3").orElseThrow().label()).contains("Due by")
                .contains("R-11a").contains("SET FOI response").doesNotContain("domain.md");

        browser.submit("record-decision");
        browser.submit("save-decision");   // nothing chosen: every child needs a decision
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.all(".govuk-error-summary__list a")).extracting(a -> a.getAttribute("href").replaceAll(".*#", "#"))
                .contains("#children-0-accept", "#children-1-accept");
        browser.page("decision-errors");
        browser.click("children-0-accept");
        browser.click("children-1-accept-no");
        browser.choose("children-1-level", "2");
        browser.choose("children-1-pathways", "P2");
        browser.click("children-1-reasonCategory-professional-judgement");
        browser.type("children-1-reason", "The 2-year-old is at nursery every day <b>and</b> the nursery has no concerns.");
        browser.page("decision");
        browser.submit("save-decision");

        assertThat(browser.path()).isEqualTo("/referrals/" + id + "/record");
        browser.page("referral-record");
        String record = browser.text("main");
        assertThat(record).contains("Awaiting ratification").contains("Overridden").contains("Accepted")
                .contains("Contact recorded").contains("Decision recorded").contains("Recommendation overridden").contains("pat.practitioner")
                .as("free text is escaped, never markup").contains("every day <b>and</b> the nursery");

        browser.submit("feedback-letter");
        assertThat(browser.text("#no-letter-yet")).contains("ratif");
        RestClient.create("http://localhost:" + port).post().uri("/api/referrals/{id}/ratifications", id)
                .headers(h -> h.setBasicAuth("morgan.manager", org.frontdoor.FrontDoorApi.PASSWORD)).retrieve().toBodilessEntity();
        browser.go("/referrals/" + id + "/letter");
        browser.page("letter");
        assertThat(browser.text("#letter")).startsWith("Dear referrer").contains("child-1").contains("child-2");
    }

    private long referrals() {
        return jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single();
    }
}
