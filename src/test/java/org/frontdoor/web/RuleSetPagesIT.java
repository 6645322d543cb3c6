package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.frontdoor.policy.RuleSetVersions;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.security.ActingUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A policy lead (and an auditor) reading the versions, a draft's checks, the tables, the notice; the public record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:rule-set-pages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class RuleSetPagesIT {
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    RuleSetVersions versions;
    @Autowired
    TestRestTemplate http;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPolicyLeadChangesARowInTheBrowserChecksItAnotherApprovesAndPublishesItAndItIsRolledBack() throws Exception {
        String original = versions.inForceVersion();
        String absence = org.frontdoor.FrontDoorApi.record(http, """
                {"referrer": {"type": "school"}, "children": [{"ref": "child-1", "ageYears": 9}], "concerns": ["L2-CD-01"],
                 "consent": {"status": "given"}}""");
        if (browser == null) {
            browser = Browser.open(port);
        }
        browser.signIn("asha.policy");
        browser.go("/rule-sets");
        browser.type("changeNote", "Occasional absence needs a targeted early help response");
        browser.submit("create-draft");
        String draft = browser.path().substring("/rule-sets/".length());
        assertThat(browser.text("#status")).isEqualTo("Draft");
        // the change made in the browser, without XML: the catalogue's row for L2-CD-01, its level from 2 to 3
        int row = org.frontdoor.rules.DecisionTables.table(new ModelFile("indicator-catalogue.dmn",
                Files.readAllBytes(Path.of("rules/indicator-catalogue.dmn"))), "Indicator").rows().stream()
                .filter(r -> r.ruleId().equals("L2-CD-01")).findFirst().orElseThrow().number();
        browser.submit("edit-tables");
        browser.page("policy-editor-tables");
        browser.submit("edit-Indicator");
        assertThat(browser.text("#row-" + row)).contains("L2-CD-01", "Indicator code: L2-CD-01", "level: 2", "Occasional unauthorised absence");
        browser.submit("change-" + row);
        assertThat(browser.text("#input-0-hint")).contains("Now: L2-CD-01");
        browser.type("output-0", "three");
        browser.submit("save-row");
        // every problem at once, in plain English, and nothing saved
        assertThat(browser.text(".govuk-error-summary")).contains("level names \u2018three\u2019, which is not a value this table can use",
                "Say why you are making this change");
        assertThat(versions.get(draft).events()).extracting(e -> e.action()).doesNotContain("table-edited");
        browser.page("policy-editor-row-errors");
        browser.type("output-0", "3");
        browser.type("why", "Occasional absence is a targeted early help need: agreed with the education welfare service");
        browser.submit("save-row");
        assertThat(browser.text("#saved")).contains("Your change is saved to the draft");
        assertThat(browser.text("#row-" + row)).contains("level: 3");
        browser.page("policy-editor-saved");
        browser.go("/rule-sets/" + draft);
        assertThat(browser.find("main").getText()).contains("Changed L2-CD-01: output 'level' was 2, now 3")
                .contains("Indicator, row " + row + " (L2-CD-01): level from 2 to 3. Why: Occasional absence is a targeted early help need");
        assertThat(browser.find("main").getText()).as("the saved file changed nothing else").contains("1 table changed: 1 row changed.");
        // the preview: what partners would read, and a worked example on both versions (not stored)
        browser.submit("preview-link");
        assertThat(browser.all("#guidance-indicators tbody tr")).as("only the changed indicator reads differently").hasSize(1);
        assertThat(browser.text("#guidance-L2-CD-01")).contains("Level 2 Additional", "Level 3", "Occasional unauthorised absence");
        int referralsBefore = referralCount();
        browser.choose("referrer-type", "school");
        browser.type("children-0-ageYears", "9");
        browser.tick("input[name='concerns'][value='L2-CD-01']");
        browser.tick("#consent-status");
        browser.submit("compare");
        assertThat(browser.text("#example-verdict")).isEqualTo("The versions differ for this example.");
        assertThat(browser.text("#example-in-force")).contains("Level 2 Additional");
        assertThat(browser.text("#example-version")).contains("Level 3");
        assertThat(referralCount()).as("the worked example is not stored").isEqualTo(referralsBefore);
        browser.page("policy-preview");
        browser.submit("preview-impact");
        assertThat(browser.text("#impact-totals")).contains("1 child raised");
        assertThat(browser.text("#changed-referrals")).contains(absence);
        assertThat(browser.all("svg.fd-chart")).hasSize(1);
        // every level named from the Level table, never "null"
        assertThat(browser.text("#level-matrix")).contains("Level 2 Additional", "Level 3").doesNotContain("null");
        browser.page("policy-impact");
        browser.go("/rule-sets/" + draft);
        browser.submit("run-gate");
        assertThat(browser.find("#gate").isDisplayed()).isTrue();
        assertThat(browser.find("main").getText()).contains("not marked as intended", "the recommended level is 2");
        // the failures stand under the row the draft changed, and each is marked with its own reason
        assertThat(browser.find("main").getText()).contains("Failing because of").contains("changed L2-CD-01")
                .as("every failing scenario names the changed row").doesNotContain("Failing scenarios that name no changed row");
        browser.page("policy-gate-failures");
        int marked = 0;
        while (!browser.all("button[id^=mark-intended-]").isEmpty()) {
            String n = browser.all("button[id^=mark-intended-]").get(0).getAttribute("id").substring("mark-intended-".length());
            browser.type("reason-" + n, "Agreed at the safeguarding partnership in November (" + (++marked) + ")");
            browser.submit("mark-intended-" + n);
            assertThat(browser.text("#intended-" + n)).contains("Yes, marked by asha.policy").contains("(" + marked + ")");
        }
        assertThat(marked).as("failing scenarios marked one by one").isPositive();
        assertThat(browser.find("main").getText()).contains("0 not marked as intended");

        browser.submit("approve-button");   // the author may not
        assertThat(browser.title()).startsWith("Error: Version " + draft);
        assertThat(browser.text(".govuk-error-summary")).contains("another policy lead must");
        browser.page("policy-own-approval-refused");

        browser.signIn("ben.policy");
        browser.go("/rule-sets/" + draft);
        browser.type("approve", "Checked the scenarios and the impact");
        browser.submit("approve-button");
        assertThat(browser.text("#status")).isEqualTo("Approved, not yet published");
        // too soon without a reason: refused, with the first day partners' notice allows
        browser.submit("publish");
        assertThat(browser.text(".govuk-error-summary")).contains("working days' notice", "or say why this change cannot wait");
        // a date in the past is refused, never read as "now"
        browser.type("effectiveFrom-day", "1");
        browser.type("effectiveFrom-month", "1");
        browser.type("effectiveFrom-year", "2020");
        browser.submit("publish");
        assertThat(browser.text(".govuk-error-summary")).contains("In force from: must be in the future");
        // a date with partners' notice: the check page says when; nothing is scheduled until it is confirmed
        java.time.LocalDate later = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(60);
        browser.type("effectiveFrom-day", String.valueOf(later.getDayOfMonth()));
        browser.type("effectiveFrom-month", String.valueOf(later.getMonthValue()));
        browser.type("effectiveFrom-year", String.valueOf(later.getYear()));
        browser.type("effectiveFrom-time", "09:00");
        browser.submit("publish");
        assertThat(browser.text("#takes-effect")).contains(String.valueOf(later.getYear()), " at 9");
        assertThat(browser.text("#notice-given")).startsWith("At least");
        browser.page("policy-publish-scheduled-check");
        assertThat(versions.get(draft).effectiveFrom()).as("not scheduled before the confirmation").isNull();
        browser.go("/rule-sets/" + draft);
        browser.type("effectiveFrom-day", "");
        browser.type("effectiveFrom-month", "");
        browser.type("effectiveFrom-year", "");
        browser.type("urgentReason", "Corrects a threshold that is unsafe for children now");
        browser.submit("publish");
        assertThat(browser.text("#takes-effect")).isEqualTo("Now, as soon as you publish");
        assertThat(browser.text("#notice-given")).contains("because: Corrects a threshold that is unsafe for children now");
        assertThat(versions.inForceVersion()).as("nothing published before the confirmation").isEqualTo(original);
        browser.page("policy-publish-check");
        browser.submit("confirm-publish");
        assertThat(browser.text("#status")).isEqualTo("in force (Published)");
        assertThat(versions.inForceVersion()).isEqualTo(draft);
        browser.page("policy-published");

        browser.go("/rule-sets/" + original);
        browser.type("rollbackReason", "Schools asked for more notice");
        browser.submit("roll-back");
        assertThat(browser.text("#status")).startsWith("in force");
        assertThat(versions.inForceVersion()).isEqualTo(original);
    }

    @Test
    void aPolicyLeadReadsADraftsValidationGateAndChangesThenTheTablesAndTheNotice() throws Exception {
        ActingUser asha = new ActingUser("asha.policy", ActingUser.Role.POLICY_LEAD);
        String draft = versions.createDraft(asha, null, "Occasional absence needs a targeted early help response").version();
        String xml = Files.readString(Path.of("rules/indicator-catalogue.dmn"));
        int level = xml.indexOf("<text>2</text>", xml.indexOf("&quot;L2-CD-01&quot;</text>"));
        byte[] raised = (xml.substring(0, level) + "<text>3</text>" + xml.substring(level + 14)).getBytes(StandardCharsets.UTF_8);
        versions.replaceModels(asha, draft, List.of(new ModelFile("indicator-catalogue.dmn", raised)), false);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        org.frontdoor.FrontDoorApi.as(http, "asha").postForEntity("/api/rule-sets/" + draft + "/scenario-gate",
                new HttpEntity<>("{\"features\": [\"features/decision/levels.feature\"]}", headers), String.class);

        if (browser == null) {
            browser = Browser.open(port);
        }
        browser.go("/rule-sets");
        assertThat(browser.text("#versions")).contains("Version " + draft, "Draft", "in force");
        browser.page("policy-versions");

        browser.go("/rule-sets/" + draft);
        assertThat(browser.title()).startsWith("Version " + draft);
        assertThat(browser.text("#status")).isEqualTo("Draft");
        assertThat(browser.find("main").getText()).contains("0 errors", "Changed L2-CD-01: output 'level' was 2, now 3",
                "the recommended level is 2", "not marked as intended");
        browser.page("policy-draft");

        browser.submit("tables-link");
        assertThat(browser.find("main").getText()).contains("L2-CD-01", "Occasional unauthorised absence");
        browser.screenshot("policy-tables");   // 15 tables, 249 rows: axe runs below on the smaller pages

        browser.go("/rule-sets/" + draft + "/change-notice");
        assertThat(browser.text("#changes")).contains("Indicator L2-CD-01", "is now level 3");
        browser.page("policy-change-notice");

        browser.go("/transparency");
        assertThat(browser.text("#rule-set")).contains(versions.inForceVersion());
        assertThat(browser.find("#challenge").isDisplayed()).isTrue();
        browser.page("transparency-record");
    }

    private int referralCount() {
        return jdbc.sql("SELECT COUNT(*) FROM referral").query(Integer.class).single();
    }
}
