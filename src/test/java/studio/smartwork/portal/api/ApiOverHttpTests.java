package studio.smartwork.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.ApiKeys;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RunEvents;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API as an automation calls it: over real HTTP on a random port, against the
 * embedded PostgreSQL, with keys made on the Integrations page's service. Each test makes its
 * own keys, so the per-key rate below (a burst of twenty, then one a second: tight, to test it)
 * never spills from one test to another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.api.rate-limit.requests-per-second=1", "portal.api.rate-limit.burst=20"})
class ApiOverHttpTests {

    /** Decimals read as the API wrote them, with their scale ("5870.10" stays two decimals). */
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiKeys keys;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    RunEvents runEvents;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private TenantId acme() {
        return DemoTenants.id(context, "acme");
    }

    private String keyOf(String tenant, ApiKeyScope... scopes) {
        SignIn.as(context, DemoPeople.CARLA);
        try {
            return keys.create(DemoTenants.id(context, tenant), "Test " + System.nanoTime(), EnumSet.copyOf(List.of(scopes))).secret();
        } finally {
            SignIn.out();
        }
    }

    private LiveSolution voiceAgent() {
        SignIn.as(context, DemoPeople.CARLA);
        try {
            return outcomes.liveSolutions(acme()).stream().filter(s -> s.savingsMethod() == LiveSolution.SavingsMethod.RUNS)
                    .findFirst().orElseThrow();
        } finally {
            SignIn.out();
        }
    }

    record Answer(int status, JsonNode body, HttpResponse<String> response) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private Answer call(String method, String path, String key, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String event(String solution, String eventId, OffsetDateTime at, String outcome) {
        return """
                {"solution": "%s", "eventId": "%s", "occurredAt": "%s", "outcome": "%s", "durationMs": 4200, "humanMinutes": 0.5}"""
                .formatted(solution, eventId, at, outcome);
    }

    private static OffsetDateTime anHourAgo() {
        return OffsetDateTime.now(ZoneId.of("Europe/Madrid")).minusHours(1).withNano(0);
    }

    @Test
    void aCallWithoutAValidKeyIsRefusedWithAProblemAndARevokedKeyAtOnce() {
        Answer none = call("GET", "/api/v1/savings", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.body().get("type").asText()).isEqualTo("tag:smartwork.studio,2026:problem/unauthorized");
        assertThat(none.body().get("status").asInt()).isEqualTo(401);
        assertThat(none.body().get("detail").asText()).contains("Authorization: Bearer sw_");

        assertThat(call("GET", "/api/v1/savings", "sw_" + "x".repeat(43), null).status()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/savings", "not-a-key", null).status()).isEqualTo(401);

        String key = keyOf("acme", ApiKeyScope.READ_SAVINGS);
        assertThat(call("GET", "/api/v1/savings", key, null).status()).isEqualTo(200);
        SignIn.as(context, DemoPeople.CARLA);
        long id = keys.list(acme()).stream().filter(k -> key.startsWith(k.prefix())).findFirst().orElseThrow().id();
        keys.revoke(acme(), id);
        SignIn.out();
        assertThat(call("GET", "/api/v1/savings", key, null).status()).as("revoked: refused on the very next call").isEqualTo(401);
    }

    @Test
    void aKeyWithoutTheScopeGetsForbiddenNamingTheScope() {
        String key = keyOf("acme", ApiKeyScope.READ_ANALYSIS);
        Answer answer = call("POST", "/api/v1/run-events", key, event(voiceAgent().reference(), "scope-" + System.nanoTime(), anHourAgo(), "succeeded"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("type").asText()).endsWith("/insufficient-scope");
        assertThat(answer.body().get("requiredScope").asText()).isEqualTo("ingest_runs");
        assertThat(call("GET", "/api/v1/savings", key, null).status()).isEqualTo(403);
    }

    @Test
    void aRunSentTwiceCountsOnce() {
        String key = keyOf("acme", ApiKeyScope.INGEST_RUNS);
        LiveSolution agent = voiceAgent();
        SignIn.as(context, DemoPeople.CARLA);
        long before = runEvents.count(acme(), agent.recordId());
        SignIn.out();
        String body = event(agent.reference(), "twice-" + System.nanoTime(), anHourAgo(), "succeeded");

        Answer first = call("POST", "/api/v1/run-events", key, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("isNew").asBoolean()).isTrue();
        Answer again = call("POST", "/api/v1/run-events", key, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("isNew").asBoolean()).isFalse();

        SignIn.as(context, DemoPeople.CARLA);
        assertThat(runEvents.count(acme(), agent.recordId())).isEqualTo(before + 1);
    }

    /**
     * Single runs sent at once are stored together (group commit), yet each call gets its own
     * answer: a refused run is refused alone, a run sent twice at the same moment counts once.
     */
    @Test
    void singleRunsSentAtOnceEachGetTheirOwnAnswer() throws Exception {
        String key = keyOf("acme", ApiKeyScope.INGEST_RUNS);
        LiveSolution agent = voiceAgent();
        SignIn.as(context, DemoPeople.CARLA);
        long before = runEvents.count(acme(), agent.recordId());
        SignIn.out();
        String s = Long.toString(System.nanoTime());
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            // Every sixth is from the future (refused); 5 and 11 are the same run sent twice.
            String id = "together-" + s + "-" + (i == 11 ? 5 : i);
            OffsetDateTime at = i % 6 == 3 ? anHourAgo().plusDays(2) : anHourAgo();
            answers.add(senders.submit(() -> call("POST", "/api/v1/run-events", key, event(agent.reference(), id, at, "succeeded")).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        senders.shutdown();
        assertThat(statuses.get(3)).isEqualTo(422);
        assertThat(statuses.get(9)).isEqualTo(422);
        assertThat(statuses.get(15)).isEqualTo(422);
        assertThat(List.of(statuses.get(5), statuses.get(11))).containsExactlyInAnyOrder(201, 200);
        assertThat(statuses.stream().filter(status -> status == 201).count()).isEqualTo(14);
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(runEvents.count(acme(), agent.recordId())).isEqualTo(before + 14);
    }

    @Test
    void aBatchWithRefusedRunsStoresNothingAndNamesEachByIndex() {
        String key = keyOf("acme", ApiKeyScope.INGEST_RUNS);
        LiveSolution agent = voiceAgent();
        SignIn.as(context, DemoPeople.CARLA);
        long before = runEvents.count(acme(), agent.recordId());
        SignIn.out();
        String s = Long.toString(System.nanoTime());
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            events.add(event(agent.reference(), "batch-" + s + "-" + i, anHourAgo(), i % 2 == 0 ? "succeeded" : "failed"));
        }
        events.set(7, event(agent.reference(), "batch-" + s + "-7", anHourAgo().plusDays(3), "succeeded"));
        events.set(21, event("SDR-999", "batch-" + s + "-21", anHourAgo(), "exploded"));
        Answer refused = call("POST", "/api/v1/run-events/batch", key, "{\"events\": [" + String.join(",", events) + "]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("type").asText()).endsWith("/refused-items");
        assertThat(refused.body().get("refused").valueStream().map(item -> item.get("index").asInt()).toList()).containsExactly(7, 21);
        JsonNode errors21 = refused.body().get("refused").get(1).get("errors");
        assertThat(errors21.valueStream().map(e -> e.get("field").asText()).toList()).containsExactlyInAnyOrder("solution", "outcome");
        assertThat(errors21.valueStream().filter(e -> e.get("field").asText().equals("outcome")).findFirst().orElseThrow()
                .get("reason").asText()).contains("succeeded, failed, handed_to_human");
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(runEvents.count(acme(), agent.recordId())).as("nothing of a refused batch is stored").isEqualTo(before);
        SignIn.out();

        events.set(7, event(agent.reference(), "batch-" + s + "-7", anHourAgo(), "succeeded"));
        events.set(21, event(agent.reference(), "batch-" + s + "-0", anHourAgo(), "succeeded"));
        Answer stored = call("POST", "/api/v1/run-events/batch", key, "{\"events\": [" + String.join(",", events) + "]}");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().get("received").asInt()).isEqualTo(50);
        assertThat(stored.body().get("stored").asInt()).as("the repeat of event 0 counts once").isEqualTo(49);
        assertThat(stored.body().get("duplicates").asInt()).isEqualTo(1);
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(runEvents.count(acme(), agent.recordId())).isEqualTo(before + 49);
    }

    @Test
    void badInputIsAProblemNamingTheFieldInTheCallersLanguage() {
        String key = keyOf("acme", ApiKeyScope.INGEST_RUNS);
        Answer notJson = call("POST", "/api/v1/run-events", key, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("type").asText()).endsWith("/malformed-request");

        Answer wrongDate = call("POST", "/api/v1/run-events", key,
                "{\"solution\": \"" + voiceAgent().reference() + "\", \"eventId\": \"x\", \"occurredAt\": \"yesterday\", \"outcome\": \"failed\"}");
        assertThat(wrongDate.status()).isEqualTo(400);
        assertThat(wrongDate.body().get("errors").get(0).get("field").asText()).isEqualTo("occurredAt");

        Answer missing = call("POST", "/api/v1/run-events", key, "{\"solution\": \"" + voiceAgent().reference() + "\"}",
                "Accept-Language", "es-ES,es;q=0.9");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("title").asText()).isEqualTo("Datos no válidos");
        assertThat(missing.body().get("errors").valueStream().map(e -> e.get("field").asText()).toList())
                .contains("eventId", "occurredAt", "outcome");
        assertThat(missing.response().body()).doesNotContain("Exception").doesNotContain("at studio.");

        Answer unknownPath = call("GET", "/api/v1/nothing-here", key, null);
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.header("Content-Type")).startsWith("application/problem+json");
        Answer wrongMethod = call("DELETE", "/api/v1/run-events", key, null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body().get("type").asText()).endsWith("/method-not-allowed");
    }

    @Test
    void theSavingsAreTheDashboardsFiguresAsTheScreenShowsThem() {
        String key = keyOf("acme", ApiKeyScope.READ_SAVINGS);
        Answer answer = call("GET", "/api/v1/savings", key, null);
        assertThat(answer.status()).isEqualTo(200);
        SignIn.as(context, DemoPeople.EVA);
        SavingsDashboard dashboard = outcomes.dashboard(acme());
        TenantFormat format = context.getBean(TenantService.class).find(acme()).orElseThrow().format();
        JsonNode body = answer.body();
        assertThat(body.get("currency").asText()).isEqualTo("EUR");
        BigDecimal money = body.get("moneySavedLastThreeMonths").decimalValue();
        assertThat(money.scale()).as("to the cent").isEqualTo(2);
        assertThat(format.money(money)).as("the screen's text of the API's figure is the screen's text")
                .isEqualTo(format.money(dashboard.moneyLastThreeMonths()));
        assertThat(money).isEqualByComparingTo(dashboard.moneyLastThreeMonths().setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(format.number(body.get("hoursRecoveredLastThreeMonths").decimalValue(), 1))
                .isEqualTo(format.number(dashboard.hoursLastThreeMonths(), 1));
        assertThat(body.get("solutions").size()).isEqualTo(dashboard.solutions().size());
        assertThat(body.get("lastCompleteMonth").asText()).isEqualTo(dashboard.lastCompleteMonth().toString());
        JsonNode agent = body.get("solutions").valueStream().filter(s -> s.get("runs").size() > 0).findFirst().orElseThrow();
        assertThat(agent.get("runs").get(0).get("medianResponseSeconds").decimalValue().scale()).isEqualTo(1);

        Answer one = call("GET", "/api/v1/solutions/" + agent.get("reference").asText().toLowerCase(), key, null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("title").asText()).isEqualTo(agent.get("title").asText());
    }

    @Test
    void aCampaignsAnalysisHasExactlyTheCsvExportsFigures() throws IOException {
        String key = keyOf("acme", ApiKeyScope.READ_ANALYSIS);
        Answer campaigns = call("GET", "/api/v1/campaigns", key, null);
        assertThat(campaigns.status()).isEqualTo(200);
        SignIn.as(context, DemoPeople.CARLA);
        AuditAnalysis analysis = context.getBean(AuditAnalysis.class);
        JsonNode withTasks = null;
        String csv = null;
        for (JsonNode campaign : campaigns.body().valueStream().toList()) {
            csv = analysis.exportCsv(acme(), campaign.get("id").asLong());
            if (csv.lines().count() > 3) {
                withTasks = campaign;
                break;
            }
        }
        assertThat(withTasks).as("a demo campaign with tasks").isNotNull();
        Answer answer = call("GET", "/api/v1/campaigns/" + withTasks.get("id").asLong() + "/analysis", key, null);
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> tasks = answer.body().get("tasks").valueStream().toList();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader().get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(tasks).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord row = rows.get(i);
                JsonNode task = tasks.get(i);
                assertThat(task.get("task").asText()).isEqualTo(row.get("task"));
                assertThat(task.get("minutesTotal").asText()).isEqualTo(row.get("minutes_total"));
                for (String[] figure : new String[][] {{"monthlyHours", "monthly_hours"}, {"suitability", "suitability"},
                        {"automatableHoursPerMonth", "automatable_hours_per_month"}, {"monthlyCost", "monthly_cost"},
                        {"automatableValuePerMonth", "automatable_value_per_month"}, {"minutesPerOccurrence", "minutes_per_occurrence"}}) {
                    assertThat(task.get(figure[0]).decimalValue().toPlainString()).as(row.get("task") + " " + figure[1])
                            .isEqualTo(row.get(figure[1]));
                }
            }
        }
        SignIn.out();

        SignIn.as(context, DemoPeople.CARLA);
        long brightsmileCampaign = context.getBean(AuditCampaigns.class).campaigns(DemoTenants.id(context, "brightsmile")).getFirst().id();
        SignIn.out();
        assertThat(call("GET", "/api/v1/campaigns/" + brightsmileCampaign + "/analysis", key, null).status())
                .as("another tenant's campaign is not found").isEqualTo(404);
        assertThat(call("GET", "/api/v1/campaigns/abc/analysis", key, null).status()).isEqualTo(400);
    }

    @Test
    void timeEntriesComeInBatchesUnderTheImportsRulesAllOrNothing() {
        String key = keyOf("acme", ApiKeyScope.INGEST_TIME, ApiKeyScope.READ_ANALYSIS);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        SignIn.as(context, DemoPeople.CARLA);
        long campaign = context.getBean(AuditCampaigns.class)
                .save(acme(), null, "API " + System.nanoTime(), today.minusDays(10), today.plusDays(10), List.of()).id();
        SignIn.out();
        String day = today.minusDays(1).toString();
        String refused = """
                {"entries": [
                  {"date": "%1$s", "email": "sam@acme.example", "process": "Customer service", "task": "Delivery-time calls", "minutes": 45, "occurrences": 9},
                  {"date": "%1$s", "email": "nobody@acme.example", "process": "Customer service", "task": "Delivery-time calls", "minutes": 30},
                  {"date": "%1$s", "email": "lia@acme.example", "process": "Sales", "task": "Qualify leads", "minutes": 0},
                  {"date": "%1$s", "email": "lia@acme.example", "process": "Sales", "task": "Qualify leads", "minutes": 60, "repetitive": 5, "ruleBased": 4, "predictable": 4}
                ]}""".formatted(day);
        Answer answer = call("POST", "/api/v1/campaigns/" + campaign + "/time-entries", key, refused);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("refused").valueStream().map(item -> item.get("index").asInt()).toList()).containsExactly(1, 2);
        assertThat(call("GET", "/api/v1/campaigns/" + campaign + "/analysis", key, null).body().get("tasks").size())
                .as("nothing of a refused batch is stored").isZero();

        String accepted = refused.replace("nobody@acme.example", "marta@acme.example").replace("\"minutes\": 0", "\"minutes\": 20");
        Answer imported = call("POST", "/api/v1/campaigns/" + campaign + "/time-entries", key, accepted);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.body().get("imported").asInt()).isEqualTo(4);
        List<JsonNode> tasks = call("GET", "/api/v1/campaigns/" + campaign + "/analysis", key, null).body().get("tasks").valueStream().toList();
        assertThat(tasks.stream().mapToLong(t -> t.get("minutesTotal").asLong()).sum()).isEqualTo(45 + 30 + 20 + 60);

        SignIn.as(context, DemoPeople.CARLA);
        long theirs = context.getBean(AuditCampaigns.class).campaigns(DemoTenants.id(context, "brightsmile")).getFirst().id();
        SignIn.out();
        assertThat(call("POST", "/api/v1/campaigns/" + theirs + "/time-entries", key, accepted).status())
                .as("another tenant's campaign is not found").isEqualTo(404);
    }

    /** An administrator belongs to no client: their key still acts as the administrator they are. */
    @Test
    void anAdministratorsKeyReadsTheSavings() {
        SignIn.as(context, DemoPeople.ADMIN);
        String key = keys.create(acme(), "Admin report " + System.nanoTime(), EnumSet.of(ApiKeyScope.READ_SAVINGS)).secret();
        SignIn.out();
        Answer savings = call("GET", "/api/v1/savings", key, null);
        assertThat(savings.status()).as(savings.response().body()).isEqualTo(200);
        assertThat(savings.body().get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void aKeyReachesItsOwnTenantOnly() {
        String brightsmile = keyOf("brightsmile", ApiKeyScope.READ_SAVINGS, ApiKeyScope.INGEST_RUNS);
        Answer savings = call("GET", "/api/v1/savings", brightsmile, null);
        assertThat(savings.status()).isEqualTo(200);
        SignIn.as(context, DemoPeople.CARLA);
        List<String> acmeTitles = outcomes.liveSolutions(acme()).stream().map(LiveSolution::title).toList();
        List<String> brightsmileRefs = outcomes.liveSolutions(DemoTenants.id(context, "brightsmile")).stream()
                .map(LiveSolution::reference).toList();
        SignIn.out();
        assertThat(acmeTitles).isNotEmpty();
        acmeTitles.forEach(title -> assertThat(savings.response().body()).doesNotContain(title));

        // Acme's voice agent's reference means nothing in Brightsmile unless Brightsmile has one of its own.
        String acmeAgent = voiceAgent().reference();
        if (!brightsmileRefs.contains(acmeAgent)) {
            Answer run = call("POST", "/api/v1/run-events", brightsmile, event(acmeAgent, "cross-" + System.nanoTime(), anHourAgo(), "succeeded"));
            assertThat(run.status()).isEqualTo(422);
            assertThat(run.body().get("errors").get(0).get("field").asText()).isEqualTo("solution");
            assertThat(call("GET", "/api/v1/solutions/" + acmeAgent, brightsmile, null).status()).isEqualTo(404);
        }
    }

    @Test
    void aKeyOverItsRateIsToldWhenToComeBack() {
        String key = keyOf("acme", ApiKeyScope.READ_ANALYSIS);
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 40 && limited == 0; i++) {
            Answer answer = call("GET", "/api/v1/nothing-here", key, null);
            if (answer.status() == 429) {
                limited++;
                retryAfter = answer.header("Retry-After");
                assertThat(answer.body().get("type").asText()).endsWith("/rate-limited");
            }
        }
        assertThat(limited).as("a burst of twenty, then one a second: forty calls in a row go over").isEqualTo(1);
        assertThat(Integer.parseInt(retryAfter)).isEqualTo(1);
        String other = keyOf("acme", ApiKeyScope.READ_ANALYSIS);
        assertThat(call("GET", "/api/v1/nothing-here", other, null).status()).as("another key has its own rate").isEqualTo(404);
    }

    /**
     * The README's examples, as written there: the demo key, posting a call of the demo voice
     * agent (with the time the shell's {@code date -Iseconds} would give) and reading the savings.
     */
    @Test
    void theReadmesCallsWorkWithTheDemoKey() throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("KEY=(sw_[A-Za-z0-9]{43})").matcher(readme);
        assertThat(key.find()).as("the README names the demo key").isTrue();
        java.util.regex.Matcher post = java.util.regex.Pattern.compile("/api/v1/run-events .*?-d '(\\{.*?\\})'", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertThat(post.find()).as("the README posts a run event").isTrue();
        String body = post.group(1)
                .replace("'\"$(date +%s)\"'", Long.toString(System.nanoTime()))
                .replace("'\"$(date -Iseconds)\"'", OffsetDateTime.now(ZoneId.of("Europe/Madrid")).withNano(0).toString());
        Answer posted = call("POST", "/api/v1/run-events", key.group(1), body);
        assertThat(posted.status()).as(posted.response().body()).isEqualTo(201);
        Answer savings = call("GET", "/api/v1/savings", key.group(1), null);
        assertThat(savings.status()).isEqualTo(200);
        assertThat(savings.body().get("solutions").valueStream().map(s -> s.get("reference").asText()).toList())
                .contains(voiceAgent().reference());
    }

    @Test
    void theApiDescribesItselfWithoutAKey() {
        Answer description = call("GET", "/api/v1/openapi.json", null, null);
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.body().get("paths").has("/api/v1/run-events")).isTrue();
        assertThat(description.body().get("paths").has("/api/v1/run-events/batch")).isTrue();
        assertThat(description.body().get("paths").has("/api/v1/savings")).isTrue();
        HttpResponse<String> page = call("GET", "/api/docs", null, null).response();
        assertThat(page.statusCode()).isIn(200, 302);
    }

}
