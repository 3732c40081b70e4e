package studio.smartwork.portal.webhooks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.webhooks.EndpointSecret;
import studio.smartwork.portal.webhooks.WebhookEndpoints;
import studio.smartwork.portal.webhooks.WebhookEvent;

/** The address and the events of a new endpoint; an administrator may also allow private addresses. */
class NewEndpointDialog extends Dialog {

    NewEndpointDialog(WebhookEndpoints endpoints, TenantId tenant, boolean admin, Consumer<EndpointSecret> afterCreate) {
        setHeaderTitle(getTranslation("webhooks.new.title"));
        setWidth("100%");
        setMaxWidth("40rem");
        TextField url = new TextField(getTranslation("webhooks.new.url"));
        url.setHelperText(getTranslation("webhooks.new.url-helper"));
        url.setRequired(true);
        url.setMaxLength(WebhookEndpoints.URL_MAX);
        url.setWidthFull();
        CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>(getTranslation("webhooks.new.events"));
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(event -> getTranslation(event.textKey()));
        events.addThemeName("vertical");
        events.setRequired(true);
        Checkbox allowPrivate = new Checkbox(getTranslation("webhooks.new.allow-private"));
        allowPrivate.setVisible(admin);
        Button create = new Button(getTranslation("webhooks.new.create"), click ->
                FieldErrors.attempt(Map.of(WebhookEndpoints.FIELD_URL, url, WebhookEndpoints.FIELD_EVENTS, events), () -> {
                    EndpointSecret created = endpoints.create(tenant, url.getValue(), events.getValue(), allowPrivate.getValue());
                    close();
                    afterCreate.accept(created);
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("webhooks.cancel"), click -> close());
        VerticalLayout content = new VerticalLayout(url, events, allowPrivate);
        content.setPadding(false);
        add(content);
        getFooter().add(cancel, create);
        url.focus();
    }
}
