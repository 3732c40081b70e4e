package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import studio.smartwork.portal.people.AccountProvisioningException;
import studio.smartwork.portal.people.AccountSetup;
import studio.smartwork.portal.people.InvitationResult;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;

/**
 * Inviting someone: who, in which role, and how they get in the first time; then what the
 * inviter has to pass on (a one-time link, or a note from the sign-in service).
 *
 * @param <R> the kind of role offered: a role in a tenant, or a role at the consultancy
 */
abstract class InvitePersonDialog<R> extends Dialog {

    protected final EmailField email = new EmailField("Email");
    protected final TextField name = new TextField("Name");
    protected final Select<R> role = new Select<>();
    protected final FormLayout form = new FormLayout();
    protected final Map<String, HasValidation> fields = new HashMap<>();
    private final Runnable onInvited;

    InvitePersonDialog(String title, PeopleService people, List<R> roles, R defaultRole, Function<R, String> roleLabel,
            Runnable onInvited) {
        this.onInvited = onInvited;
        setHeaderTitle(title);
        role.setLabel("Role");
        role.setItems(roles);
        role.setItemLabelGenerator(roleLabel::apply);
        role.setValue(defaultRole);

        List<AccountSetup.Method> methods = people.accountSetupMethods();
        RadioButtonGroup<AccountSetup.Method> method = new RadioButtonGroup<>("How they sign in the first time");
        method.setItems(methods);
        method.setItemLabelGenerator(m -> switch (m) {
            case ONE_TIME_LINK -> "Give them a one-time link to choose a password";
            case PASSWORD -> "Set a first password now";
            case IDENTITY_PROVIDER -> "Through the company sign-in (Keycloak account created, e-mail to set a password)";
        });
        method.setValue(methods.getFirst());
        PasswordField password = new PasswordField("First password");
        password.setVisible(method.getValue() == AccountSetup.Method.PASSWORD);
        method.addValueChangeListener(event -> password.setVisible(event.getValue() == AccountSetup.Method.PASSWORD));

        form.add(email, name, role, method, password);
        form.setColspan(method, 2);
        add(form);
        fields.putAll(Map.of("email", email, "displayName", name, "password", password));

        Button invite = new Button("Invite", click -> {
            FieldErrors.clear(fields);
            AccountSetup setup = switch (method.getValue()) {
                case PASSWORD -> AccountSetup.password(password.getValue());
                case ONE_TIME_LINK -> AccountSetup.oneTimeLink();
                case IDENTITY_PROVIDER -> AccountSetup.identityProvider();
            };
            try {
                InvitationResult result = invite(setup);
                this.onInvited.run();
                showResult(result, email.getValue());
            } catch (InvalidInputException problems) {
                FieldErrors.show(problems, fields);
            } catch (AccountProvisioningException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), invite);
        setWidth("min(90vw, 640px)");
    }

    /** Sends the invitation with what the form holds. */
    protected abstract InvitationResult invite(AccountSetup setup);

    /** What to say when the person already had an account. */
    protected abstract String alreadyHasAnAccount(String email);

    private void showResult(InvitationResult result, String invited) {
        removeAll();
        getFooter().removeAll();
        if (result.existingAccount()) {
            add(new Paragraph(alreadyHasAnAccount(invited)));
        } else if (result.setupPath() != null) {
            TextField link = new TextField("One-time link (valid for 7 days)");
            link.setValue(absolute(result.setupPath()));
            link.setReadOnly(true);
            link.setWidthFull();
            add(new Paragraph("Send this link to " + invited + ". They open it to choose their password."), link);
        } else if (result.note() != null) {
            add(new Paragraph(invited + " is invited. " + result.note()));
        } else {
            add(new Paragraph(invited + " is invited and can sign in now."));
        }
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        Notifications.success(invited + " invited.");
    }

    private static String absolute(String path) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/" + path;
        }
        var servletRequest = request.getHttpServletRequest();
        String base = servletRequest.getScheme() + "://" + servletRequest.getServerName()
                + (servletRequest.getServerPort() == 80 || servletRequest.getServerPort() == 443 ? "" : ":" + servletRequest.getServerPort())
                + servletRequest.getContextPath();
        return base + "/" + path;
    }
}
