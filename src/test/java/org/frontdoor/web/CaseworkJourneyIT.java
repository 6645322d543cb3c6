package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.frontdoor.decision.CalendarProperties;
import org.frontdoor.rules.Indicator;
import org.frontdoor.rules.RuleSetCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, done when: a practitioner records a full contact for a sibling group with different concerns per child,
 * finds it the next day by the child's name, and a manager allocates, sends back with a reason, then ratifies with a
 * note - all in the browser, with a screenshot and an axe-core check of every page. The concerns are read from the
 * rule set in force, never written here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:casework-journey;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class CaseworkJourneyIT {
    private static final String PRACTITIONER = "pat.practitioner";
    private static final String MANAGER = "morgan.manager";
    private static final String ACCOUNT = "Maisie told her teacher that she and her brother were left at home on their own overnight "
            + "twice last week, and that there was no food in the house.";
    private static final String SEND_BACK_REASON = "Please speak to the school nurse about Alfie before deciding: the account says both children were left alone.";
    private static final String RATIFY_NOTE = "Agreed after the nurse's information: early help for both, with a review in six weeks.";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    RuleSetCatalog ruleSets;
    @Autowired
    CalendarProperties calendar;

    /** Accessibility problems of every page, so one run reports them all; the test fails on any at the end. */
    private final List<String> inaccessible = new ArrayList<>();

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSiblingGroupIsRecordedFoundTheNextDayAllocatedSentBackAndRatified() throws java.io.IOException {
        browser = Browser.open(port);
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            // the page the journey stopped on, to see why
            browser.screenshot("casework-failed");
            java.nio.file.Files.writeString(Browser.SCREENSHOTS.resolve("casework-failed.html"), browser.driver().getPageSource());
            throw e;
        }
    }

    private void journey() {
        Map<String, Indicator> catalogue = ruleSets.active().indicators();
        Indicator forBoth = pick(catalogue, 2);      // the contact's concern: both children
        Indicator maisieOnly = pick(catalogue, 3);   // child 1's own concern
        LocalDate yesterday = LocalDate.now(calendar.zone()).minusDays(1);

        browser.signIn(PRACTITIONER);

        // 1. the practitioner records the full contact, received yesterday
        browser.go("/contacts/new");
        assertThat(browser.text("h1")).isEqualTo("Record a contact");
        assertThat(browser.find("#receivedAt-year").getAttribute("value")).as("the date received is prefilled").isNotBlank();
        assertThat(browser.find("#skip-concerns").getAttribute("href")).endsWith("#after-concerns");
        page("casework-contact-blank");
        browser.type("receivedAt-day", String.valueOf(yesterday.getDayOfMonth()));
        browser.type("receivedAt-month", String.valueOf(yesterday.getMonthValue()));
        browser.type("receivedAt-year", String.valueOf(yesterday.getYear()));
        browser.type("receivedAt-time", "09:30");
        browser.click("channel");   // the first option: a phone call
        browser.choose("referrer-type", "school");
        browser.click("referrer-anonymous-no");
        browser.type("referrer-name", "Jo Marsh");
        browser.type("referrer-role", "Designated safeguarding lead");
        browser.type("referrer-organisation", "Riverside Primary School");
        browser.type("referrer-phone", "01632 960555");
        browser.type("referrer-email", "j.marsh@riverside.example.org");
        browser.type("account", ACCOUNT);
        browser.tick(concern(forBoth));
        browser.tick(concern(maisieOnly));

        browser.type("children-0-givenName", "Maisie");
        browser.type("children-0-familyName", "Thornbury");
        browser.type("children-0-dateOfBirth-day", "27");
        browser.type("children-0-dateOfBirth-month", "3");
        browser.type("children-0-dateOfBirth-year", "2019");
        browser.choose("children-0-sex", "female");
        browser.type("children-0-nhsNumber", "943 476 5919");
        browser.type("children-0-address", "14 Mill Lane, Thamesbridge TB1 4QQ");
        browser.type("children-0-household", "Mother and brother");
        browser.type("children-0-school", "Riverside Primary School");
        browser.type("children-0-views", "Maisie said she gets scared when her mum goes out at night.");
        browser.submit("add-child");
        assertThat(browser.find("#children-0-givenName").getAttribute("value")).as("what was typed is kept").isEqualTo("Maisie");
        browser.type("children-1-givenName", "Alfie");
        browser.type("children-1-familyName", "Thornbury");
        browser.type("children-1-dateOfBirth-day", "14");
        browser.type("children-1-dateOfBirth-month", "8");
        browser.type("children-1-dateOfBirth-year", "2022");
        browser.choose("children-1-sex", "male");
        browser.type("children-1-address", "14 Mill Lane, Thamesbridge TB1 4QQ");
        browser.type("children-1-household", "Mother and sister");
        browser.type("children-1-school", "Little Acorns Nursery");

        browser.submit("add-adult");
        browser.type("adults-0-name", "Dawn Thornbury");
        browser.choose("adults-0-relationship", "mother");
        browser.click("adults-0-parentalResponsibility");
        browser.click("adults-0-livesWithChildren");
        browser.type("adults-0-phone", "07700 900123");
        browser.click("consent-status");   // the first option: consent given
        browser.type("history-contactsLast12Months", "0");

        // the chosen concerns on each child's card, ticked by default: the level 3 concern is Maisie's alone
        browser.submit("refresh-concerns");
        assertThat(browser.find(childConcern(0, forBoth)).isSelected()).isTrue();
        assertThat(browser.find(childConcern(0, maisieOnly)).isSelected()).isTrue();
        assertThat(browser.find(childConcern(1, maisieOnly)).isSelected()).as("ticked for every child until unticked").isTrue();
        untick(childConcern(1, maisieOnly));
        browser.choose("source-" + forBoth.code(), "seen-by-referrer");
        browser.choose("source-" + maisieOnly.code(), "said-by-child");
        assertThat(browser.find("#children-1-givenName").getAttribute("value")).isEqualTo("Alfie");
        assertThat(browser.find("#adults-0-name").getAttribute("value")).isEqualTo("Dawn Thornbury");
        page("casework-contact-filled");
        browser.submit("record");

        assertThat(browser.path()).as("recorded, not sent back with errors: %s", errorsOnPage()).matches("/referrals/FD-\\d{4}-\\d{6}");
        String reference = browser.path().substring("/referrals/".length());
        assertThat(browser.text("main")).contains("Reference " + reference);
        assertThat(browser.all("section.fd-child")).hasSize(2);
        page("casework-result");

        // 2. the next day: the practitioner finds it by the child's name, and by a date of birth
        browser.go("/referrals");
        assertThat(browser.text("h1")).isEqualTo("Find a referral");
        page("casework-find");
        browser.type("q", "Maisie");
        browser.submit("search");
        assertThat(browser.all("#referrals")).as("found by name: %s", browser.text("main")).hasSize(1);
        assertThat(browser.text("#referrals")).contains(reference).contains("Maisie Thornbury").contains("Alfie Thornbury")
                .contains("Nobody yet");
        page("casework-found-by-name");
        browser.type("q", "27/3/2019");
        browser.submit("search");
        assertThat(browser.all("#referrals")).as("found by date of birth: %s", browser.text("main")).hasSize(1);
        assertThat(browser.text("#referrals")).contains(reference).contains("born 27 March 2019");
        page("casework-found-by-date-of-birth");
        browser.submit(linkTo(reference));
        assertThat(browser.path()).isEqualTo("/referrals/" + reference + "/record");

        // 3. a manager allocates it to the practitioner
        signInAs(MANAGER);
        browser.go("/referrals/" + reference + "/record");
        assertThat(browser.text("#allocated-to")).isEqualTo("Not allocated to a practitioner yet.");
        page("casework-record-unallocated");
        browser.choose("practitioner", PRACTITIONER);
        browser.submit("allocate");
        assertThat(browser.path()).startsWith("/referrals/" + reference + "/record");
        assertThat(browser.text("#allocated-to")).startsWith("Allocated to " + PRACTITIONER + " by " + MANAGER);
        page("casework-allocated");

        // 4. the practitioner decides: the recommendation accepted for every child
        signInAs(PRACTITIONER);
        browser.go("/my-work");
        assertThat(browser.text("h1")).isEqualTo("My work");
        assertThat(browser.text("main")).as("in the practitioner's own work").contains(reference);
        page("casework-my-work");
        browser.go("/referrals/" + reference + "/record");
        assertThat(browser.text("#record-decision")).isEqualTo("Record the decision");
        browser.submit("record-decision");
        acceptEveryRecommendation(reference, "casework-decision");
        assertThat(browser.text("#decision-status")).isEqualTo("Awaiting ratification");

        // 5. the manager sends it back with a reason: check, then confirm
        signInAs(MANAGER);
        browser.go("/referrals/" + reference + "/record");
        browser.type("note", SEND_BACK_REASON);
        page("casework-send-back-note");
        browser.submit("send-back");
        assertThat(browser.text("h1")).isEqualTo("Check before you send the decision back");
        assertThat(browser.find("#note").getAttribute("value")).isEqualTo(SEND_BACK_REASON);
        page("casework-send-back-check");
        browser.submit("confirm");
        assertThat(browser.text(".govuk-panel__title")).as("%s", errorsOnPage()).isEqualTo("Decision sent back to the practitioner");
        assertThat(browser.text("main")).contains(reference).contains(PRACTITIONER);
        page("casework-sent-back");

        // 6. the practitioner reads why and decides again
        signInAs(PRACTITIONER);
        browser.go("/referrals/" + reference + "/record");
        assertThat(browser.text("#decision-status")).isEqualTo("Sent back to the practitioner");
        assertThat(browser.text("#sent-back")).startsWith("Sent back by " + MANAGER).contains(SEND_BACK_REASON);
        assertThat(browser.text("#record-decision")).isEqualTo("Decide again");
        page("casework-record-sent-back");
        browser.submit("record-decision");
        acceptEveryRecommendation(reference, "casework-decide-again");
        assertThat(browser.text("#decision-status")).isEqualTo("Awaiting ratification");
        assertThat(browser.all("#sent-back")).isEmpty();

        // 7. the manager ratifies with a note: check, then confirm
        signInAs(MANAGER);
        browser.go("/referrals/" + reference + "/record");
        browser.type("note", RATIFY_NOTE);
        browser.submit("ratify");
        assertThat(browser.text("h1")).isEqualTo("Check before you ratify the decision");
        assertThat(browser.find("#note").getAttribute("value")).isEqualTo(RATIFY_NOTE);
        page("casework-ratify-check");
        browser.submit("confirm");
        assertThat(browser.text(".govuk-panel__title")).as("%s", errorsOnPage()).isEqualTo("Decision ratified");
        page("casework-ratified");

        // 8. the record: the decision, the note, the whole contact and the audit trail
        browser.go("/referrals/" + reference + "/record");
        assertThat(browser.text("#decision-status")).isEqualTo("Ratified");
        String summary = browser.text("main .govuk-summary-list");
        assertThat(summary).contains("Ratified by").contains(MANAGER).contains("Ratification note").contains(RATIFY_NOTE)
                .contains("Decided by").contains(PRACTITIONER).contains("Maisie Thornbury, Alfie Thornbury");
        String contact = browser.text("#contact-details");
        assertThat(contact).contains("Phone call").contains("Jo Marsh").contains("Riverside Primary School").contains(ACCOUNT)
                .contains("Concerns for every child").contains(forBoth.text() + " (" + forBoth.code() + ")")
                .contains("Dawn Thornbury");
        String maisie = browser.text("#child-1");
        assertThat(maisie).startsWith("Child 1: Maisie Thornbury").contains("Born 27 March 2019")
                .contains("Concerns about this child only").contains(maisieOnly.text() + " (" + maisieOnly.code() + ")")
                .contains("said by the child").contains("Maisie said she gets scared");
        String alfie = browser.text("#child-2");
        assertThat(alfie).startsWith("Child 2: Alfie Thornbury").contains("None beyond those for every child")
                .doesNotContain(maisieOnly.code());
        String trail = browser.text("#audit-trail");
        assertThat(trail).contains("Contact recorded").contains("Allocated to a practitioner").contains("Decision recorded")
                .contains("Sent back to the practitioner").contains("Decision ratified").contains(MANAGER).contains(PRACTITIONER);
        page("casework-record-ratified");

        // 9. after ratification: the feedback to the referrer, and the follow-up of the step-down, from the record page
        browser.submit("feedback-sent");
        assertThat(browser.text(".govuk-error-summary")).contains("How the feedback was given");
        browser.click("method-phone");
        browser.submit("feedback-sent");
        assertThat(browser.text("#feedback-given")).startsWith("Given by " + MANAGER).endsWith("by Phone");
        signInAs(PRACTITIONER);
        browser.go("/referrals/" + reference + "/record");
        browser.type("handedTo", "Riverside Primary family support worker");
        java.time.LocalDate check = java.time.LocalDate.now().plusDays(14);
        browser.type("checkOn-day", String.valueOf(check.getDayOfMonth()));
        browser.type("checkOn-month", String.valueOf(check.getMonthValue()));
        browser.type("checkOn-year", String.valueOf(check.getYear()));
        browser.submit("record-follow-up");
        assertThat(browser.text("#follow-up-recorded")).startsWith("Handed to Riverside Primary family support worker; check on");
        page("casework-follow-up");
        browser.submit("follow-up-checked");
        assertThat(browser.text("#follow-up-recorded")).contains("Checked by " + PRACTITIONER);
        assertThat(browser.text("#audit-trail")).contains("Feedback sent").contains("Follow-up recorded").contains("Follow-up checked");
        page("casework-follow-up-checked");

        assertThat(inaccessible).as("serious or critical accessibility violations").isEmpty();
    }

    /** On the decision page: accept the recommendation for every child, and land on the record page. */
    private void acceptEveryRecommendation(String reference, String shot) {
        assertThat(browser.path()).isEqualTo("/referrals/" + reference + "/decision");
        List<WebElement> children = browser.all("input[type=hidden][name$='.ref']");
        assertThat(children).hasSize(2);
        for (int i = 0; i < children.size(); i++) {
            browser.click("children-" + i + "-accept");
        }
        page(shot);
        browser.submit("save-decision");
        assertThat(browser.path()).as("decided, not sent back with errors: %s", errorsOnPage()).isEqualTo("/referrals/" + reference + "/record");
    }

    private void signInAs(String username) {
        browser.forgetSession();
        browser.signIn(username);
        assertThat(browser.path()).doesNotStartWith("/sign-in");
    }

    /** A screenshot and the axe check; violations are gathered so one run shows every page's. */
    private void page(String name) {
        try {
            browser.page(name);
        } catch (AssertionError e) {
            inaccessible.add(e.getMessage());
        }
    }

    private String errorsOnPage() {
        List<WebElement> summary = browser.all(".govuk-error-summary");
        return summary.isEmpty() ? "(no error summary on " + browser.path() + ")" : summary.get(0).getText();
    }

    private static String linkTo(String reference) {
        WebElement link = browser.all("#referrals a").stream().filter(a -> a.getText().equals(reference)).findFirst().orElseThrow();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].id = 'found-referral'", link);
        return "found-referral";
    }

    private static void untick(String css) {
        WebElement box = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        if (box.isSelected()) {
            box.click();
        }
        assertThat(box.isSelected()).isFalse();
    }

    /** The first indicator of a level, by code, that is not itself significant harm. */
    private static Indicator pick(Map<String, Indicator> catalogue, int level) {
        return catalogue.values().stream().filter(i -> i.level() == level && !i.significantHarm())
                .min(Comparator.comparing(Indicator::code)).orElseThrow();
    }

    private static String concern(Indicator i) {
        return "input[name=concerns][value='" + i.code() + "']";
    }

    private static String childConcern(int child, Indicator i) {
        return "#children-" + child + "-concern-" + i.code();
    }
}
