package studio.smartwork.portal.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's Chromium, headless, driven by Debian's chromedriver (so
 * Selenium Manager never downloads anything), with the steps the tests need on Keycloak's
 * and the portal's pages.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.output", "target"), "e2e-screenshots");

    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final E2eEnvironment environment;

    Browser(E2eEnvironment environment) {
        this(environment, "en-US");
    }

    /** A browser whose person reads the given language first (its Accept-Language). */
    Browser(E2eEnvironment environment, String language) {
        this.environment = environment;
        ChromeOptions options = new ChromeOptions();
        // The browser's console, to find anything the content security policy refused.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens a portal page, signing in on Keycloak's page when the portal sends the browser there. */
    /** What the pages' content security policy refused, over every browser of the run. */
    static final List<String> POLICY_VIOLATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();

    void signInAndOpen(String email, String path) {
        driver.get(environment.portalUrl + path);
        wait.until(d -> d.getCurrentUrl().startsWith(environment.realmUrl));
        find(By.id("username")).sendKeys(email);
        find(By.id("password")).sendKeys(E2eEnvironment.PASSWORD);
        find(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(environment.portalUrl));
        waitForVaadin();
    }

    void open(String path) {
        driver.get(environment.portalUrl + path);
        waitForVaadin();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement button(String text) {
        return find(By.xpath("//vaadin-button[not(@disabled) and normalize-space(.)='" + text + "']"));
    }

    List<WebElement> buttons(String text) {
        return driver.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    void click(String buttonText) {
        click(button(buttonText));
    }

    void click(WebElement button) {
        // Scrolled into view and clicked like a person would, without tripping over a toast that overlaps it.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        waitForVaadin();
    }

    /** Signs out through the profile menu under the person's name. */
    void signOut(String signOutText) {
        click(find(By.cssSelector(".profile-menu vaadin-menu-bar-button")));
        WebElement item = find(By.xpath("//vaadin-menu-bar-item[contains(normalize-space(.), '" + signOutText + "')]"));
        click(item);
    }

    /**
     * The portal's pages a person reaches from a start page by its links, two links deep, as they
     * would click through them (downloads left out), and each tenant's first design record, which
     * is opened from a grid row rather than a link. At most {@code max}, the start first.
     */
    List<String> pagesFrom(String start, int max) {
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String[]> queue = new java.util.ArrayDeque<>();
        found.add(start);
        queue.add(new String[] {start, "0"});
        while (!queue.isEmpty() && found.size() < max) {
            String[] next = queue.poll();
            int depth = Integer.parseInt(next[1]);
            open(next[0]);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) driver.executeScript("""
                    const hrefs = Array.from(document.querySelectorAll('a[href]'))
                      .filter(a => !a.hasAttribute('download') && !a.hasAttribute('router-ignore'))
                      .map(a => a.getAttribute('href'))
                      .concat(Array.from(document.querySelectorAll('vaadin-side-nav-item[path]')).map(i => i.getAttribute('path')));
                    return hrefs.map(h => new URL(h, document.baseURI))
                      .filter(u => u.origin === location.origin)
                      .map(u => u.pathname);""");
            for (String link : links) {
                String path = link.replaceAll("/$", "");
                boolean portalPage = path.startsWith("/t/") || path.equals("/portfolio") || path.startsWith("/admin/");
                if (portalPage && !path.contains("export") && found.size() < max && found.add(path) && depth < 2) {
                    queue.add(new String[] {path, Integer.toString(depth + 1)});
                }
                java.util.regex.Matcher tenant = java.util.regex.Pattern.compile("^/t/([a-z0-9-]+)").matcher(path);
                if (tenant.find() && found.size() < max) {
                    found.add("/t/" + tenant.group(1) + "/designs/1");
                }
            }
        }
        return List.copyOf(found);
    }

    /** Shows the page as a phone of this width would (height 812, as common phones). */
    void phoneWidth(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 812));
    }

    /** Whether the page is wider than the window, which makes a person scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1 || document.body.scrollWidth > window.innerWidth + 1;");
    }

    /** Waits for a Vaadin notification with this text. */
    void notification(String text) {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".some(c => c.textContent.includes(arguments[0]))", text));
    }

    /** Waits until this script returns true. */
    void waitUntil(String script) {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(script));
    }

    boolean pageShows(String text) {
        return (Boolean) driver.executeScript("return document.body.innerText.includes(arguments[0])", text);
    }

    void waitForText(String text) {
        wait.until(d -> pageShows(text));
    }

    /** Waits until the page has loaded and Vaadin has answered every request in flight. */
    void waitForVaadin() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
                return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());"""));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical accessibility problems axe-core finds on the page, each described in one line. */
    List<String> seriousAccessibilityProblems(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        try {
            Files.createDirectories(SCREENSHOTS.resolve(page + "-axe.txt").getParent());
            Files.writeString(SCREENSHOTS.resolve(page + "-axe.txt"), describe(results.getViolations()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> page + ": " + rule.getImpact() + " " + rule.getId() + " — " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append(rule.getImpact()).append(' ').append(rule.getId()).append(": ").append(rule.getHelp()).append('\n');
            rule.getNodes().forEach(n -> text.append("    ").append(n.getTarget()).append(' ').append(n.getHtml()).append('\n'));
        }
        return text.toString();
    }

    @Override
    public void close() {
        try {
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                    .forEach(POLICY_VIOLATIONS::add);
        } catch (RuntimeException consoleNotReadable) {
            POLICY_VIOLATIONS.add("The browser console could not be read: " + consoleNotReadable.getMessage());
        }
        driver.quit();
    }
}
