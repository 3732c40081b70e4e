package studio.smartwork.portal.webhooks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.webhooks.EndpointSecret;
import studio.smartwork.portal.webhooks.WebhookDeliveries;
import studio.smartwork.portal.webhooks.WebhookEndpoint;
import studio.smartwork.portal.webhooks.WebhookEndpoints;

/**
 * A client's webhook endpoints: each with its address, what it follows, whether it is on (and
 * if not, why and since when, in words), and what can be done with it. Cards rather than a
 * grid, so that an endpoint reads on a phone as well.
 */
class WebhooksSection extends VerticalLayout {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final TenantId tenant;
    private final TenantFormat format;
    private final Div list = new Div();
    private final Paragraph none = new Paragraph();

    WebhooksSection(WebhookEndpoints endpoints, WebhookDeliveries deliveries, TenantAccess access) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.tenant = access.tenant().id();
        this.format = access.tenant().formatFor(getLocale());
        setPadding(false);
        addClassName("webhooks-section");
        boolean admin = CurrentActor.find().map(a -> a.isAdmin()).orElse(false);
        Button create = new Button(getTranslation("webhooks.new"),
                click -> new NewEndpointDialog(endpoints, tenant, admin, this::created).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setWidthFull();
        list.getElement().setAttribute("aria-label", getTranslation("webhooks.endpoints"));
        none.setText(getTranslation("webhooks.none"));
        add(new H3(getTranslation("webhooks.title")), new Paragraph(getTranslation("webhooks.intro")), create, none, list);
        refresh();
    }

    private void created(EndpointSecret created) {
        refresh();
        new SecretDialog(created, false).open();
    }

    private void refresh() {
        list.removeAll();
        List<WebhookEndpoint> all = endpoints.list(tenant);
        // A list holds list items only: with no endpoint, the sentence saying so stands outside it.
        none.setVisible(all.isEmpty());
        list.setVisible(!all.isEmpty());
        if (all.isEmpty()) {
            list.getElement().removeAttribute("role");
        } else {
            list.getElement().setAttribute("role", "list");
        }
        all.forEach(endpoint -> list.add(card(endpoint)));
    }

    private Component card(WebhookEndpoint endpoint) {
        Span url = new Span(endpoint.url());
        url.getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
        Span follows = new Span(getTranslation("webhooks.follows", endpoint.events().stream()
                .map(e -> getTranslation(e.textKey())).collect(Collectors.joining(", "))));
        Span created = new Span(getTranslation("webhooks.created-by", endpoint.createdBy(), format.dateTime(endpoint.createdAt())));
        Div card = new Div(url, status(endpoint), follows, created);
        if (endpoint.allowPrivateAddresses()) {
            card.add(new Span(getTranslation("webhooks.private-allowed")));
        }
        card.add(actions(endpoint));
        card.getElement().setAttribute("role", "listitem");
        card.addClassName("webhook-endpoint");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.25em").set("padding", "0.75em 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return card;
    }

    /** On, or off with why and since when: in words, never by colour alone. */
    private Span status(WebhookEndpoint endpoint) {
        Span status;
        if (endpoint.isEnabled()) {
            status = new Span(getTranslation("webhooks.status.enabled"));
            status.getElement().getThemeList().add("badge success");
        } else if (endpoint.disabledReason() == WebhookEndpoint.DisabledReason.FAILING) {
            status = new Span(getTranslation("webhooks.disabled.failing", format.dateTime(endpoint.disabledAt())));
            status.getElement().getThemeList().add("badge error");
        } else {
            status = new Span(getTranslation("webhooks.disabled.by-hand", format.dateTime(endpoint.disabledAt()), endpoint.disabledBy()));
            status.getElement().getThemeList().add("badge contrast");
        }
        status.addClassName("webhook-status");
        status.getStyle().set("white-space", "normal").set("align-self", "flex-start");
        return status;
    }

    private FlexLayout actions(WebhookEndpoint endpoint) {
        Button log = small(getTranslation("webhooks.log"), getTranslation("webhooks.log.aria", endpoint.url()),
                () -> new DeliveryLogDialog(deliveries, tenant, endpoint, format).open());
        FlexLayout actions = new FlexLayout(log);
        if (endpoint.isEnabled()) {
            actions.add(small(getTranslation("webhooks.send-test"), getTranslation("webhooks.send-test.aria", endpoint.url()), () -> {
                if (UserFacingErrors.attempt(() -> deliveries.sendTest(tenant, endpoint.id()))) {
                    Notifications.success(getTranslation("webhooks.test-sent", endpoint.url()));
                }
            }));
            actions.add(small(getTranslation("webhooks.disable"), null, () -> {
                if (UserFacingErrors.attempt(() -> endpoints.disable(tenant, endpoint.id()))) {
                    Notifications.success(getTranslation("webhooks.disabled-now", endpoint.url()));
                }
                refresh();
            }));
        } else {
            actions.add(small(getTranslation("webhooks.enable"), null, () -> {
                if (UserFacingErrors.attempt(() -> endpoints.enable(tenant, endpoint.id()))) {
                    Notifications.success(getTranslation("webhooks.enabled-now", endpoint.url()));
                }
                refresh();
            }));
        }
        actions.add(small(getTranslation("webhooks.rotate"), null, () -> confirm(getTranslation("webhooks.rotate.title", endpoint.url()),
                getTranslation("webhooks.rotate.text"), getTranslation("webhooks.rotate.confirm"), false,
                () -> UserFacingErrors.attemptToGet(() -> endpoints.rotateSecret(tenant, endpoint.id()))
                        .ifPresent(rotated -> new SecretDialog(rotated, true).open()))));
        Button delete = small(getTranslation("webhooks.delete"), null, () -> confirm(getTranslation("webhooks.delete.title", endpoint.url()),
                getTranslation("webhooks.delete.text"), getTranslation("webhooks.delete.confirm"), true, () -> {
                    if (UserFacingErrors.attempt(() -> endpoints.delete(tenant, endpoint.id()))) {
                        Notifications.success(getTranslation("webhooks.deleted", endpoint.url()));
                    }
                    refresh();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(delete);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "0.25em");
        return actions;
    }

    private static Button small(String text, @Nullable String ariaLabel, Runnable action) {
        Button button = new Button(text, click -> action.run());
        if (ariaLabel != null) {
            button.setAriaLabel(ariaLabel);
        }
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void confirm(String title, String text, String confirmText, boolean destructive, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(title, text, confirmText, event -> action.run());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("webhooks.cancel"));
        if (destructive) {
            confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        }
        confirm.open();
    }
}
