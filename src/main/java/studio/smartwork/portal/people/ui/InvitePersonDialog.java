package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import studio.smartwork.portal.people.AccountProvisioningException;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.Texts;

/**
 * Inviting someone: who and in which role. The invited address gets the invitation by e-mail
 * and chooses its own password; the dialog then says the same for every address, so the
 * inviter learns nothing about whether it already had an account.
 *
 * @param <R> the kind of role offered: a role in a tenant, or a role at the consultancy
 */
abstract class InvitePersonDialog<R> extends Dialog {

    protected final EmailField email = new EmailField(getTranslation("people.invite.email"));
    protected final TextField name = new TextField(getTranslation("people.invite.name"));
    protected final Select<R> role = new Select<>();
    protected final FormLayout form = new FormLayout();
    protected final Map<String, HasValidation> fields = new HashMap<>();
    private final Runnable onInvited;

    InvitePersonDialog(String title, List<R> roles, R defaultRole, Function<R, String> roleLabel, Runnable onInvited) {
        this.onInvited = onInvited;
        setHeaderTitle(title);
        role.setLabel(getTranslation("people.invite.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(roleLabel::apply);
        role.setValue(defaultRole);
        form.add(email, name, role);
        add(form, new Paragraph(getTranslation("people.invite.explanation")));
        fields.putAll(Map.of("email", email, "displayName", name));

        Button invite = new Button(getTranslation("people.invite.invite"), click -> {
            FieldErrors.attempt(fields, () -> {
                try {
                    invite();
                    this.onInvited.run();
                    showSent(email.getValue().trim());
                } catch (AccountProvisioningException refused) {
                    // The company sign-in did not take the account: its reason is written for the inviter.
                    Notifications.error(Texts.t(refused.reason()));
                }
            });
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("people.cancel"), click -> close()), invite);
        setWidth("min(90vw, 640px)");
    }

    /** Sends the invitation with what the form holds. */
    protected abstract void invite();

    /** What happens next, in the same words whoever the address belongs to. */
    protected abstract String whatHappensNext(String invited);

    private void showSent(String invited) {
        removeAll();
        getFooter().removeAll();
        Paragraph sent = new Paragraph(whatHappensNext(invited));
        sent.setId("invitation-sent");
        add(sent);
        Button done = new Button(getTranslation("people.invite.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        Notifications.success(getTranslation("people.invite.notification", invited));
    }
}
