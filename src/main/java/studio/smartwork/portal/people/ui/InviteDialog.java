package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Map;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.AccountProvisioningException;
import studio.smartwork.portal.people.AccountSetup;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.InvitationResult;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantAccess;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;

/** Invites a person into the tenant and, with the portal's own sign-in, sets up how they get in. */
class InviteDialog extends Dialog {

    InviteDialog(PeopleService people, TenantAccess access, Runnable onInvited) {
        setHeaderTitle("Invite a person to " + access.tenant().name());
        EmailField email = new EmailField("Email");
        TextField name = new TextField("Name");
        Select<TenantRole> role = new Select<>();
        role.setLabel("Role");
        role.setItems(access.role() == TenantRole.ADMIN ? List.of(TenantRole.EXECUTIVE, TenantRole.STAFF) : List.of(TenantRole.STAFF));
        role.setItemLabelGenerator(TenantRole::label);
        role.setValue(TenantRole.STAFF);
        ComboBox<Team> team = new ComboBox<>("Team");
        team.setItems(people.teams(access.tenant().id()));
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);

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

        FormLayout form = new FormLayout(email, name, role, team, method, password);
        form.setColspan(method, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("email", email, "displayName", name, "team", team, "password", password);

        Button invite = new Button("Invite", click -> {
            FieldErrors.clear(fields);
            AccountSetup setup = switch (method.getValue()) {
                case PASSWORD -> AccountSetup.password(password.getValue());
                case ONE_TIME_LINK -> AccountSetup.oneTimeLink();
                case IDENTITY_PROVIDER -> AccountSetup.identityProvider();
            };
            try {
                InvitationResult result = people.invite(access.tenant().id(), new Invitation(email.getValue(), name.getValue(),
                        role.getValue(), team.getValue() == null ? null : team.getValue().id(), setup));
                onInvited.run();
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

    private void showResult(InvitationResult result, String email) {
        removeAll();
        getFooter().removeAll();
        if (result.existingAccount()) {
            add(new Paragraph(email + " already has an account and can now sign in to this tenant with it."));
        } else if (result.setupPath() != null) {
            TextField link = new TextField("One-time link (valid for 7 days)");
            link.setValue(absolute(result.setupPath()));
            link.setReadOnly(true);
            link.setWidthFull();
            add(new Paragraph("Send this link to " + email + ". They open it to choose their password."), link);
        } else if (result.note() != null) {
            add(new Paragraph(email + " is invited. " + result.note()));
        } else {
            add(new Paragraph(email + " is invited and can sign in now."));
        }
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        Notifications.success(email + " invited.");
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
