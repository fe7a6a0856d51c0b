package org.ocoj.dist.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ocoj.dist.UiTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no driver download: the paths are given, so
 * Selenium Manager never runs), with a fresh profile per browser.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("oco.screenshots", "target/screenshots"));

    final WebDriver driver;
    private final URI base;
    private final Path profile;

    /** A browser on the shared server, logged in as the admin and showing the dashboard. */
    static Browser loggedInAsAdmin() {
        return loggedInAsAdmin(UiTestSupport.url(), UiTestSupport.adminPassword());
    }

    /** A browser on the server at {@code base}, logged in as "admin" and showing the dashboard. */
    static Browser loggedInAsAdmin(URI base, String password) {
        Browser browser = new Browser(base);
        browser.open("/");
        browser.type(By.id("username"), "admin");
        browser.type(By.id("password"), password);
        browser.click(By.id("login-submit"));
        browser.visible(By.id("count-total"));
        return browser;
    }

    Browser(URI base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("oco-ui-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("Chromium not installed: apt-get install chromium "
                        + "chromium-driver (.ci/run does)")).toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    /** On the login form: logs in with a generated password and chooses {@code chosen}, as a new account must. */
    void logInChoosingPassword(String username, String generated, String chosen) {
        type(By.id("username"), username);
        type(By.id("password"), generated);
        click(By.id("login-submit"));
        withText(By.tagName("h1"), "Choose your password");
        type(By.id("current-password"), generated);
        type(By.id("new-password"), chosen);
        click(By.id("password-submit"));
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    WebElement visible(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks the element, finding it again if the page re-rendered it in between (e.g. a list after a search). */
    void click(By by) {
        waitFor(d -> {
            try {
                WebElement element = d.findElement(by);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                element.click();
                return true;
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Waits until the element's text contains the given text, and returns the element. */
    WebElement withText(By by, String text) {
        try {
            waitFor(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            List<WebElement> found = driver.findElements(by);
            throw new AssertionError("No \"" + text + "\" in " + by + ", which shows: "
                    + (found.isEmpty() ? "(no such element)" : "\"" + found.get(0).getText() + "\""), e);
        }
        return driver.findElement(by);
    }

    void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Scrolls the element to the top of the window (for a screenshot of it). */
    void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", visible(by));
    }

    /** A PNG of the current page in target/screenshots (docs/screenshots holds the ones the docs show). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
