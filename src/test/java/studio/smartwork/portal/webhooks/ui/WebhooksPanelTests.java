package studio.smartwork.portal.webhooks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.webhooks.WebhookDelivery;
import studio.smartwork.portal.webhooks.WebhookEndpoint;
import studio.smartwork.portal.webhooks.WebhookEndpoints;
import studio.smartwork.portal.webhooks.WebhookEvent;

class WebhooksPanelTests extends KaribuTests {

    @Test
    @SuppressWarnings("unchecked")
    void evaOfAcmeReadsWebhooksInSpanishAndALocalAddressIsRefusedOnItsField() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/integrations");
        _get(H3.class, spec -> spec.withText("Webhooks"));
        _click(_get(Button.class, spec -> spec.withText("Nuevo endpoint")));
        Dialog dialog = _get(Dialog.class);
        assertThat(_find(dialog, Checkbox.class, spec -> spec.withLabel(Texts.t("webhooks.new.allow-private"))))
                .as("only administrators allow private addresses").isEmpty();
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Dirección (URL)")), "http://localhost:8080/hook");
        CheckboxGroup<WebhookEvent> events = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Eventos que se envían"));
        assertThat(events.getItemLabelGenerator().apply(WebhookEvent.DESIGN_RECORD_APPROVED)).isEqualTo("Registro de diseño aprobado");
        _setValue(events, EnumSet.of(WebhookEvent.DESIGN_RECORD_APPROVED));
        _click(_get(dialog, Button.class, spec -> spec.withText("Crear endpoint")));
        TextField url = _get(dialog, TextField.class, spec -> spec.withLabel("Dirección (URL)"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).startsWith("El servidor localhost es una dirección privada o local (");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsAnEndpointAndAConsultantSendsATestReadsTheLogAndTurnsItOff() throws Exception {
        FreshClient client = FreshClient.withPeople(context, "Hooks page");
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            signIn(DemoPeople.ADMIN);
            navigate("t/" + client.slug() + "/integrations");
            _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(Texts.t("webhooks.none")));
            _click(_get(Button.class, spec -> spec.withText(Texts.t("webhooks.new"))));
            Dialog dialog = _get(Dialog.class);
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("webhooks.new.url"))), url);
            _setValue(_get(dialog, CheckboxGroup.class, spec -> spec.withLabel(Texts.t("webhooks.new.events"))),
                    EnumSet.of(WebhookEvent.CAMPAIGN_CLOSED));
            _setValue(_get(dialog, Checkbox.class, spec -> spec.withLabel(Texts.t("webhooks.new.allow-private"))), true);
            _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("webhooks.new.create"))));
            Dialog shown = _get(Dialog.class);
            TextField secret = _get(shown, TextField.class, spec -> spec.withLabel(Texts.t("webhooks.secret.label", url)));
            assertThat(secret.getValue()).startsWith("whsec_");
            assertThat(secret.isReadOnly()).isTrue();
            _click(_get(shown, Button.class, spec -> spec.withText(Texts.t("webhooks.secret.done"))));

            newBrowserSession();
            signIn(client.consultant());
            navigate("t/" + client.slug() + "/integrations");
            _get(Span.class, spec -> spec.withText(url));
            _get(Span.class, spec -> spec.withText(Texts.t("webhooks.private-allowed")));
            _get(Span.class, spec -> spec.withText(Texts.t("webhooks.status.enabled")));
            _click(_get(Button.class, spec -> spec.withText(Texts.t("webhooks.send-test"))));
            Instant until = Instant.now().plus(Duration.ofSeconds(20));
            WebhookEndpoint endpoint = context.getBean(WebhookEndpoints.class).list(client.id()).getFirst();
            while (context.getBean(studio.smartwork.portal.webhooks.WebhookDeliveries.class).deliveries(client.id(), endpoint.id())
                    .stream().noneMatch(d -> d.state() == WebhookDelivery.State.DELIVERED) && Instant.now().isBefore(until)) {
                Thread.sleep(100);
            }
            assertThat(calls.get()).isEqualTo(1);

            _click(_get(Button.class, spec -> spec.withText(Texts.t("webhooks.log"))));
            Dialog log = _get(Dialog.class);
            Grid<WebhookDelivery> grid = _get(log, Grid.class);
            assertThat(GridKt._getCellComponent(grid, 0, "event").getElement().getTextRecursively()).contains(Texts.t("webhooks.event.test"));
            assertThat(GridKt._getCellComponent(grid, 0, "state").getElement().getTextRecursively())
                    .contains(Texts.t("webhooks.state.delivered"));
            assertThat(GridKt._getCellComponent(grid, 0, "answer").getElement().getTextRecursively()).contains("HTTP 204");
            _click(_get(GridKt._getCellComponent(grid, 0, "state"), Button.class, spec -> spec.withText(Texts.t("webhooks.log.send-again"))));
            _click(_get(log, Button.class, spec -> spec.withText(Texts.t("webhooks.log.close"))));

            _click(_get(Button.class, spec -> spec.withText(Texts.t("webhooks.disable"))));
            assertThat(_find(Button.class, spec -> spec.withText(Texts.t("webhooks.enable")))).hasSize(1);
            List<Span> status = _find(Span.class, spec -> spec.withClasses("webhook-status"));
            assertThat(status).singleElement().satisfies(s -> assertThat(s.getText()).contains("Jo Consultant"));
            assertThat(_find(Button.class, spec -> spec.withText(Texts.t("webhooks.send-test")))).isEmpty();
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void staffFindNoWebhooks() {
        signIn(DemoPeople.JOE);
        navigate("t/brightsmile/integrations");
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")))).hasSize(1);
        assertThat(_find(H3.class, spec -> spec.withText(Texts.t("webhooks.title")))).isEmpty();
    }
}
