package studio.smartwork.portal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.webhooks.internal.AddressPolicy;
import studio.smartwork.portal.webhooks.internal.WebhookSender;

/** Who manages endpoints, which addresses they may call, and that another tenant's endpoints and messages are not found. */
@SpringBootTest
class WebhookEndpointsTests {

    private static final Set<WebhookEvent> APPROVALS = EnumSet.of(WebhookEvent.DESIGN_RECORD_APPROVED);

    @Autowired
    ApplicationContext context;
    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    WebhookSender sender;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static String refusedUrl(Runnable attempt) {
        try {
            attempt.run();
        } catch (InvalidInputException e) {
            return e.problems().get(WebhookEndpoints.FIELD_URL).key();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void addressesOfThePortalsOwnNetworksAreRefusedUnlessAnAdministratorAllowsThem() {
        FreshClient client = FreshClient.withPeople(context, "Hooks ssrf");
        SignIn.as(context, client.executive());
        for (String url : new String[] {"http://127.0.0.1:8080/hook", "https://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data/",
                "http://localhost:8080/hook", "http://[::1]/hook", "http://100.64.0.7/", "http://192.168.1.20/", "http://172.16.0.1/",
                "http://0.0.0.0/", "http://[fd00:ec2::254]/", "http://[::ffff:127.0.0.1]/"}) {
            assertThat(refusedUrl(() -> endpoints.create(client.id(), url, APPROVALS, false))).as(url)
                    .isEqualTo("webhooks.refusal.url-private");
        }
        assertThat(refusedUrl(() -> endpoints.create(client.id(), "ftp://example.org/hook", APPROVALS, false)))
                .isEqualTo("webhooks.refusal.url-scheme");
        assertThat(refusedUrl(() -> endpoints.create(client.id(), "https://user:pw@example.org/hook", APPROVALS, false)))
                .isEqualTo("webhooks.refusal.url-credentials");
        assertThat(refusedUrl(() -> endpoints.create(client.id(), "not a url", APPROVALS, false))).isIn("webhooks.refusal.url-invalid",
                "webhooks.refusal.url-scheme");
        assertThat(refusedUrl(() -> endpoints.create(client.id(), " ", APPROVALS, false))).isEqualTo("webhooks.refusal.url-required");
        assertThatThrownBy(() -> endpoints.create(client.id(), "https://10.1.2.3/hook", APPROVALS, true))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("webhooks.refusal.private-admin-only"));
        SignIn.as(context, client.consultant());
        assertThatThrownBy(() -> endpoints.create(client.id(), "http://127.0.0.1/hook", APPROVALS, true))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> endpoints.create(client.id(), "https://hooks.example/x", Set.of(), false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(WebhookEndpoints.FIELD_EVENTS).key()).isEqualTo("webhooks.refusal.events-required"));

        // An administrator allows it; an executive who moves the endpoint elsewhere loses the allowance.
        SignIn.as(context, DemoPeople.ADMIN);
        EndpointSecret allowed = endpoints.create(client.id(), "http://127.0.0.1:9/hook", APPROVALS, true);
        assertThat(allowed.endpoint().allowPrivateAddresses()).isTrue();
        assertThat(allowed.secret()).startsWith("whsec_");
        assertThat(allowed.toString()).doesNotContain(allowed.secret());
        SignIn.as(context, client.executive());
        assertThat(endpoints.change(client.id(), allowed.endpoint().id(), "http://127.0.0.1:9/hook", APPROVALS, true)
                .allowPrivateAddresses()).isTrue();
        assertThat(refusedUrl(() -> endpoints.change(client.id(), allowed.endpoint().id(), "http://169.254.169.254/", APPROVALS, false)))
                .isEqualTo("webhooks.refusal.url-private");
        assertThatThrownBy(() -> endpoints.change(client.id(), allowed.endpoint().id(), "http://169.254.169.254/", APPROVALS, true))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void atDeliveryTheAddressIsCheckedAgainAndAPrivateOneIsNotCalled() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.accept();
            WebhookSender.Result refused = sender.send(new WebhookSender.Call(receiver.url(), false, "msg_abcdefghijklmnopqrstuvwxyz0",
                    "{}", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", null));
            assertThat(refused.problem()).isEqualTo(WebhookDelivery.Problem.PRIVATE_ADDRESS);
            assertThat(receiver.calls()).isEmpty();
            WebhookSender.Result allowed = sender.send(new WebhookSender.Call(receiver.url(), true, "msg_abcdefghijklmnopqrstuvwxyz0",
                    "{}", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", null));
            assertThat(allowed.delivered()).isTrue();
            assertThat(receiver.calls()).hasSize(1);
        }
        for (String address : new String[] {"127.0.0.1", "10.0.0.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "172.31.255.1",
                "192.168.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254",
                "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe"}) {
            assertThat(AddressPolicy.isRefused(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : new String[] {"8.8.8.8", "100.128.0.1", "172.32.0.1", "1.1.1.1", "2001:4860:4860::8888"}) {
            assertThat(AddressPolicy.isRefused(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void staffDoNotKnowOfEndpointsAndAnotherTenantsAreNotFound() {
        FreshClient owner = FreshClient.withPeople(context, "Hooks owner");
        FreshClient other = FreshClient.withPeople(context, "Hooks other");
        SignIn.as(context, DemoPeople.ADMIN);
        long endpoint = endpoints.create(owner.id(), "http://127.0.0.1:9/hook", APPROVALS, true).endpoint().id();
        SignIn.as(context, owner.executive());
        long delivery = deliveries.sendTest(owner.id(), endpoint).id();

        SignIn.as(context, owner.staff());
        assertThatThrownBy(() -> endpoints.list(owner.id())).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.reason().key()).isEqualTo("webhooks.refusal.not-allowed"));
        assertThatThrownBy(() -> deliveries.deliveries(owner.id(), endpoint)).isInstanceOf(NotAllowedException.class);

        SignIn.as(context, other.executive());
        assertThat(endpoints.list(other.id())).isEmpty();
        assertThatThrownBy(() -> endpoints.list(owner.id())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> deliveries.deliveries(other.id(), endpoint)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> deliveries.sendTest(other.id(), endpoint)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> deliveries.sendAgain(other.id(), delivery)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> endpoints.rotateSecret(other.id(), endpoint)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> endpoints.disable(other.id(), endpoint)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> endpoints.enable(other.id(), endpoint)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> endpoints.delete(other.id(), endpoint)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> endpoints.change(other.id(), endpoint, "https://hooks.example/x", APPROVALS, false))
                .isInstanceOf(TenantNotFoundException.class);

        SignIn.as(context, owner.executive());
        assertThat(endpoints.list(owner.id())).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo(endpoint));
        String rotated = endpoints.rotateSecret(owner.id(), endpoint).secret();
        assertThat(rotated).startsWith("whsec_");
        endpoints.delete(owner.id(), endpoint);
        assertThat(endpoints.list(owner.id())).isEmpty();
    }
}
