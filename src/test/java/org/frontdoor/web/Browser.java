package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by Debian's chromedriver (same source package, so their versions always match; the
 * paths are given so Selenium Manager never looks anything up). Every page a journey visits is screenshotted to
 * target/screenshots/NN-name.png and checked with axe-core, failing on any serious or critical violation.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1000");
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");
    private static final AtomicInteger SHOTS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        clearEarlierRuns();
    }

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final String base;
    private final String axe;

    record Violation(String id, String impact, String help, List<String> nodes) {
    }

    private Browser(String base, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        if (!javascript) {
            // the page's own scripts are blocked; WebDriver's (axe, screenshots) still run through DevTools
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(System.getProperty("frontdoor.chromium", "/usr/bin/chromium"));
        options.addArguments(FLAGS);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("frontdoor.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        this.base = base;
        this.axe = axeSource();
    }

    static Browser open(int port) {
        return new Browser("http://localhost:" + port, true);
    }

    /** A browser that runs none of the pages' JavaScript: every core journey must still work. */
    static Browser withoutJavaScript(int port) {
        return new Browser("http://localhost:" + port, false);
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Signs in on the sign-in page as a demo user (the tests run with the demo profile); lands where sign-in sends them. */
    void signIn(String username) {
        go("/sign-in");
        type("username", username);
        type("password", org.frontdoor.FrontDoorApi.PASSWORD);
        submit("sign-in");
    }

    /** Forgets the session (as closing the browser would). */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    void click(String id) {
        WebElement e = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Clicks a button or link that loads a new page, and waits until the new page has replaced this one. */
    void submit(String id) {
        leaving(() -> click(id));
    }

    /** Types into a field and presses Enter: the form is submitted with its default (first) button. */
    void typeAndEnter(String id, String text) {
        leaving(() -> {
            WebElement field = driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(text + Keys.ENTER);
        });
    }

    private void leaving(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.fdLeaving = true");   // gone once a new document has loaded
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.fdLeaving === undefined && document.readyState === 'complete'")));
    }

    void tick(String css) {
        WebElement e = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        if (!e.isSelected()) {
            e.click();
        }
    }

    String title() {
        return driver.getTitle();
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Screenshot of the whole page, then the accessibility check. */
    void page(String name) {
        screenshot(name);
        assertAccessible(name);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Number height = (Number) js.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(Math.max(height.intValue() + 150, 800), 12000)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(String.format("%02d-%s.png", SHOTS.incrementAndGet(), name)),
                    StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core in the page; fails listing every serious or critical violation. Every violation is logged to axe-results.txt. */
    void assertAccessible(String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        String result = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })))))
                  .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
                """);
        List<Violation> violations = read(result);
        log(name, violations);
        assertThat(violations).as("serious or critical accessibility violations on %s (%s)", name, path())
                .filteredOn(v -> FAILING_IMPACTS.contains(v.impact())).isEmpty();
    }

    private void log(String name, List<Violation> violations) {
        try {
            Files.createDirectories(SCREENSHOTS);
            StringBuilder line = new StringBuilder(name).append(" ").append(path()).append(": ")
                    .append(violations.isEmpty() ? "no violations" : violations.size() + " violation(s)");
            violations.forEach(v -> line.append("\n  ").append(v.impact()).append(" ").append(v.id()).append(": ").append(v.help())
                    .append(" ").append(v.nodes()));
            Files.writeString(SCREENSHOTS.resolve("axe-results.txt"), line.append('\n').toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Violation> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Violation>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshots and axe results are of this run only (once per test JVM, before the first page). */
    private static void clearEarlierRuns() {
        try (var earlier = Files.exists(SCREENSHOTS) ? Files.list(SCREENSHOTS) : java.util.stream.Stream.<Path>empty()) {
            for (Path p : earlier.toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe.min.js from the axe-core WebJar on the test classpath, whatever its version. */
    private static String axeSource() {
        try (InputStream pom = Browser.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties p = new Properties();
            p.load(pom);
            try (InputStream js = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/" + p.getProperty("version") + "/axe.min.js")) {
                return new String(js.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core WebJar not on the test classpath", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
