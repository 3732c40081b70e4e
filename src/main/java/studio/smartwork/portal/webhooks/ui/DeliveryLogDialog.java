package studio.smartwork.portal.webhooks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.webhooks.WebhookDeliveries;
import studio.smartwork.portal.webhooks.WebhookDelivery;
import studio.smartwork.portal.webhooks.WebhookEndpoint;
import studio.smartwork.portal.webhooks.WebhookEvent;

/**
 * An endpoint's latest messages: the event, when, how many attempts, the last answer and how
 * long it took, the problem in words, the state, and sending one again.
 */
class DeliveryLogDialog extends Dialog {

    private final WebhookDeliveries deliveries;
    private final TenantId tenant;
    private final WebhookEndpoint endpoint;
    private final TenantFormat format;
    private final Grid<WebhookDelivery> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    DeliveryLogDialog(WebhookDeliveries deliveries, TenantId tenant, WebhookEndpoint endpoint, TenantFormat format) {
        this.deliveries = deliveries;
        this.tenant = tenant;
        this.endpoint = endpoint;
        this.format = format;
        setHeaderTitle(getTranslation("webhooks.log.title", endpoint.url()));
        setWidth("100%");
        setMaxWidth("60rem");
        empty.setText(getTranslation("webhooks.log.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("webhooks.log.title", endpoint.url()));
        grid.addComponentColumn(this::eventCell).setHeader(getTranslation("webhooks.log.event")).setKey("event").setFlexGrow(2);
        grid.addComponentColumn(this::answerCell).setHeader(getTranslation("webhooks.log.answer")).setKey("answer").setFlexGrow(2);
        grid.addComponentColumn(this::stateCell).setHeader(getTranslation("webhooks.log.state")).setKey("state").setFlexGrow(1);
        Button close = new Button(getTranslation("webhooks.log.close"), click -> close());
        add(new Paragraph(getTranslation("webhooks.log.kept", WebhookDeliveries.LOG_LENGTH)), empty, grid);
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        List<WebhookDelivery> found = deliveries.deliveries(tenant, endpoint.id());
        grid.setItems(found);
        // The log keeps its newest deliveries only: all of them in the dialog while few, scrolling beyond.
        GridPages.fitting(grid, found.size());
        grid.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
    }

    private Component eventCell(WebhookDelivery delivery) {
        String event = WebhookEvent.ofType(delivery.eventType()).map(e -> getTranslation(e.textKey()))
                .orElseGet(() -> getTranslation("webhooks.event.test"));
        Span name = new Span(event);
        name.getStyle().set("font-weight", "600");
        Span id = new Span(delivery.messageId());
        id.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-size", "var(--lumo-font-size-s)");
        return lines(name, new Span(format.dateTime(delivery.createdAt())), id);
    }

    private Component answerCell(WebhookDelivery delivery) {
        Div cell = lines(new Span(getTranslation("webhooks.log.attempts") + ": " + delivery.attempts()));
        if (delivery.lastProblem() != null) {
            cell.add(new Span(getTranslation(delivery.lastProblem().textKey(), delivery.lastStatus())));
        } else if (delivery.lastStatus() != null) {
            cell.add(new Span(getTranslation("webhooks.log.status", delivery.lastStatus())));
        }
        if (delivery.lastResponseMs() != null && delivery.lastAttemptAt() != null) {
            cell.add(new Span(format.dateTime(delivery.lastAttemptAt()) + " · "
                    + getTranslation("webhooks.log.response-time", delivery.lastResponseMs())));
        }
        return cell;
    }

    private Component stateCell(WebhookDelivery delivery) {
        Span state = new Span(getTranslation(delivery.state().textKey()));
        state.getElement().getThemeList().add(switch (delivery.state()) {
            case DELIVERED -> "badge success";
            case GAVE_UP -> "badge error";
            default -> "badge contrast";
        });
        Div cell = lines(state);
        if (delivery.nextAttemptAt() != null && delivery.state() == WebhookDelivery.State.FAILED) {
            cell.add(new Span(getTranslation("webhooks.log.next", format.dateTime(delivery.nextAttemptAt()))));
        }
        if (endpoint.isEnabled()) {
            Button again = new Button(getTranslation("webhooks.log.send-again"), click -> {
                if (UserFacingErrors.attempt(() -> deliveries.sendAgain(tenant, delivery.id()))) {
                    Notifications.success(getTranslation("webhooks.sent-again", delivery.messageId()));
                }
                refresh();
            });
            again.setAriaLabel(getTranslation("webhooks.log.send-again.aria", delivery.messageId()));
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            cell.add(again);
        }
        return cell;
    }

    private static Div lines(Component... parts) {
        Div cell = new Div(parts);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start").set("gap", "0.15em");
        return cell;
    }
}
