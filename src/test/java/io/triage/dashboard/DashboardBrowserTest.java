package io.triage.dashboard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.triage.testing.FakeUpstreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver, loads {@code /dashboard} after real traffic went through the gateway, and must show
 * that traffic in its headline numbers, its charts and its table of decisions. Leaves a screenshot in
 * {@code target/dashboard.png}.
 */
@QuarkusTest
@TestProfile(Traffic.Profile.class)
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static WebDriver browser;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    @BeforeAll
    static void startChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "No " + CHROMIUM + " or "
                + CHROMEDRIVER + ": install the Debian packages chromium and chromium-driver; .ci/run does.");
        // an explicit driver and browser binary: Selenium Manager never runs, so nothing is downloaded
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1900");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void dashboard_afterRealTraffic_showsItInHeadlineChartsAndDecisions() throws IOException {
        int sent = Traffic.mix();

        browser.get(dashboard + "#token=" + Traffic.ADMIN);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        wait.until(d -> column(0).size() >= sent);

        assertThat(browser.getCurrentUrl()).as("the token leaves the address bar").doesNotContain("token");
        assertThat(number(text("stat-requests"))).isGreaterThanOrEqualTo(sent);
        assertThat(text("stat-saved-pct")).endsWith("%");
        assertThat(column(1)).contains("initech");
        assertThat(column(4)).contains("local", "remote", "remote ← local");
        assertThat(column(7)).contains("hit", "miss");
        assertThat(column(6)).allSatisfy(reasons -> assertThat(reasons).isNotBlank());
        assertThat(chartTotal("chart-mix")).isGreaterThanOrEqualTo(sent);
        assertThat(chartLabels("chart-money")).contains("local", "remote");
        assertThat(chartTotal("chart-latency")).isPositive();
        assertThat(browser.findElements(By.cssSelector("#backends li")))
                .extracting(li -> li.getDomAttribute("data-backend")).containsExactly("local", "remote");
        screenshot();

        new Select(browser.findElement(By.id("f-route"))).selectByValue("local");
        wait.until(d -> !column(4).isEmpty() && column(4).stream().allMatch("local"::equals));
        String[] shownOfAll = text("decision-count").split(" of ");
        assertThat(Integer.parseInt(shownOfAll[0])).isEqualTo(column(4).size())
                .isLessThan(Integer.parseInt(shownOfAll[1]));
    }

    @Test
    void dashboard_withAWrongToken_saysSoAndShowsNoData() {
        browser.get(dashboard.toString().replace("/dashboard", "/dashboard/index.html") + "#token=not-the-admin-token");
        new WebDriverWait(browser, PATIENCE)
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "refused"));

        assertThat(text("error")).contains("Wrong admin token");
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
        assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('triage.adminToken')")).isNull();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    /**
     * The text of one column (0-based) of the decisions table, row by row, read in one script: the
     * table is redrawn every 5 seconds, so reading it cell by cell could meet a replaced row.
     */
    @SuppressWarnings("unchecked")
    private static List<String> column(int index) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "'#decisions tbody tr')].map(row => row.cells[arguments[0]].textContent);", index);
    }

    /** The sum of every value of every dataset of the Chart.js chart drawn on that canvas. */
    private static double chartTotal(String canvas) {
        Object total = ((JavascriptExecutor) browser).executeScript("const c = Chart.getChart(arguments[0]);"
                + " return c.data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0);", canvas);
        return ((Number) total).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> chartLabels(String canvas) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(arguments[0]).data.labels;", canvas);
    }

    private static void screenshot() throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target/dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
