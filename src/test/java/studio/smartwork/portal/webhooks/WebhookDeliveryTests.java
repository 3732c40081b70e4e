package studio.smartwork.portal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.CampaignClosed;
import studio.smartwork.portal.design.DesignRecordLifecycleTestsContent;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.webhooks.WebhookEndpoint.DisabledReason;
import studio.smartwork.portal.webhooks.internal.Signatures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks against a real HTTP receiver on this machine, with the schedule of the tests'
 * settings (waits of 0.3, 0.6 and 1 s, giving up after 5 s) instead of a day. The receiver is
 * on the loopback address, so an administrator allows private addresses on its endpoints.
 */
@SpringBootTest
class WebhookDeliveryTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApplicationContext context;
    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Verifies a Standard Webhooks signature without the portal's signing code: the receiver's side. */
    static boolean signedWith(String secret, Receiver.Call call) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((call.id() + "." + call.timestamp() + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        return List.of(call.signature().split(" ")).contains(expected);
    }

    private EndpointSecret endpointFor(FreshClient client, Receiver receiver, WebhookEvent... events) {
        SignIn.as(context, DemoPeople.ADMIN);
        return endpoints.create(client.id(), receiver.url(), EnumSet.of(events[0], events), true);
    }

    @Test
    void theSignatureIsStandardWebhooksOwnExample() {
        // The example of the Standard Webhooks specification: secret, id, timestamp and payload, and the signature it gives.
        assertThat(Signatures.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(Signatures.newSecret()).matches("whsec_[A-Za-z0-9+/]{43}=")
                .satisfies(s -> assertThat(Base64.getDecoder().decode(s.substring(6))).hasSize(32));
    }

    @Test
    void aReceiverDownForAWhileGetsEveryEventOnceAfterwardsSignedAndOfTheRightType() throws Exception {
        FreshClient client = FreshClient.withPeople(context, "Hooks down");
        try (Receiver receiver = new Receiver()) {
            receiver.refuseUntil(Instant.now().plusSeconds(2));
            EndpointSecret endpoint = endpointFor(client, receiver, WebhookEvent.values());
            TenantId tenant = client.id();

            // Real service calls: a record sent back, submitted again, approved and put live; a campaign closed; values that
            // resolve the "no data" alert, raise "missed target" and resolve it again.
            SignIn.as(context, client.consultant());
            DesignRecords designs = context.getBean(DesignRecords.class);
            DesignReviews reviews = context.getBean(DesignReviews.class);
            DesignRecordSummary record = designs.create(tenant, "Hooked voice agent", List.of());
            designs.saveContent(tenant, record.number(), 1, DesignRecordLifecycleTestsContent.complete("Hooked voice agent"));
            reviews.submit(tenant, record.number());
            SignIn.as(context, client.executive());
            reviews.requestChanges(tenant, record.number(), 2, "Say who takes the hard calls");
            SignIn.as(context, client.consultant());
            designs.saveContent(tenant, record.number(), 2, DesignRecordLifecycleTestsContent.complete("Hooked voice agent with people"));
            reviews.submit(tenant, record.number());
            SignIn.as(context, client.executive());
            reviews.approve(tenant, record.number(), 3, "");
            SignIn.as(context, client.consultant());
            SolutionDelivery delivery = context.getBean(SolutionDelivery.class);
            delivery.startBuild(tenant, record.number());
            YearMonth thisMonth = YearMonth.now(FreshClient.DUBLIN);
            delivery.goLive(tenant, record.number(), thisMonth.minusMonths(3));
            AuditCampaigns campaigns = context.getBean(AuditCampaigns.class);
            LocalDate today = LocalDate.now(FreshClient.DUBLIN);
            long campaign = campaigns.save(tenant, null, "Hooked audit", today.minusDays(10), today.minusDays(1), List.of()).id();
            campaigns.setOpen(tenant, campaign, false);
            OutcomeService outcomes = context.getBean(OutcomeService.class);
            LiveSolution solution = outcomes.liveSolutions(tenant).getFirst();
            long kpi = solution.kpis().getFirst().id();   // minutes per call, lower is better, target 1
            outcomes.recordMeasurement(tenant, kpi, thisMonth.minusMonths(1).atDay(1), new BigDecimal("3"));   // no data → resolved
            outcomes.recordMeasurement(tenant, kpi, thisMonth.minusMonths(2).atDay(1), new BigDecimal("3.5")); // missed twice → raised
            outcomes.recordMeasurement(tenant, kpi, thisMonth.minusMonths(1).atDay(1), new BigDecimal("0.5")); // met → resolved

            Map<String, Long> expected = Map.of("design_record.submitted", 2L, "design_record.changes_requested", 1L,
                    "design_record.approved", 1L, "design_record.live", 1L, "campaign.closed", 1L, "measurement.recorded", 3L,
                    "kpi_alert.resolved", 2L, "kpi_alert.raised", 2L);   // "no data" is raised when it goes live, without data
            long total = expected.values().stream().mapToLong(Long::longValue).sum();
            waitFor(() -> receiver.accepted().size() >= total);
            Thread.sleep(1500);   // anything sent twice would arrive meanwhile

            List<Receiver.Call> accepted = receiver.accepted();
            assertThat(accepted).hasSize((int) total);
            assertThat(accepted.stream().map(Receiver.Call::id).distinct()).hasSize((int) total);
            assertThat(receiver.calls()).as("the receiver refused the first calls, which were tried again")
                    .anyMatch(c -> c.answered() == 503);
            for (Receiver.Call call : receiver.calls()) {
                assertThat(signedWith(endpoint.secret(), call)).as("signature of " + call.id()).isTrue();
                assertThat(call.id()).matches("msg_[A-Za-z0-9]{27}");
            }
            Map<String, Long> types = accepted.stream().map(c -> json.readTree(c.body()).get("type").asString())
                    .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            assertThat(types).isEqualTo(expected);

            JsonNode approved = accepted.stream().map(c -> json.readTree(c.body()))
                    .filter(n -> n.get("type").asString().equals("design_record.approved")).findFirst().orElseThrow();
            assertThat(approved.get("data").get("tenant").asString()).isEqualTo(client.slug());
            assertThat(approved.get("data").get("reference").asString()).isEqualTo(record.reference());
            assertThat(approved.get("data").get("revision").asInt()).isEqualTo(3);
            assertThat(approved.get("data").get("url").asString()).endsWith("/t/" + client.slug() + "/designs/" + record.number());
            assertThat(Instant.parse(approved.get("timestamp").asString())).isBefore(Instant.now());
            List<String> alerts = accepted.stream().map(c -> json.readTree(c.body())).filter(n -> n.get("type").asString().startsWith("kpi_alert"))
                    .map(n -> n.get("type").asString() + ":" + n.get("data").get("alert").asString()).toList();
            assertThat(alerts).containsExactlyInAnyOrder("kpi_alert.raised:no_data", "kpi_alert.resolved:no_data", "kpi_alert.raised:missed_target",
                    "kpi_alert.resolved:missed_target");

            SignIn.as(context, client.executive());
            List<WebhookDelivery> log = deliveries.deliveries(tenant, endpoint.endpoint().id());
            assertThat(log).hasSize((int) total).allMatch(d -> d.state() == WebhookDelivery.State.DELIVERED && d.lastStatus() == 200);
            assertThat(log).anyMatch(d -> d.attempts() > 1);
        }
    }

    /** Down as a receiver is when its host is: nothing listens at the address, every attempt's connection is refused. */
    @Test
    void aReceiverThatDoesNotAnswerAtAllGetsItsDeliveriesOnceWhenItIsBack() throws Exception {
        FreshClient client = FreshClient.withPeople(context, "Hooks gone");
        Receiver gone = new Receiver();
        int port = gone.port();
        EndpointSecret endpoint = endpointFor(client, gone, WebhookEvent.CAMPAIGN_CLOSED);
        gone.close();

        SignIn.as(context, client.consultant());
        AuditCampaigns campaigns = context.getBean(AuditCampaigns.class);
        LocalDate today = LocalDate.now(FreshClient.DUBLIN);
        for (String name : List.of("First gone audit", "Second gone audit")) {
            long campaign = campaigns.save(client.id(), null, name, today.minusDays(10), today.minusDays(1), List.of()).id();
            campaigns.setOpen(client.id(), campaign, false);
        }
        SignIn.as(context, client.executive());
        waitFor(() -> deliveries.deliveries(client.id(), endpoint.endpoint().id()).stream().allMatch(d -> d.attempts() >= 2));
        assertThat(deliveries.deliveries(client.id(), endpoint.endpoint().id())).hasSize(2)
                .allMatch(d -> d.state() != WebhookDelivery.State.DELIVERED);

        try (Receiver back = new Receiver(port)) {
            back.accept();
            waitFor(() -> back.accepted().size() >= 2);
            Thread.sleep(1500);   // anything sent twice would arrive meanwhile
            assertThat(back.accepted()).hasSize(2);
            assertThat(back.accepted().stream().map(Receiver.Call::id).distinct()).hasSize(2);
            SignIn.as(context, client.executive());
            assertThat(deliveries.deliveries(client.id(), endpoint.endpoint().id()))
                    .allMatch(d -> d.state() == WebhookDelivery.State.DELIVERED && d.lastStatus() == 200);
        }
    }

    @Test
    void aDayOfFailuresTurnsTheEndpointOffAndTellsTheTenantAndTurningItOnSendsWhatWaited() throws Exception {
        FreshClient client = FreshClient.withPeople(context, "Hooks off");
        try (Receiver receiver = new Receiver()) {
            EndpointSecret endpoint = endpointFor(client, receiver, WebhookEvent.CAMPAIGN_CLOSED);
            long id = endpoint.endpoint().id();
            SignIn.as(context, client.executive());
            WebhookDelivery test = deliveries.sendTest(client.id(), id);
            assertThat(test.eventType()).isEqualTo(WebhookEvent.TEST_TYPE);

            waitFor(() -> !endpointNow(client, id).isEnabled());
            WebhookEndpoint off = endpointNow(client, id);
            assertThat(off.disabledReason()).isEqualTo(DisabledReason.FAILING);
            assertThat(off.disabledBy()).isNull();
            assertThat(context.getBean(ActivityLog.class).recent(client.id(), 10)).anyMatch(e -> e.message() != null
                    && e.message().key().equals("webhooks.activity.turned-off-failing") && e.message().args().contains(receiver.url()));
            WebhookDelivery gaveUp = deliveries.deliveries(client.id(), id).getFirst();
            assertThat(gaveUp.state()).isEqualTo(WebhookDelivery.State.GAVE_UP);
            assertThat(gaveUp.attempts()).isGreaterThanOrEqualTo(4);
            assertThat(gaveUp.lastStatus()).isEqualTo(503);
            assertThat(gaveUp.lastProblem()).isEqualTo(WebhookDelivery.Problem.STATUS);
            assertThatThrownBy(() -> deliveries.sendTest(client.id(), id)).isInstanceOfSatisfying(NotAllowedException.class,
                    e -> assertThat(e.reason().key()).isEqualTo("webhooks.refusal.endpoint-off"));

            // While it is off, a campaign closes: the message waits, nothing is called.
            int callsWhileOff = receiver.calls().size();
            SignIn.as(context, client.consultant());
            AuditCampaigns campaigns = context.getBean(AuditCampaigns.class);
            LocalDate today = LocalDate.now(FreshClient.DUBLIN);
            long campaign = campaigns.save(client.id(), null, "Waiting audit", today.minusDays(5), today.minusDays(1), List.of()).id();
            campaigns.setOpen(client.id(), campaign, false);
            Thread.sleep(1000);
            assertThat(receiver.calls()).hasSize(callsWhileOff);
            SignIn.as(context, client.executive());
            assertThat(deliveries.deliveries(client.id(), id).getFirst())
                    .satisfies(d -> assertThat(d.eventType()).isEqualTo("campaign.closed"))
                    .satisfies(d -> assertThat(d.state()).isEqualTo(WebhookDelivery.State.PENDING));

            receiver.accept();
            assertThat(endpoints.enable(client.id(), id).isEnabled()).isTrue();
            waitFor(() -> receiver.accepted().size() >= 2);
            assertThat(receiver.accepted().stream().map(c -> json.readTree(c.body()).get("type").asString()))
                    .containsExactlyInAnyOrder(WebhookEvent.TEST_TYPE, "campaign.closed");
            waitFor(() -> deliveries.deliveries(client.id(), id).stream().allMatch(d -> d.state() == WebhookDelivery.State.DELIVERED));

            // Sending again is a new attempt of the same message.
            String firstId = receiver.accepted().getFirst().id();
            WebhookDelivery again = deliveries.deliveries(client.id(), id).stream()
                    .filter(d -> d.messageId().equals(firstId)).findFirst().orElseThrow();
            deliveries.sendAgain(client.id(), again.id());
            waitFor(() -> receiver.accepted().size() >= 3);
            assertThat(receiver.accepted().get(2).id()).isEqualTo(firstId);
        }
    }

    @Test
    void workThatRollsBackLeavesNoDeliveryAndNoJob() throws Exception {
        FreshClient client = FreshClient.withPeople(context, "Hooks rollback");
        try (Receiver receiver = new Receiver()) {
            receiver.accept();
            long id = endpointFor(client, receiver, WebhookEvent.CAMPAIGN_CLOSED).endpoint().id();
            SignIn.as(context, client.consultant());
            ApplicationEventPublisher events = context;
            assertThatThrownBy(() -> tenantScope.write(client.id(), session -> {
                events.publishEvent(new CampaignClosed(client.id(), 1, "Rolled back", Instant.now()));
                throw new IllegalStateException("the change fails after its event");
            })).hasMessageContaining("fails after");
            JdbcClient jdbc = JdbcClient.create(dataSource);
            assertThat(tenantScope.asSystem(client.id(), () -> jdbc.sql("select count(*) from webhook_delivery where endpoint_id = :e")
                    .param("e", id).query(Long.class).single())).isZero();
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'webhook-delivery' and task_instance like :t")
                    .param("t", client.id().value() + "-%").query(Long.class).single()).isZero();

            // The same event in work that is kept: one delivery and its job, and the call.
            tenantScope.write(client.id(), session -> {
                events.publishEvent(new CampaignClosed(client.id(), 1, "Kept", Instant.now()));
                return null;
            });
            waitFor(() -> receiver.accepted().size() == 1);
            assertThat(json.readTree(receiver.accepted().getFirst().body()).get("data").get("name").asString()).isEqualTo("Kept");
        }
    }

    private WebhookEndpoint endpointNow(FreshClient client, long id) {
        SignIn.as(context, client.executive());
        return endpoints.list(client.id()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not reached within " + PATIENCE);
            }
            Thread.sleep(100);
        }
    }
}
