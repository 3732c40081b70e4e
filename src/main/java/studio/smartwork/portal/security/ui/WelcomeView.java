package studio.smartwork.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.PortalPasswordAccounts;
import studio.smartwork.portal.shared.ui.AddressParameters;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * Where an invited person opens the one-time link from their e-mail and chooses a password:
 * opening it proves they own the address. The invitations waiting for them are listed, and
 * choosing the password accepts them.
 */
@Route("welcome/:token")
@PageTitle("Welcome · SmartWork Portal")
@AnonymousAllowed
public class WelcomeView extends VerticalLayout implements BeforeEnterObserver {

    private final ObjectProvider<PortalPasswordAccounts> accounts;
    private final Invitations invitations;
    private String token = "";

    WelcomeView(ObjectProvider<PortalPasswordAccounts> accounts, Invitations invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
        setAlignItems(Alignment.CENTER);
        addClassName("welcome-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = AddressParameters.text(event, "token");
        removeAll();
        PortalPasswordAccounts passwords = accounts.getIfAvailable();
        var name = passwords == null ? java.util.Optional.<String>empty() : passwords.invitedName(token);
        if (name.isEmpty()) {
            add(new H1("This link is no longer valid"),
                    new Paragraph("It has expired or was already used. Ask whoever invited you for a new one."),
                    new Anchor("login", "Go to sign in"));
            return;
        }
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + PortalPasswordAccounts.MINIMUM_PASSWORD_LENGTH + " characters");
        PasswordField repeat = new PasswordField("Repeat password");
        Button save = new Button("Set password", click -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            FieldErrors.attempt(Map.of("password", password), () -> {
                Actor person = passwords.completeSetup(token, password.getValue());
                List<TenantAccess> joined = invitations.acceptAll(person);
                removeAll();
                add(new H1("Your password is set"), new Paragraph(joined.isEmpty()
                        ? "Sign in with your e-mail address and the new password."
                        : "You joined " + joined.stream().map(a -> a.tenant().name()).collect(Collectors.joining(", "))
                                + ". Sign in with your e-mail address and the new password."),
                        new Anchor("login", "Sign in"));
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Welcome, " + name.get()));
        List<String> waiting = passwords.invitedPerson(token).map(invitations::mine).orElse(List.of()).stream()
                .map(i -> i.tenant().name() + " as " + i.role().label() + " (invited by " + i.invitedBy() + ")").toList();
        if (!waiting.isEmpty()) {
            UnorderedList list = new UnorderedList();
            waiting.forEach(line -> list.add(new ListItem(line)));
            add(new Paragraph("Choosing your password accepts the invitations waiting for you:"), list);
        }
        add(new Paragraph("Choose a password for SmartWork Portal."), password, repeat, save);
    }
}
