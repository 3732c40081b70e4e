package studio.smartwork.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import studio.smartwork.portal.security.SignInProblem;
import studio.smartwork.portal.shared.ui.AddressParameters;

/** Says why a sign-in through the company's Keycloak did not work, and how to go on. */
@Route(SignInProblem.ROUTE + "/:problem")
@AnonymousAllowed
public class SignInProblemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private String title = "Sign-in";

    SignInProblemView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("sign-in-problem-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignInProblem problem = SignInProblem.of(AddressParameters.text(event, "problem")).orElse(null);
        if (problem == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = problem.title();
        removeAll();
        Anchor again = new Anchor("oauth2/authorization/keycloak", "Try again");
        again.setRouterIgnore(true);
        add(new H1(problem.title()), new Paragraph(problem.explanation()), again);
        if (problem == SignInProblem.REFUSED) {
            Anchor other = new Anchor(SignInProblem.OTHER_ACCOUNT_PATH.substring(1), "Sign in with another account");
            other.setRouterIgnore(true);
            add(other);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · SmartWork Portal";
    }
}
