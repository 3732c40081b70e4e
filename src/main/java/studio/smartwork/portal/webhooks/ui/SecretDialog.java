package studio.smartwork.portal.webhooks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import studio.smartwork.portal.webhooks.EndpointSecret;

/** The signing secret at the only moment it is shown: just after creating the endpoint or rotating its secret. */
class SecretDialog extends Dialog {

    SecretDialog(EndpointSecret secret, boolean rotated) {
        setHeaderTitle(getTranslation("webhooks.secret.title"));
        setWidth("100%");
        setMaxWidth("40rem");
        TextField field = new TextField(getTranslation("webhooks.secret.label", secret.endpoint().url()));
        field.setValue(secret.secret());
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("webhooks-secret");
        field.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        field.addFocusListener(focus -> field.getElement().executeJs("this.inputElement.select()"));
        Paragraph text = new Paragraph(getTranslation("webhooks.secret.text"));
        text.getElement().setAttribute("role", "alert");
        text.getStyle().set("font-weight", "600");
        VerticalLayout content = new VerticalLayout(field, text);
        if (rotated) {
            content.add(new Paragraph(getTranslation("webhooks.secret.rotated")));
        }
        content.setPadding(false);
        Button done = new Button(getTranslation("webhooks.secret.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(content);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        field.focus();
    }
}
