package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.frontdoor.policy.PolicyReports;
import org.frontdoor.policy.RuleSetVersions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Apache KIE DMN editor, as installed by the build from the lockfile and served by the service, opened on each
 * shipped model of a draft: saved without an edit, the draft validates as before and no rule changed; one cell changed
 * in the editor's own decision table shows in the diff as exactly that cell, as the row editor's change does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dmn-editor-pages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class DmnEditorIT {
    /** The editor is 11.7 MB of JavaScript; on two busy cores it takes tens of seconds to open the 340 KB decision model. */
    private static final Duration EDITOR = Duration.ofMinutes(4);
    /** What the editor writes: DMN 1.6. */
    private static final String DMN_16 = "https://www.omg.org/spec/DMN/20240513/MODEL/";

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    RuleSetVersions versions;
    @Autowired
    PolicyReports reports;

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void eachShippedModelSavedFromTheEditorWithoutAnEditChangesNoRuleAndOneCellEditedShowsAsThatCell() {
        String inForce = versions.inForceVersion();
        int warningsInForce = reports.validation(inForce).warnings().size();
        browser = Browser.open(port);
        browser.signIn("asha.policy");
        browser.go("/rule-sets");
        browser.type("changeNote", "Diagram tidied in the DMN editor");
        browser.submit("create-draft");
        String draft = browser.path().substring("/rule-sets/".length());

        for (String file : List.of("front-door-decision.dmn", "indicator-catalogue.dmn")) {
            browser.submit("dmn-editor-" + file);
            waitForTheEditor();
            browser.screenshot("dmn-editor-open-" + file);
            browser.type("why", "Opened and saved without a change, to check the round trip");
            save();
            assertThat(browser.text("#saved-summary")).as(file).isEqualTo("Compared with the draft before this save: no rule changed.");
            browser.screenshot("dmn-editor-saved-" + file);
            assertThat(new String(versions.model(draft, file).content(), StandardCharsets.UTF_8)).as("what the editor saved is stored")
                    .contains(DMN_16);
            browser.go("/rule-sets/" + draft);
        }
        var validation = reports.validation(draft);
        assertThat(validation.errors()).as("the draft the editor saved validates").isEmpty();
        assertThat(validation.warnings()).as("and warns of no more than the version in force").hasSize(warningsInForce);
        assertThat(browser.find("main").getText()).contains("0 errors, " + warningsInForce + " warnings", "No differences.");

        // one cell, in the editor's own table: the catalogue's row for L2-CD-01, its level from 2 to 3
        browser.go("/rule-sets/" + draft + "/dmn-editor/indicator-catalogue.dmn");
        waitForTheEditor();
        WebDriver driver = browser.driver();
        driver.switchTo().frame(browser.find("#dmn-editor iframe"));
        try {
            WebElement indicator = driver.findElement(By.xpath(
                    "//div[contains(@class,'kie-dmn-editor--bkm-node')][.//*[normalize-space(text())='Indicator']]"));
            new Actions(driver).moveToElement(indicator).perform();
            indicator.findElement(By.cssSelector(".kie-dmn-editor--edit-expression-node-panel")).click();
            WebElement cell = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> levelCellOf(d, "L2-CD-01"));
            assertThat(cell.getText()).contains("2");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
            cell.click();
            new Actions(driver).sendKeys("3").pause(Duration.ofMillis(300)).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> levelCellOf(d, "L2-CD-01").getText().contains("3"));
        } finally {
            driver.switchTo().defaultContent();
        }
        browser.screenshot("dmn-editor-cell-changed");
        browser.type("why", "Occasional absence is a targeted early help need: agreed with the education welfare service");
        save();
        assertThat(browser.text("#saved-summary")).isEqualTo("Compared with the draft before this save: 1 table changed: 1 row changed.");
        assertThat(browser.all("#saved-Indicator li")).extracting(WebElement::getText)
                .containsExactly("L2-CD-01: output 'level' was 2, now 3");
        browser.screenshot("dmn-editor-cell-saved");
        browser.go("/rule-sets/" + draft);
        assertThat(browser.find("main").getText()).as("the same diff as the row editor gives for the same change")
                .contains("Changed L2-CD-01: output 'level' was 2, now 3", "1 table changed: 1 row changed.", "Saved from the DMN editor");
        assertThat(reports.validation(draft).errors()).isEmpty();
    }

    /** The level cell of a code's row in the editor's decision table, found by the "level" column's header. */
    private static WebElement levelCellOf(WebDriver d, String code) {
        return (WebElement) ((JavascriptExecutor) d).executeScript("""
                const heads = Array.from(document.querySelectorAll('th[data-testid^="kie-tools--bee--table-header-"]'))
                  .filter((h) => !h.dataset.testid.endsWith('undefined'));
                const level = heads.findIndex((h) => h.textContent.trim().startsWith('level'));
                if (level < 0) { return null; }
                const codeCells = Array.from(document.querySelectorAll('td[data-testid="kie-tools--bee--expression-column-1"]'))
                  .filter((td) => td.textContent.includes('"' + arguments[0] + '"'));
                const row = codeCells.length === 0 ? null : codeCells[codeCells.length - 1].closest('tr');
                return row === null ? null : row.querySelector('td[data-testid="kie-tools--bee--expression-column-' + (level + 1) + '"]');
                """, code);
    }

    private static void waitForTheEditor() {
        new WebDriverWait(browser.driver(), EDITOR).until(d -> "true".equals(browser.find("#editor-form").getDomAttribute("data-ready")));
    }

    /** Presses save and waits for the page that says what the save changed. */
    private static void save() {
        browser.click("save-editor");
        new WebDriverWait(browser.driver(), EDITOR).until(d -> !browser.all("#saved, .govuk-error-summary").isEmpty());
        assertThat(browser.all(".govuk-error-summary")).extracting(WebElement::getText).isEmpty();
    }
}
