package studio.smartwork.portal.integrations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.ApiKeys;
import studio.smartwork.portal.integrations.CreatedApiKey;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * Creating a key: its name and what it allows, then the key itself, once. The dialog keeps the
 * key only while it is open; closing it is the end of the only chance to copy it.
 */
class NewKeyDialog extends Dialog {

    private final ApiKeys apiKeys;
    private final TenantId tenant;
    private final Runnable afterCreate;

    private final TenantRole role;

    NewKeyDialog(ApiKeys apiKeys, TenantId tenant, TenantRole role, Runnable afterCreate) {
        this.role = role;
        this.apiKeys = apiKeys;
        this.tenant = tenant;
        this.afterCreate = afterCreate;
        setHeaderTitle(getTranslation("integrations.new.title"));
        setWidth("100%");
        setMaxWidth("36rem");
        askForNameAndScopes();
    }

    private void askForNameAndScopes() {
        TextField name = new TextField(getTranslation("integrations.new.name"));
        name.setHelperText(getTranslation("integrations.new.name-helper"));
        name.setRequired(true);
        name.setMaxLength(100);
        name.setWidthFull();
        CheckboxGroup<ApiKeyScope> scopes = new CheckboxGroup<>(getTranslation("integrations.new.scopes"));
        // Only what the person can do themselves: the key will act for them.
        scopes.setItems(Arrays.stream(ApiKeyScope.values()).filter(scope -> scope.grantableBy(role)).toList());
        scopes.setItemLabelGenerator(scope -> getTranslation(scope.textKey()) + " — " + getTranslation(scope.descriptionKey()));
        scopes.addThemeName("vertical");
        scopes.setRequired(true);
        Button create = new Button(getTranslation("integrations.new.create"), click ->
                FieldErrors.attempt(Map.of(ApiKeys.FIELD_NAME, name, ApiKeys.FIELD_SCOPES, scopes), () -> {
                    CreatedApiKey created = apiKeys.create(tenant, name.getValue(), scopes.getValue());
                    afterCreate.run();
                    showOnce(created);
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("integrations.cancel"), click -> close());
        VerticalLayout content = new VerticalLayout(name, scopes);
        content.setPadding(false);
        removeAll();
        getFooter().removeAll();
        add(content);
        getFooter().add(cancel, create);
        name.focus();
    }

    private void showOnce(CreatedApiKey created) {
        setHeaderTitle(getTranslation("integrations.created.title"));
        TextField key = new TextField(getTranslation("integrations.created.key", created.key().name()));
        key.setValue(created.secret());
        key.setReadOnly(true);
        key.setWidthFull();
        key.addClassName("integrations-new-key");
        key.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        key.addFocusListener(focus -> key.getElement().executeJs("this.inputElement.select()"));
        Paragraph copy = new Paragraph(getTranslation("integrations.created.copy"));
        Paragraph warning = new Paragraph(getTranslation("integrations.created.warning"));
        warning.addClassName("integrations-shown-once");
        warning.getElement().setAttribute("role", "alert");
        warning.getStyle().set("font-weight", "600");
        Button done = new Button(getTranslation("integrations.created.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout content = new VerticalLayout(key, copy, warning);
        content.setPadding(false);
        removeAll();
        getFooter().removeAll();
        add(content);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        key.focus();
    }
}
