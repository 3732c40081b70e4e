package studio.smartwork.portal.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The portal's own sign-in (default profile). */
@Route("login")
@PageTitle("Sign in · SmartWork Portal")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        add(new H1("SmartWork Portal"),
                new Paragraph("Time audits, solution designs and measured savings — in one place."),
                form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // The same words whether the e-mail is unknown or the password wrong, and whether the address has an
        // account or not: no hint who has one. After repeated failures, only the wait is added.
        String wait = parameters.getOrDefault("wait", List.of()).stream().findFirst().orElse("");
        if (wait.matches("\\d{1,4}")) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("For your account's safety, sign-in is paused. Try again in " + wait
                    + (wait.equals("1") ? " minute." : " minutes."));
        } else {
            i18n.getErrorMessage().setTitle("Incorrect email or password");
            i18n.getErrorMessage().setMessage("Check the e-mail address and password and try again.");
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error"));
    }
}
