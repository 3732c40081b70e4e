package studio.smartwork.portal.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;

/** The portal's own sign-in (default profile), in the browser's language: nobody is known yet. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph tagline = new Paragraph();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1("SmartWork Portal"), tagline, form);
    }

    /** The words are set on each visit: the same page may be shown again after the browser's language was worked out. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tagline.setText(getTranslation("security.login.tagline"));
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.email"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.email-required"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.password-required"));
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // The same words whether the e-mail is unknown or the password wrong, and whether the address has an
        // account or not: no hint who has one. After repeated failures, only the wait is added.
        String wait = parameters.getOrDefault("wait", List.of()).stream().findFirst().orElse("");
        if (wait.matches("\\d{1,4}")) {
            i18n.getErrorMessage().setTitle(getTranslation("security.login.paused.title"));
            i18n.getErrorMessage().setMessage(Texts.count("security.login.paused.text", Long.parseLong(wait)));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("security.login.failed.title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.failed.text"));
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("security.login.page-title");
    }
}
