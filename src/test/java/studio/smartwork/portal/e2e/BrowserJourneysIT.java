package studio.smartwork.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.PortalTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * What people click, in a real browser against real Keycloak: the demo consultancy's people
 * sign in on Keycloak's page and use the production jar. Run with {@code mvn -Pe2e verify}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysIT {

    static final String EVA = "eva@acme.example";
    static final String CARLA = "carla@smartwork.studio";
    static final String ADMIN = "admin@smartwork.studio";
    static final String DAN = "dan@brightsmile.example";
    static final String JOE = "joe@brightsmile.example";
    static final String SAM = "sam@acme.example";
    static final String STRANGER = "sandy@elsewhere.example";

    /** The portal's own texts, so the journeys read each page in the language its person reads. */
    static final PortalTexts TEXTS = new PortalTexts(true);

    static E2eEnvironment environment;
    static final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        environment = new E2eEnvironment();
        try {
            environment.start();
            for (String invited : List.of(EVA, DAN, JOE, SAM)) {
                environment.completeInvitation(invited);
            }
            environment.createSignedUpUser(CARLA, "Carla", "Romero");
            environment.createSignedUpUser(ADMIN, "Ada", "Admin");
        } catch (Exception | Error e) {
            environment.close();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        if (environment != null) {
            environment.close();
        }
    }

    @Test
    @Order(1)
    void invitingCreatedKeycloakUsersThatMustSetAPasswordAndVerifyTheirAddress() {
        // Lia was invited by the demo data like the others, and nobody has completed her invitation.
        JsonNode lia = environment.keycloakUser("lia@acme.example");
        assertThat(lia).isNotNull();
        assertThat(lia.get("username").asString()).isEqualTo("lia@acme.example");
        assertThat(lia.get("emailVerified").asBoolean()).isFalse();
        assertThat(lia.get("requiredActions").values()).map(JsonNode::asString)
                .containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
    }

    @Test
    @Order(2)
    void anExecutiveSeesTheSavingsDashboardWithItsChart() {
        try (Browser eva = new Browser(environment)) {
            eva.signInAndOpen(EVA, "/t/acme/outcomes");
            eva.find(By.tagName("echart-view"));
            eva.waitUntil("const c = document.querySelector('echart-view');"
                    + "return !!c && !!c.shadowRoot && !!c.shadowRoot.querySelector('canvas, svg');");
            eva.screenshot("01-executive-savings-dashboard");
            accessibilityProblems.addAll(eva.seriousAccessibilityProblems("savings-dashboard"));

            eva.open("/t/acme");
            eva.screenshot("02-executive-tenant-overview");
            accessibilityProblems.addAll(eva.seriousAccessibilityProblems("tenant-overview"));

            // The closed demo audit as an executive sees it: tasks, processes and teams of three people or more,
            // the rest added up in one line.
            eva.open("/t/acme/audit");
            eva.click("Two-week time audit");
            eva.click(es("audit.campaign.analysis"));
            eva.waitForText(es("audit.analysis.by-team"));
            assertThat(eva.pageShows(es("audit.analysis.folded", 3))).isTrue();
            assertThat(eva.pageShows("Customer service")).isTrue();
            assertThat(eva.pageShows("Answer calls about delivery times")).isTrue();
            assertThat(eva.pageShows("Monthly KPI report")).as("one person's task is only part of the added-up line").isFalse();
            eva.screenshot("02b-executive-audit-analysis");
            accessibilityProblems.addAll(eva.seriousAccessibilityProblems("audit-analysis"));
        }
    }

    @Test
    @Order(3)
    void aStaffMemberLogsAWeekOfTimeInTheGrid() {
        try (Browser joe = new Browser(environment)) {
            joe.signInAndOpen(JOE, "/t/brightsmile/audit");
            joe.click("Front desk audit");
            joe.click(en("audit.campaign.log-my-time"));
            joe.waitForText(en("audit.log.week.title"));
            List<WebElement> days = joe.driver.findElements(By.cssSelector(".week-grid vaadin-integer-field[id^='minutes-']"))
                    .stream().filter(f -> f.getAttribute("disabled") == null).limit(5).toList();
            assertThat(days).isNotEmpty();
            int minutes = 30;
            for (WebElement day : days) {
                type(day, Integer.toString(minutes++));
                // How many times sits next to the minutes in the same day's cell.
                type(day.findElement(By.xpath("following-sibling::vaadin-integer-field[1]")), "10");
            }
            joe.screenshot("03-staff-week-grid");
            accessibilityProblems.addAll(joe.seriousAccessibilityProblems("time-log"));
            String firstDay = days.getFirst().getAttribute("id");
            joe.click(en("audit.log.week.save"));
            joe.notification(en("audit.log.week.saved"));

            joe.driver.navigate().refresh();
            joe.waitForVaadin();
            assertThat(joe.find(By.cssSelector("[id='" + firstDay + "'] input")).getAttribute("value")).isEqualTo("30");
        }
    }

    @Test
    @Order(4)
    void aConsultantSubmitsADesignRecordAndOnlyTheExecutiveApprovesIt() {
        String record;
        try (Browser carla = new Browser(environment)) {
            carla.signInAndOpen(CARLA, "/t/acme/designs");
            carla.find(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Inbox triage']")).click();
            carla.waitForVaadin();
            carla.waitForText("Inbox triage");
            record = carla.driver.getCurrentUrl().substring(environment.portalUrl.length());
            carla.screenshot("04-consultant-design-record");
            accessibilityProblems.addAll(carla.seriousAccessibilityProblems("design-record"));
            carla.click("Submit for review");
            carla.notification("Submitted for review");
            assertThat(carla.buttons("Approve")).isEmpty();
        }
        try (Browser eva = new Browser(environment)) {
            eva.signInAndOpen(EVA, record);
            eva.click(es("design.action.approve"));
            String approveRevision = before("design.review.approve.button");
            eva.find(By.xpath("//vaadin-button[starts-with(normalize-space(.), '" + approveRevision + "')]"));
            eva.screenshot("05-executive-approves");
            eva.click(eva.find(By.xpath("//vaadin-button[starts-with(normalize-space(.), '" + approveRevision + "')]")));
            eva.notification(es("design.review.approved", "").strip());
            eva.waitUntil("return Array.from(document.querySelectorAll('[theme~=badge]')).some(b => b.textContent === '"
                    + es("design.status.approved") + "');");
        }
    }

    @Test
    @Order(5)
    void anotherTenantsAddressIsNotFound() {
        try (Browser dan = new Browser(environment)) {
            dan.signInAndOpen(DAN, "/t/brightsmile");
            dan.open("/t/acme/outcomes");
            dan.waitForText(en("shell.not-found.title"));
            assertThat(dan.pageShows("Acme Logistics")).isFalse();
            dan.screenshot("06-other-tenant-not-found");
        }
    }

    @Test
    @Order(6)
    void signingOutReturnsToTheKeycloakSignIn() {
        try (Browser eva = new Browser(environment)) {
            eva.signInAndOpen(EVA, "/t/acme");
            eva.signOut(es("shell.sign-out"));
            eva.find(By.id("kc-login"));
            assertThat(eva.driver.getCurrentUrl()).startsWith(environment.realmUrl);
            eva.screenshot("07-signed-out-keycloak-sign-in");

            // The Keycloak session ended too: opening the portal asks for the password again.
            eva.driver.get(environment.portalUrl + "/t/acme");
            eva.find(By.id("password"));
            assertThat(eva.driver.getCurrentUrl()).startsWith(environment.realmUrl);
        }
    }

    static String es(String key, Object... args) {
        return TEXTS.text(Language.SPANISH, key, args);
    }

    static String en(String key, Object... args) {
        return TEXTS.text(Language.ENGLISH, key, args);
    }

    /** A Spanish text up to its first value: what a page shows before the name or figure it puts there. */
    static String before(String key) {
        String pattern = TEXTS.pattern(Language.SPANISH, key).orElseThrow();
        return pattern.substring(0, pattern.indexOf('{'));
    }

    /** Types into a Vaadin field and leaves it, which is when Vaadin sends the value to the server. */
    private static void type(WebElement field, String text) {
        WebElement input = field.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    @Test
    @Order(7)
    void someoneKeycloakKnowsButThePortalDoesNotIsToldSoPlainly() {
        environment.createSignedUpUser(STRANGER, "Sandy", "Stranger");
        try (Browser stranger = new Browser(environment)) {
            stranger.signInAndOpen(STRANGER, "/");
            stranger.waitForText(en("security.sign-in-problem.refused.title"));
            assertThat(stranger.driver.getCurrentUrl()).isEqualTo(environment.portalUrl + "/sign-in/refused");
            stranger.screenshot("08-not-invited");
            accessibilityProblems.addAll(stranger.seriousAccessibilityProblems("sign-in-refused"));

            stranger.driver.findElement(By.linkText(en("security.sign-in-problem.other-account"))).click();
            stranger.find(By.id("kc-logout")).click();
            stranger.find(By.id("kc-login"));
            assertThat(stranger.driver.getCurrentUrl()).startsWith(environment.realmUrl);
        }
    }

    @Test
    @Order(8)
    void anExecutiveInvitesStaffAndKeycloakGetsTheirAccount() {
        String email = "nora@acme.example";
        try (Browser eva = new Browser(environment)) {
            eva.signInAndOpen(EVA, "/t/acme/people");
            eva.click(es("people.tenant.invite"));
            type(eva.find(By.cssSelector("vaadin-dialog vaadin-email-field")), email);
            type(eva.find(By.cssSelector("vaadin-dialog vaadin-text-field")), "Nora Navarro");
            eva.screenshot("10-executive-invites");
            accessibilityProblems.addAll(eva.seriousAccessibilityProblems("invite-dialog"));
            eva.click(es("people.invite.invite"));
            // The same words whoever the address belongs to; the link to choose a password goes to the address only.
            eva.waitForText(before("people.invite.sent") + email);
            eva.screenshot("11-invitation-sent");
        }
        JsonNode nora = environment.keycloakUser(email);
        assertThat(nora).isNotNull();
        assertThat(nora.get("firstName").asString()).isEqualTo("Nora");
        assertThat(nora.get("lastName").asString()).isEqualTo("Navarro");
        assertThat(nora.get("requiredActions").values()).map(JsonNode::asString)
                .containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");

        // Nora follows Keycloak's e-mail, signs in, and joins only by accepting the invitation herself.
        environment.completeInvitation(email);
        try (Browser invited = new Browser(environment)) {
            invited.signInAndOpen(email, "/");
            // Nora belongs to no client yet: her browser's English; once in Acme, Acme's Spanish.
            invited.waitForText(en("overview.invitation.title", "Acme Logistics"));
            invited.screenshot("12-invitation-to-accept");
            accessibilityProblems.addAll(invited.seriousAccessibilityProblems("invitation-to-accept"));
            invited.click(en("overview.invitation.accept"));
            invited.waitForText(es("overview.activity.title"));
            assertThat(invited.driver.getCurrentUrl()).endsWith("/t/acme");
        }
    }

    /**
     * A rolling update replaces the replica a person is on (docs/operations/faults.md): what was on
     * their screen lived in that replica's memory and is gone, but their Keycloak session is not, so
     * the page they were on opens again with them signed in, and what they saved is there.
     */
    @Test
    @Order(9)
    void aPersonWhoseReplicaIsReplacedLandsSignedInOnTheSamePageWithWhatTheySaved() throws Exception {
        try (Browser joe = new Browser(environment)) {
            joe.signInAndOpen(JOE, "/t/brightsmile/audit");
            joe.click("Front desk audit");
            joe.click(en("audit.campaign.log-my-time"));
            joe.waitForText(en("audit.log.week.title"));
            WebElement day = joe.driver.findElements(By.cssSelector(".week-grid vaadin-integer-field[id^='minutes-']")).stream()
                    .filter(f -> f.getAttribute("disabled") == null).reduce((first, second) -> second).orElseThrow();
            String dayId = day.getAttribute("id");
            type(day, "47");
            type(day.findElement(By.xpath("following-sibling::vaadin-integer-field[1]")), "3");
            joe.click(en("audit.log.week.save"));
            joe.notification(en("audit.log.week.saved"));
            String page = joe.driver.getCurrentUrl();

            Duration stopping = environment.replacePortal();
            assertThat(stopping).as("a graceful stop, well inside the pod's 45 s").isLessThan(Duration.ofSeconds(30));

            // The browser's session was the old replica's; Keycloak's session signs Joe in again without a form.
            joe.driver.navigate().refresh();
            joe.waitForVaadin();
            // The same address (Spring Security marks the request it brings him back to with "?continue").
            assertThat(java.net.URI.create(joe.driver.getCurrentUrl()).getPath()).isEqualTo(java.net.URI.create(page).getPath());
            joe.waitForText(en("audit.log.week.title"));
            assertThat(joe.find(By.cssSelector("[id='" + dayId + "'] input")).getAttribute("value")).isEqualTo("47");
            System.out.printf("Replica replaced: the old one stopped in %d ms%n", stopping.toMillis());
        }
    }

    @Test
    @Order(13)
    void evaOfASpanishSpeakingClientReadsHerPagesInSpanish() {
        try (Browser eva = new Browser(environment)) {
            // Her browser asks for English; her client speaks Spanish, and she chose nothing.
            eva.signInAndOpen(EVA, "/t/acme");
            eva.waitForText(es("overview.activity.title"));
            assertThat(eva.driver.executeScript("return document.documentElement.lang")).isEqualTo("es");
            assertThat(eva.pageShows(es("audit.section"))).isTrue();
            assertThat(eva.pageShows(en("audit.section"))).isFalse();
            eva.open("/t/acme/outcomes");
            eva.waitUntil("return document.title.startsWith('" + es("outcome.dashboard.page-title") + "');");
            eva.screenshot("13-executive-dashboard-in-spanish");
        }
    }

    @Test
    @Order(14)
    void aStaffMemberTimesATaskAcrossAReloadAndStopsItIntoAnEntry() {
        try (Browser joe = new Browser(environment)) {
            joe.signInAndOpen(JOE, "/t/brightsmile/audit");
            joe.click("Front desk audit");
            joe.click(en("audit.campaign.log-my-time"));
            String logPage = joe.driver.getCurrentUrl();
            WebElement task = joe.find(By.id("timer-task"));
            task.findElement(By.tagName("input")).click();
            joe.find(By.cssSelector("vaadin-combo-box-item")).click();
            joe.waitForVaadin();
            joe.click(joe.find(By.id("timer-start")));
            joe.find(By.id("timer-elapsed"));
            joe.screenshot("14-timer-running");
            accessibilityProblems.addAll(joe.seriousAccessibilityProblems("time-log-with-timer"));

            // The timer is the server's: a reload shows it still running, ticking on.
            joe.driver.navigate().refresh();
            joe.waitForVaadin();
            String first = joe.find(By.id("timer-elapsed")).getText();
            joe.waitUntil("return document.getElementById('timer-elapsed').textContent !== '" + first + "';");
            type(joe.find(By.id("timer-note")), "timed in the browser");
            joe.click(joe.find(By.id("timer-stop")));
            joe.notification(en("audit.timer.entry-made", 1, "", "").substring(0, 7));
            joe.waitUntil("return !document.getElementById('timer-elapsed');");
            assertThat(joe.pageShows("timed in the browser")).as("the entry in My entries").isTrue();
            assertThat(joe.driver.getCurrentUrl()).isEqualTo(logPage);
        }
    }

    @Test
    @Order(15)
    void onAPhoneTheLogPageTheOverviewAndTheDashboardNeedNoSidewaysScrolling() {
        try (Browser joe = new Browser(environment)) {
            joe.signInAndOpen(JOE, "/t/brightsmile/audit");
            joe.click("Front desk audit");
            joe.click(en("audit.campaign.log-my-time"));
            String logPage = joe.driver.getCurrentUrl().substring(environment.portalUrl.length());
            joe.phoneWidth(375);
            joe.open(logPage);
            joe.waitForText(en("audit.log.week.title"));
            assertThat(joe.scrollsSideways()).as("the log page at 375 px").isFalse();
            // The week is a day-by-day list here: each day's heading stands above its tasks.
            assertThat(joe.driver.executeScript("const h = document.querySelector('.week-day-heading');"
                    + "return !!h && getComputedStyle(h).display === 'block';")).isEqualTo(true);
            joe.screenshot("15-phone-time-log");
            joe.driver.executeScript("document.querySelector('.week-grid').scrollIntoView()");
            joe.screenshot("15b-phone-week-by-day");
            joe.open("/t/brightsmile");
            assertThat(joe.scrollsSideways()).as("the overview at 375 px").isFalse();
            joe.screenshot("16-phone-overview");
        }
        try (Browser dan = new Browser(environment)) {
            dan.signInAndOpen(DAN, "/t/brightsmile/outcomes");
            dan.phoneWidth(375);
            dan.open("/t/brightsmile/outcomes");
            assertThat(dan.scrollsSideways()).as("the dashboard at 375 px").isFalse();
            dan.screenshot("17-phone-dashboard");
        }
    }

    @Test
    @Order(16)
    void aClientCommentsOnABoardCardAndTheConsultantReadsTheThread() {
        String cardComments;
        String comment = "Can the inbox triage also read the supplier portal?";
        try (Browser sam = new Browser(environment)) {
            sam.signInAndOpen(SAM, "/t/acme/board");
            WebElement open = sam.find(By.cssSelector("vaadin-button[id^='board-card-comments-']"));
            cardComments = open.getAttribute("id");
            sam.click(open);
            WebElement body = sam.find(By.cssSelector("#board-comment-body textarea"));
            body.sendKeys(comment);
            body.sendKeys(Keys.TAB);
            sam.waitForVaadin();
            sam.click(sam.find(By.id("board-comment-post")));
            sam.waitUntil("const t = document.getElementById('board-comment-thread');"
                    + "return !!t && t.textContent.includes(arguments[0] || 'supplier portal');");
            sam.screenshot("18-client-comments-on-a-card");
            accessibilityProblems.addAll(sam.seriousAccessibilityProblems("board-card-thread"));
        }
        try (Browser carla = new Browser(environment)) {
            carla.signInAndOpen(CARLA, "/t/acme/board");
            carla.click(carla.find(By.id(cardComments)));
            carla.waitForText(comment);
            assertThat(carla.pageShows("Sam")).as("the author is named").isTrue();
        }
    }

    @Test
    @Order(17)
    void everyPageOfEveryRoleHasNoSeriousAccessibilityProblemInEitherLanguage() {
        // Links lead to most pages; campaign pages and editors open from buttons and grid rows, so they are named
        // (the demo's first client audit is campaign 1 of Acme, Brightsmile's open one is campaign 2).
        record Visit(String person, String language, String start, List<String> named) {
        }
        List<String> consultantPages = List.of("/t/acme/audit/1", "/t/acme/audit/1/analysis", "/t/acme/audit/1/import",
                "/t/acme/audit/catalogue", "/t/acme/designs/1/edit", "/t/acme/outcomes/measurements", "/t/brightsmile/audit/2",
                "/t/brightsmile/audit/2/analysis");
        List<Visit> visits = List.of(
                new Visit(ADMIN, "en-US", "/admin/tenants", List.of("/admin/tenants/acme")),
                new Visit(ADMIN, "es-ES", "/admin/tenants", List.of("/admin/tenants/brightsmile")),
                new Visit(CARLA, "en-US", "/portfolio", consultantPages), new Visit(CARLA, "es-ES", "/t/acme", consultantPages),
                new Visit(EVA, "en-US", "/t/acme", List.of("/t/acme/audit/1", "/t/acme/audit/1/analysis")),
                new Visit(DAN, "en-US", "/t/brightsmile", List.of("/t/brightsmile/audit/2", "/t/brightsmile/audit/2/analysis")),
                new Visit(JOE, "en-US", "/t/brightsmile", List.of("/t/brightsmile/audit/2/log")),
                new Visit(SAM, "en-US", "/t/acme", List.of("/t/acme/audit/1/log")));
        java.util.Set<String> languagesSeen = new java.util.TreeSet<>();
        int pages = 0;
        for (Visit visit : visits) {
            try (Browser browser = new Browser(environment, visit.language())) {
                browser.signInAndOpen(visit.person(), visit.start());
                java.util.LinkedHashSet<String> paths = new java.util.LinkedHashSet<>(browser.pagesFrom(visit.start(), 40));
                paths.addAll(visit.named());
                for (String path : paths) {
                    browser.open(path);
                    String lang = String.valueOf(browser.driver.executeScript("return document.documentElement.lang"));
                    languagesSeen.add(lang);
                    String name = visit.person().substring(0, visit.person().indexOf('@')) + "-" + lang
                            + path.replaceAll("[^a-zA-Z0-9]+", "-");
                    accessibilityProblems.addAll(browser.seriousAccessibilityProblems("all-pages/" + name));
                    pages++;
                }
            }
        }
        assertThat(languagesSeen).as("pages were read in both languages").contains("en", "es");
        assertThat(pages).as("pages scanned").isGreaterThan(60);
    }

    @Test
    @Order(19)
    void endingAKeycloakSessionSignsThePersonOutOfTheOpenPortalPage() {
        try (Browser dan = new Browser(environment)) {
            dan.signInAndOpen(DAN, "/t/brightsmile");
            dan.waitForText("Recent activity");
            // An administrator ends Dan's sessions in Keycloak, which tells the portal over the back channel.
            environment.signOutEverywhere(DAN);
            // Keycloak tells the portal over the back channel; a page loaded before that message
            // arrives is still signed in, so the next loads (a few seconds apart) must reach the sign-in.
            long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            do {
                dan.driver.navigate().refresh();
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            } while (!dan.driver.getCurrentUrl().startsWith(environment.realmUrl) && System.nanoTime() < until);
            assertThat(dan.driver.getCurrentUrl()).startsWith(environment.realmUrl);
        }
    }

    @Test
    @Order(20)
    void keycloakDownMeansAClearSignInUnavailablePage() {
        environment.stopKeycloak();
        try (Browser visitor = new Browser(environment)) {
            visitor.open("/");
            visitor.waitForText("Sign-in is unavailable");
            assertThat(visitor.pageShows("does not answer. Try again in a few minutes.")).isTrue();
            visitor.screenshot("09-sign-in-unavailable");
        }
    }

    @Test
    @Order(21)
    void theMainPagesHaveNoSeriousAccessibilityProblems() {
        assertThat(accessibilityProblems).isEmpty();
    }

    /** Every page above ran under the enforced policy; the browser refused nothing of the portal's. */
    @Test
    @Order(22)
    void thePortalRunsUnderAnEnforcedContentSecurityPolicy() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(environment.portalUrl + "/sign-in/failed")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Content-Security-Policy")).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(Browser.POLICY_VIOLATIONS).isEmpty();
    }

    /**
     * The monthly report, one click on the dashboard: the link's download is fetched with the
     * browser's own session (as the browser would save it), and it is a PDF that says the
     * dashboard's headline figure as the page shows it. Before Keycloak is stopped (order 20).
     */
    @Test
    @Order(18)
    void anExecutiveDownloadsTheMonthlyReportWithTheDashboardsFigures() throws Exception {
        try (Browser eva = new Browser(environment)) {
            eva.signInAndOpen(EVA, "/t/acme/outcomes");
            WebElement link = eva.find(By.id("monthly-report-pdf"));
            assertThat(link.getText()).isEqualTo(es("outcome.report.download-pdf"));
            String hours = eva.find(By.cssSelector(".headline-figure")).getText();
            // The href as the browser resolves it against the page's base, as a click would.
            java.net.URI address = java.net.URI.create(link.getDomProperty("href"));
            String cookies = eva.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(address)
                    .header("Cookie", cookies).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("attachment", "acme-savings-", ".pdf");
            byte[] pdf = response.body();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                assertThat(text).contains(es("outcome.report.headline"), hours);
            }
            eva.screenshot("18b-executive-dashboard-with-report-download");
        }
    }
}
