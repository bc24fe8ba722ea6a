package org.sitrep.server.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by
 * Selenium, with a fresh profile, no network services of its own, and a 1280×800 window. Tests
 * skip, saying why, when either program is missing ({@code .ci/run} installs both).
 */
public final class Browser implements AutoCloseable {
    static final String CHROMIUM = env("SITREP_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = env("SITREP_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The page's size, as the README's screenshot shows it. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Skips the calling test class when Chromium or its driver is not installed. */
    public static void assumeInstalled() {
        for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(program)), program + " not found: skipping the browser "
                    + "tests (apt-get install chromium chromium-driver, or set SITREP_CHROMIUM / SITREP_CHROMEDRIVER)");
        }
    }

    public static Browser start() throws IOException {
        assumeInstalled();
        Path profile = Files.createTempDirectory("sitrep-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--user-data-dir=" + profile, "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the driver given outright: Selenium Manager would otherwise look for (and download) one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        // the window's frame takes some of its size: grow it until the page itself is 1280x800
        @SuppressWarnings("unchecked")
        List<Long> frame = (List<Long>) driver.executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        driver.manage().window().setSize(new Dimension(WIDTH + frame.get(0).intValue(), HEIGHT + frame.get(1).intValue()));
        return new Browser(profile, driver);
    }

    /** Makes the page itself (not the window with its frame) this size: a phone's 390×844, a desktop's. */
    public void resize(int width, int height) {
        @SuppressWarnings("unchecked")
        List<Long> frame = (List<Long>) js(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        driver.manage().window().setSize(new Dimension(width + frame.get(0).intValue(), height + frame.get(1).intValue()));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page and waits until it has loaded its data. */
    public void open(String url) {
        driver.get(url);
        settle();
    }

    /** Waits until the page has no request scheduled or in flight (main.js counts them in body[data-busy]). */
    public void settle() {
        new WebDriverWait(driver, PATIENCE).until(d -> "0".equals(js("return document.body.dataset.busy || null")));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, PATIENCE).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** The console's errors (and the page's uncaught exceptions) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
