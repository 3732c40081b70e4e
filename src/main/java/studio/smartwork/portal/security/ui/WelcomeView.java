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
import com.vaadin.flow.router.HasDynamicTitle;
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
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * Where an invited person opens the one-time link from their e-mail and chooses a password:
 * opening it proves they own the address. The invitations waiting for them are listed, and
 * choosing the password accepts them. Nobody is signed in yet, so it speaks the browser's language.
 */
@Route("welcome/:token")
@AnonymousAllowed
public class WelcomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
            add(new H1(getTranslation("security.welcome.expired.title")),
                    new Paragraph(getTranslation("security.welcome.expired.text")),
                    new Anchor("login", getTranslation("security.welcome.go-to-sign-in")));
            return;
        }
        PasswordField password = new PasswordField(getTranslation("security.welcome.password"));
        password.setHelperText(getTranslation("security.welcome.password.helper", PortalPasswordAccounts.MINIMUM_PASSWORD_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("security.welcome.repeat"));
        Button save = new Button(getTranslation("security.welcome.set-password"), click -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("security.welcome.passwords-differ"));
                repeat.setInvalid(true);
                return;
            }
            FieldErrors.attempt(Map.of("password", password), () -> {
                Actor person = passwords.completeSetup(token, password.getValue());
                List<TenantAccess> joined = invitations.acceptAll(person);
                removeAll();
                add(new H1(getTranslation("security.welcome.done.title")), new Paragraph(joined.isEmpty()
                        ? getTranslation("security.welcome.done.text")
                        : getTranslation("security.welcome.done.joined",
                                joined.stream().map(a -> a.tenant().name()).collect(Collectors.joining(", ")))),
                        new Anchor("login", getTranslation("security.welcome.sign-in")));
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("security.welcome.title", name.get())));
        List<String> waiting = passwords.invitedPerson(token).map(invitations::mine).orElse(List.of()).stream()
                .map(i -> getTranslation("security.welcome.invitation", i.tenant().name(), getTranslation(i.role().textKey()),
                        i.invitedBy()))
                .toList();
        if (!waiting.isEmpty()) {
            UnorderedList list = new UnorderedList();
            waiting.forEach(line -> list.add(new ListItem(line)));
            add(new Paragraph(getTranslation("security.welcome.invitations")), list);
        }
        add(new Paragraph(getTranslation("security.welcome.choose")), password, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("security.welcome.page-title");
    }
}
