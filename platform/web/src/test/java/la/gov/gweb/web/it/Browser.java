package la.gov.gweb.web.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own chromedriver (never a downloaded one), with a
 * fresh profile under {@code target/}. {@code *.localhost} names reach this machine, so a site is
 * opened at {@code http://mtc.localhost:<port>/}. Waits are for conditions, never fixed sleeps.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final int port;

    Browser(int port) throws java.io.IOException {
        this.port = port;
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String host, String path) {
        driver.get("http://" + host + ":" + port + path);
    }

    WebElement find(String cssSelector) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /**
     * Clicks a button once it is enabled, as a person waits for a greyed-out button; patiently,
     * since what it waits for may be background work such as the first index build after a start.
     */
    void clickWhenEnabled(String cssSelector) {
        new WebDriverWait(driver, WAIT.multipliedBy(5)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)))
                .click();
    }

    /**
     * Picks an option of a PrimeFaces select menu ({@code menuId} with CSS escapes) and waits until
     * the menu shows it; a click that lands while another menu's panel is still closing is lost,
     * so the menu is opened again until the choice shows.
     */
    void choose(String menuId, String option) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> {
            if (!text(menuId + "_label").contains(option)) {
                find(menuId).click();
                find(menuId + "_items li[data-label*='" + option + "']").click();
            }
            return text(menuId + "_label").contains(option);
        });
    }

    void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks and waits until the page that the click loads has replaced the current one: a mark
     * left on the current page's window is gone once a new document has loaded. (Asking whether
     * the button went stale fails instead on some Chromium versions.)
     */
    void clickAndWaitForPage(String cssSelector) {
        WebElement button = find(cssSelector);
        ((JavascriptExecutor) driver).executeScript("window.gwebLeft = true");
        button.click();
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return window.gwebLeft === undefined && document.readyState === 'complete'"));
    }

    /** Clicks an AJAX button that adds a row to a table, and waits for the row to appear. */
    void clickAndWaitForRows(String cssSelector) {
        int before = driver.findElements(By.cssSelector("tbody > tr")).size();
        find(cssSelector).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("tbody > tr")).size() > before);
    }

    void waitForText(String cssSelector, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
